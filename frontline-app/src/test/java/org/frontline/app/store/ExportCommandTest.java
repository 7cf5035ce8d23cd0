package org.frontline.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.frontline.Extraction;
import org.frontline.app.Cli;
import org.frontline.app.Fixtures;
import org.frontline.events.AcledColumns;
import org.frontline.article.Article;
import org.frontline.events.Location;
import org.frontline.store.EventStore;
import org.frontline.store.SqliteEventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code frontline export} over a real SQLite store holding two articles (2018-01 and 2020-05). */
class ExportCommandTest {
    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void storeTwoArticles() {
        db = dir.resolve("store.db");
        try (EventStore store = SqliteEventStore.open(db)) {
            store.put(Fixtures.khanasir(new Article(null, "khanasir.txt", "Divers", "2018-01", "fr", null,
                    "L'armée a repris Khanacer, rapporte le Média de guerre.")));
            Article idlib = new Article(null, "idlib.txt", null, "2020-05-09", "fr", null, "Manifestation à Idleb.");
            Location where = new Location("geonames:169388", "Idlib", 35.93062, 36.63393, "SY", "Idleb", null, null, 1);
            Extraction x = Fixtures.withEvents(idlib, Fixtures.event("Peaceful protest", "Protesters (Syria)", null,
                    where, 0));
            store.put(new Extraction(x.article(), List.of(), List.of(), List.of(),
                    List.of(withDate(x.events().get(0), "2020-05-09")), List.of()));
        }
    }

    private static org.frontline.events.Event withDate(org.frontline.events.Event e, String date) {
        return new org.frontline.events.Event(e.eventType(), e.subEventType(), date, 1, e.actor1(), e.assocActor1(),
                e.inter1(), e.actor2(), e.assocActor2(), e.inter2(), e.interaction(), e.location(), e.fatalities(),
                e.facts(), e.attribution(), e.framing(), e.evidence(), e.confidence(), e.notes());
    }

    private Cli.Run export(String... args) {
        List<String> all = new ArrayList<>(List.of("export", "--db", db.toString()));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new));
    }

    @Test
    void writesAcledCsvInAcledColumnOrderOneRowPerEvent() throws IOException {
        Cli.Run run = export("--out", "acled-csv");
        assertThat(run.code()).as(run.err()).isZero();
        try (CSVParser csv = CSVParser.parse(run.out(), CSVFormat.DEFAULT.builder().setHeader().get())) {
            assertThat(csv.getHeaderNames()).isEqualTo(AcledColumns.HEADER);
            List<CSVRecord> rows = csv.getRecords();
            assertThat(rows).extracting(r -> r.get("sub_event_type")).containsExactly("Government regains territory",
                    "Armed clash", "Peaceful protest");
            assertThat(rows.get(0).get("location")).isEqualTo("Khanasir");
            assertThat(rows.get(0).get("source")).isEqualTo("Hezbollah War Media");
        }
        assertThat(run.err()).contains("frontline export: 3 events of 2 articles");
    }

    @Test
    void keepsOnlyEventsOverlappingTheDates() throws IOException {
        Cli.Run run = export("--out", "jsonl", "--since", "2020-01-01");
        assertThat(run.code()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode x = new ObjectMapper().readTree(lines.get(0));
        assertThat(x.get("article").get("input_id").asText()).isEqualTo("idlib.txt");
        assertThat(x.get("events")).hasSize(1);
        Cli.Run january = export("--out", "jsonl", "--until", "2018-01-15");
        assertThat(january.out().lines()).hasSize(1).first().asString().contains("khanasir.txt");
    }

    @Test
    void writesGeoJsonPointsForLocatedEventsOnly() throws IOException {
        Path out = dir.resolve("events.geojson");
        Cli.Run run = export("--out", "geojson", "-o", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode fc = new ObjectMapper().readTree(out.toFile());
        assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(fc.get("features")).hasSize(2);
        JsonNode point = fc.get("features").get(0).get("geometry");
        assertThat(point.get("coordinates").get(0).asDouble()).isEqualTo(37.49919);
        assertThat(point.get("coordinates").get(1).asDouble()).isEqualTo(35.78159);
    }

    @Test
    void writesParquetThatReadsBackColumnForColumn() throws IOException {
        Path out = dir.resolve("events.parquet");
        Cli.Run run = export("--out", "parquet", "-o", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        List<Group> rows = readParquet(out);
        assertThat(rows).hasSize(3);
        Group first = rows.get(0);
        assertThat(first.getString("event_type", 0)).isEqualTo("Battles");
        assertThat(first.getString("location", 0)).isEqualTo("Khanasir");
        assertThat(first.getDouble("latitude", 0)).isEqualTo(35.78159);
        assertThat(first.getInteger("interaction", 0)).isEqualTo(12);
        assertThat(first.getString("input_id", 0)).isEqualTo("khanasir.txt");
        assertThat(rows.get(1).getFieldRepetitionCount("latitude")).isZero();
        assertThat(rows.get(2).getString("event_date", 0)).isEqualTo("2020-05-09");
    }

    @Test
    void refusesParquetOnStdout() {
        Cli.Run run = export("--out", "parquet");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--out parquet needs -o FILE");
    }

    static List<Group> readParquet(Path file) throws IOException {
        List<Group> rows = new ArrayList<>();
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file),
                ParquetReadOptions.builder(new PlainParquetConfiguration()).build())) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            PageReadStore pages;
            while ((pages = reader.readNextRowGroup()) != null) {
                RecordReader<Group> records = new ColumnIOFactory().getColumnIO(schema)
                        .getRecordReader(pages, new GroupRecordConverter(schema));
                for (long i = 0; i < pages.getRowCount(); i++) {
                    rows.add(records.read());
                }
            }
        }
        return rows;
    }

}
