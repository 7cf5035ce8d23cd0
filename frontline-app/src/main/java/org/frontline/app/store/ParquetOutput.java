package org.frontline.app.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.frontline.Extraction;
import org.frontline.events.AcledColumns;
import org.frontline.app.extract.ExtractionWriter;
import org.frontline.events.Event;

/**
 * One Parquet row per event: ACLED's columns in ACLED's order ({@link AcledColumns}, so the file lines up with the
 * CSV export), then article_id, input_id and location_id. Written through Parquet's own local file API with a plain
 * configuration, so no Hadoop is needed. Uncompressed (dictionary and RLE encodings still apply): Parquet's codecs
 * go through Hadoop classes.
 */
final class ParquetOutput implements ExtractionWriter {
    private static final Set<String> INTS = Set.of("year", "time_precision", "inter1", "inter2", "interaction",
            "geo_precision", "fatalities");
    private static final Set<String> DOUBLES = Set.of("latitude", "longitude");
    private static final List<String> EXTRA = List.of("article_id", "input_id", "location_id");
    static final MessageType SCHEMA = schema();

    private final ParquetWriter<Group> writer;
    private final SimpleGroupFactory rows = new SimpleGroupFactory(SCHEMA);

    ParquetOutput(Path file) throws IOException {
        this.writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
                .withConf(new PlainParquetConfiguration())
                .withType(SCHEMA)
                .withCompressionCodec(CompressionCodecName.UNCOMPRESSED)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .build();
    }

    private static MessageType schema() {
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (String column : AcledColumns.HEADER) {
            if (INTS.contains(column)) {
                b.optional(PrimitiveTypeName.INT32).named(column);
            } else if (DOUBLES.contains(column)) {
                b.optional(PrimitiveTypeName.DOUBLE).named(column);
            } else {
                b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(column);
            }
        }
        EXTRA.forEach(column -> b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
                .named(column));
        return b.named("acled_event");
    }

    @Override
    public void write(Extraction extraction) throws IOException {
        for (Event e : extraction.events()) {
            Group row = rows.newGroup();
            for (Map.Entry<String, Object> column : AcledColumns.of(e).entrySet()) {
                add(row, column.getKey(), column.getValue());
            }
            add(row, "article_id", extraction.article().id());
            add(row, "input_id", extraction.article().inputId());
            add(row, "location_id", e.location() == null ? null : e.location().id());
            writer.write(row);
        }
    }

    private static void add(Group row, String column, Object value) {
        if (value == null) {
            return;
        }
        if (INTS.contains(column)) {
            row.add(column, ((Number) value).intValue());
        } else if (DOUBLES.contains(column)) {
            row.add(column, ((Number) value).doubleValue());
        } else {
            row.add(column, value.toString());
        }
    }

    @Override
    public void finish() throws IOException {
        writer.close();
    }
}
