package org.frontline.app.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.frontline.app.AppContext;
import org.frontline.app.Cli;
import org.frontline.gazetteer.KeyIndexGazetteer;
import org.frontline.gazetteer.Place;
import org.frontline.gazetteer.PlaceMatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small GeoNames dump written here: Lebanese places as GeoNames has them (cities500 rows, with an admin2 code
 * added), Khanasir as in SY.zip, and villages the bundled data lacks (ids made up: Zgharta's and Kfar Fadous' in
 * Lebanon, whose cities500 places are all bundled, and Tall Tuqan in Idlib).
 */
class ImportCommandTest {
    static final String LB = String.join("\n",
            row("12999003", "Zghartā", "Zgharta", "Ezgharta,Zagharta,Zaghartā,Zgharta,زغرتا", "34.39739", "35.89493",
                    "P", "PPLA2", "LB", "09", "6201386", "0"),
            row("12999004", "Kfar Fadous", "Kfar Fadous", "", "34.22833", "35.65584", "P", "PPL", "LB", "09", "6201386", "750"),
            row("266045", "Zahlé", "Zahle", "Zahleh,Zahlé", "33.84675", "35.90203", "P", "PPLA", "LB", "08", "", "78145"),
            row("6201374", "North Governorate", "North Governorate", "Liban-Nord", "34.43", "35.83", "A", "ADM1", "LB",
                    "09", "", "0"),
            row("268744", "Beyrouth River", "Beyrouth River", "", "33.9", "35.53", "H", "STM", "LB", "", "", "0")) + "\n";
    static final String SY = String.join("\n",
            row("168351", "Khanāşir", "Khanasir", "Khanasir,Khanasser,Qunasira,خناصر", "35.78159", "37.49919", "P",
                    "PPLA3", "SY", "09", "", "0"),
            row("12999001", "Tall Tūqān", "Tall Tuqan", "Tell Touqan,تل طوقان", "35.7641", "36.9527", "P", "PPL", "SY",
                    "10", "", "0")) + "\n";
    static final String ADMIN1 = "LB.09\tNorth Governorate\tNorth Governorate\t6201374\n"
            + "LB.08\tBeqaa Governorate\tBeqaa Governorate\t6201373\n"
            + "SY.09\tAleppo Governorate\tAleppo Governorate\t170062\n"
            + "SY.10\tIdlib Governorate\tIdlib Governorate\t169387\n";
    static final String ADMIN2 = "LB.09.6201386\tZgharta District\tZgharta District\t6201386\n";
    static final String ALTERNATES = String.join("\n",
            "1620101\t12999003\tfr\tZghorta\t\t\t\t\t\t",
            "1620102\t12999003\tlink\thttps://en.wikipedia.org/wiki/Zgharta\t\t\t\t\t\t",
            "1620103\t168351\tfr\tKhanacer\t\t\t\t\t\t",
            "1620104\t168351\ten\tKhanaser\t1\t\t\t\t\t",
            "1620105\t999\tfr\tNot Imported\t\t\t\t\t\t") + "\n";

    @TempDir
    Path dir;

    static String row(String id, String name, String ascii, String alternates, String lat, String lon, String cls,
                      String code, String country, String admin1, String admin2, String population) {
        return String.join("\t", id, name, ascii, alternates, lat, lon, cls, code, country, "", admin1, admin2, "", "",
                population, "", "100", "Asia/Beirut", "2020-06-10");
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** A zip as GeoNames serves them: the table plus a readme (or the language codes). */
    private Path zip(String name, String entry, String content) throws IOException {
        Path zip = dir.resolve(name);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("GeoNames readme".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry(entry));
            z.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return zip;
    }

    private Path dump() throws IOException {
        file("LB.txt", LB);
        file("SY.txt", SY);
        file("admin1CodesASCII.txt", ADMIN1);
        file("admin2Codes.txt", ADMIN2);
        return file("alternateNamesV2.txt", ALTERNATES);
    }

    private Cli.Run importing(Path out, String... files) {
        List<String> args = new ArrayList<>(List.of("gazetteer", "import", "--out", out.toString()));
        args.addAll(List.of(files));
        return Cli.run(Cli.context(a -> null, (n, b, f) -> null, ""), args.toArray(String[]::new));
    }

    private static KeyIndexGazetteer load(Path gazetteer) throws IOException {
        try (InputStream in = Files.newInputStream(gazetteer)) {
            return KeyIndexGazetteer.load(in);
        }
    }

    private static Place place(KeyIndexGazetteer g, String id) {
        return g.byId(id).orElseThrow(() -> new AssertionError(id + " not in the imported gazetteer"));
    }

    private static List<String> idsFor(KeyIndexGazetteer g, String name) {
        return g.lookup(name).stream().map(PlaceMatch::place).map(Place::id).toList();
    }

    @Test
    void importsPopulatedPlacesWithTheirAdminNamesAndAlternateNames() throws IOException {
        dump();
        Path out = dir.resolve("user/gazetteer.tsv.gz");
        Cli.Run run = importing(out, dir.resolve("LB.txt").toString(), dir.resolve("alternateNamesV2.txt").toString(),
                dir.resolve("admin1CodesASCII.txt").toString(), dir.resolve("admin2Codes.txt").toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("frontline gazetteer import: read 5 rows, kept 4, merged 1 with bundled places")
                .contains("to " + out);
        KeyIndexGazetteer g = load(out);
        Place zgharta = place(g, "geonames:12999003");
        assertThat(zgharta.name()).isEqualTo("Zghartā");
        assertThat(zgharta.admin1()).isEqualTo("North Governorate");
        assertThat(zgharta.admin2()).isEqualTo("Zgharta District");
        assertThat(zgharta.names()).contains("Zgharta", "Zghorta", "زغرتا")
                .noneMatch(n -> n.startsWith("https:"));
        assertThat(idsFor(g, "Zghorta")).as("the French name from alternateNames").contains("geonames:12999003");
        assertThat(idsFor(g, "Not Imported")).isEmpty();
        assertThat(place(g, "geonames:6201374").admin1()).isEqualTo("North Governorate");
        assertThat(g.byId("geonames:268744")).as("a stream: feature class H is not kept by default").isEmpty();
        assertThat(g.size()).as("bundled places kept").isGreaterThan(38_000);
    }

    @Test
    void mergesWithBundledPlacesKeepingOneEntryWithBothNameSetsAndAcledAdminNamesForSyria() throws IOException {
        dump();
        Path out = dir.resolve("g.tsv.gz");
        Cli.Run run = importing(out, dir.resolve("SY.txt").toString(), dir.resolve("LB.txt").toString(),
                dir.resolve("alternateNamesV2.txt").toString(), dir.resolve("admin1CodesASCII.txt").toString());
        assertThat(run.code()).as(run.err()).isZero();
        KeyIndexGazetteer g = load(out);
        Place khanasir = place(g, "geonames:168351");
        assertThat(idsFor(g, "Khanasir").stream().filter("geonames:168351"::equals)).hasSize(1);
        assertThat(khanasir.name()).as("bundled name kept").isEqualTo("Khanasir");
        assertThat(khanasir.admin1()).isEqualTo("Aleppo");
        assertThat(khanasir.admin2()).as("bundled, ACLED's district").isEqualTo("As-Safira");
        assertThat(khanasir.names()).as("bundled names").contains("Khamassir", "Khanâsser")
                .as("imported names").contains("Khanacer", "Khanaser");
        Place tuqan = place(g, "geonames:12999001");
        assertThat(tuqan.admin1()).as("ACLED's spelling of the bundled governorate, not GeoNames'").isEqualTo("Idleb");
        Place zahle = place(g, "geonames:266045");
        assertThat(zahle.admin1()).as("bundled Zahlé's admin1, in ACLED's style, is kept").isEqualTo("Bekaa");
        assertThat(g.places().stream().filter(p -> p.id().equals("geonames:266045"))).hasSize(1);
    }

    @Test
    void readsZippedDumpsAsGeoNamesServesThem() throws IOException {
        Path lb = zip("LB.zip", "LB.txt", LB);
        Path alternates = zip("alternateNamesV2.zip", "alternateNamesV2.txt", ALTERNATES);
        Path out = dir.resolve("g.tsv.gz");
        Cli.Run run = importing(out, lb.toString(), alternates.toString(), file("admin1CodesASCII.txt", ADMIN1)
                .toString());
        assertThat(run.code()).as(run.err()).isZero();
        KeyIndexGazetteer g = load(out);
        assertThat(idsFor(g, "Zghorta")).contains("geonames:12999003");
        assertThat(place(g, "geonames:12999004").admin1()).as("from the admin1 codes").isEqualTo("North Governorate");
        assertThat(place(g, "geonames:12999004").admin2()).as("no admin2 codes file, no ADM2 row").isNull();
    }

    @Test
    void tellsACountryAlternateNamesFileFromACountryPlacesFileByItsFirstLine() throws IOException {
        Path places = zip("LB.zip", "LB.txt", LB);
        Files.createDirectories(dir.resolve("alternatenames"));
        Path names = zip("alternatenames/LB.zip", "LB.txt", ALTERNATES);
        Path out = dir.resolve("g.tsv.gz");
        Cli.Run run = importing(out, places.toString(), names.toString());
        assertThat(run.code()).as(run.err()).isZero();
        KeyIndexGazetteer g = load(out);
        assertThat(idsFor(g, "Zghorta")).contains("geonames:12999003");
        assertThat(place(g, "geonames:12999004").admin1()).as("named by the dump's own ADM1 row")
                .isEqualTo("North Governorate");
    }

    @Test
    void keepsOnlyTheFeatureClassesAsked() throws IOException {
        Path lb = file("LB.txt", LB);
        Path out = dir.resolve("g.tsv.gz");
        Cli.Run run = importing(out, "--classes", "H,P", lb.toString());
        assertThat(run.code()).as(run.err()).isZero();
        KeyIndexGazetteer g = load(out);
        assertThat(g.byId("geonames:268744")).isPresent();
        assertThat(g.byId("geonames:6201374")).isEmpty();
        assertThat(place(g, "geonames:12999004").admin1()).as("ADM1 rows still name the codes")
                .isEqualTo("North Governorate");
    }

    @Test
    void reportsAMalformedLineByFileLineAndFieldAndImportsTheOthers() throws IOException {
        String bad = LB.replace("34.22833", "34,22833");
        Path lb = file("LB.txt", bad);
        Path out = dir.resolve("g.tsv.gz");
        Cli.Run run = importing(out, lb.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().lines()).containsExactly("frontline gazetteer import: " + lb
                + ":2:latitude: not a number in [-90, 90]: '34,22833'");
        assertThat(run.out()).contains("(1 bad lines skipped)");
        KeyIndexGazetteer g = load(out);
        assertThat(g.byId("geonames:12999004")).isEmpty();
        assertThat(g.byId("geonames:12999003")).isPresent();
    }

    @Test
    void leavesThePreviousGazetteerWhenAnInputCannotBeRead() throws IOException {
        Path out = file("g.tsv.gz", "previous");
        Cli.Run run = importing(out, file("LB.txt", LB).toString(), dir.resolve("missing.zip").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("missing.zip: no such file");
        assertThat(Files.readString(out)).isEqualTo("previous");
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void refusesUnknownFeatureClassesAsUsage() throws IOException {
        Cli.Run run = importing(dir.resolve("g.tsv.gz"), "--classes", "P,X", file("LB.txt", LB).toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("'X' is not a GeoNames feature class");
    }

    @Test
    void writesToTheHomeGazetteerByDefault() throws IOException {
        Path lb = file("LB.txt", LB);
        AppContext context = new AppContext(g -> null, (n, b, f) -> null, InputStream.nullInputStream(), false,
                Map.of(), dir.resolve("home"));
        Cli.Run run = Cli.run(context, "gazetteer", "import", lb.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(load(dir.resolve("home/.frontline/gazetteer.tsv.gz")).byId("geonames:12999004")).isPresent();
    }

    @Test
    void extractResolvesAVillageOnlyTheImportedGazetteerHas() throws IOException {
        Path out = dir.resolve("g.tsv.gz");
        assertThat(importing(out, file("LB.txt", LB).toString()).code()).isZero();
        Path report = file("report.txt", "Un bombardement a frappé le village de Kfar Fadous, au Liban, mardi.");
        AppContext context = AppContext.standard(Map.of(), dir.resolve("home"));
        Cli.Run bundled = Cli.run(context, "extract", report.toString());
        assertThat(bundled.out()).doesNotContain("geonames:12999004");
        Cli.Run run = Cli.run(context, "extract", "--gazetteer", out.toString(), report.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).isEqualTo("frontline extract: gazetteer " + out + " (from --gazetteer)\n");
        assertThat(run.out()).contains("geonames:12999004");
    }
}
