package org.frontline.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.frontline.Extraction;
import org.frontline.events.AcledColumns;
import org.frontline.events.Event;

/**
 * The output table: one row per event, the article it came from ({@code article_id} = the body's sha256 id,
 * {@code input_id} = the caller's id, {@code event_index} = 0 for the most salient event) and then ACLED's export
 * columns in ACLED's order and spelling ({@link AcledColumns}), typed as ACLED's numbers are.
 */
final class EventRows {
    private static final Set<String> INTEGERS = Set.of("year", "time_precision", "inter1", "inter2", "interaction",
            "geo_precision", "fatalities");
    private static final Set<String> DOUBLES = Set.of("latitude", "longitude");

    static final StructType SCHEMA = schema();

    private EventRows() {
    }

    private static StructType schema() {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField("article_id", DataTypes.StringType, false));
        fields.add(DataTypes.createStructField("input_id", DataTypes.StringType, true));
        fields.add(DataTypes.createStructField("event_index", DataTypes.IntegerType, false));
        for (String column : AcledColumns.HEADER) {
            fields.add(DataTypes.createStructField(column, typeOf(column), true));
        }
        return DataTypes.createStructType(fields);
    }

    private static DataType typeOf(String column) {
        if (INTEGERS.contains(column)) {
            return DataTypes.IntegerType;
        }
        return DOUBLES.contains(column) ? DataTypes.DoubleType : DataTypes.StringType;
    }

    /** The rows of one extraction, most salient event first; none when the article codes no event. */
    static List<Row> of(Extraction extraction) {
        List<Row> rows = new ArrayList<>(extraction.events().size());
        int index = 0;
        for (Event event : extraction.events()) {
            Map<String, Object> acled = AcledColumns.of(event);
            Object[] values = new Object[3 + acled.size()];
            values[0] = extraction.article().id();
            values[1] = extraction.article().inputId();
            values[2] = index++;
            int i = 3;
            for (Object value : acled.values()) {
                values[i++] = value;
            }
            rows.add(RowFactory.create(values));
        }
        return rows;
    }
}
