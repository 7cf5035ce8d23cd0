package org.frontline.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.frontline.FrontlineException;
import org.junit.jupiter.api.Test;

/**
 * The catalog files are read as SnakeYAML's node tree ({@link org.frontline.YamlNode}); until 2026-12 they were read by
 * Jackson's YAML mapper into records. That reading, kept here as the oracle, must give every bundled file's contents
 * exactly, including values YAML 1.1 would type (Norway's iso2 "NO", dates, numbers, flags).
 */
class CatalogFilesTest {
    private static final ObjectMapper JACKSON = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    record LinkYaml(String id, String from, String until) {
    }

    record ActorYaml(String id, String name, String side, Integer inter, String country, String state,
                     String standsFor, List<String> aliases, List<String> localAliases, String renamedTo,
                     String renamedOn, LinkYaml mergedInto, List<LinkYaml> memberOf, String founded, String before,
                     Boolean acledSeen, String note) {
    }

    record RegimeYaml(String years, String suffix, String from, String until) {
    }

    record CountryYaml(String iso2, String name, Boolean the, List<String> adjectives, List<RegimeYaml> regimes) {
    }

    record FileYaml(String country, List<ActorYaml> actors, List<CountryYaml> countries,
                    Map<String, List<String>> patterns) {
    }

    @Test
    void everyBundledFileReadsAsJacksonsMapperReadIt() throws IOException {
        Map<String, byte[]> files = ActorCatalog.bundledFiles();
        assertThat(files).hasSizeGreaterThan(30);
        int actors = 0;
        int countries = 0;
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            CatalogFiles.Contents read = CatalogFiles.read(new ByteArrayInputStream(f.getValue()), f.getKey());
            assertThat(read).as(f.getKey()).isEqualTo(jackson(f.getValue()));
            actors += read.actors().size();
            countries += read.countries().size();
        }
        assertThat(actors).isGreaterThan(250);
        assertThat(countries).isGreaterThan(140);
        CatalogFiles.Contents world = CatalogFiles.read(new ByteArrayInputStream(files.get("countries-world.yaml")),
                "countries-world.yaml");
        assertThat(world.countries()).filteredOn(c -> c.name().equals("Norway")).extracting(Country::iso2)
                .containsExactly("NO");
    }

    @Test
    void anErrorNamesTheFileTheLineAndTheProblem() {
        String badDate = "country: SY\nactors:\n  - {id: sy.x, name: X, side: opposition, inter: 2}\n"
                + "  - {id: sy.y, name: Y, side: opposition, inter: 2, founded: 2017-02-30}\n";
        assertThatThrownBy(() -> ActorCatalog.load(List.of(stream(badDate)))).isInstanceOf(FrontlineException.class)
                .hasMessage("actor catalog file #1 line 4: '2017-02-30' is not a date (YYYY-MM-DD)");
        String badKey = "country: SY\nactors:\n  - id: sy.x\n    name: X\n    side: opposition\n    inter: 2\n"
                + "    alias: [Y]\n";
        assertThatThrownBy(() -> ActorCatalog.load(List.of(stream(badKey)))).isInstanceOf(FrontlineException.class)
                .hasMessageStartingWith("actor catalog file #1 line 7: unknown key 'alias' (known: acled_seen, aliases,");
        String badKind = "patterns:\n  civilians: [\"{adj} civilians\"]\n  soldiers: [\"{adj} soldiers\"]\n";
        assertThatThrownBy(() -> ActorCatalog.load(List.of(stream(badKind)))).isInstanceOf(FrontlineException.class)
                .hasMessage("actor catalog file #1 line 3: invalid entry: unknown generic actor kind 'soldiers'");
        String badInter = "country: SY\nactors:\n  - {id: sy.x, name: X, side: opposition, inter: two}\n";
        assertThatThrownBy(() -> ActorCatalog.load(List.of(stream(badInter)))).isInstanceOf(FrontlineException.class)
                .hasMessage("actor catalog file #1 line 3: 'two' is not a whole number");
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** The contents as the Jackson mapper's records gave them (the reader before 2026-12). */
    private static CatalogFiles.Contents jackson(byte[] bytes) throws IOException {
        FileYaml file = JACKSON.readValue(bytes, FileYaml.class);
        List<ActorEntry> actors = new ArrayList<>();
        for (ActorYaml a : nullToEmpty(file.actors())) {
            List<Link> members = new ArrayList<>();
            for (LinkYaml l : nullToEmpty(a.memberOf())) {
                members.add(link(l));
            }
            actors.add(new ActorEntry(a.id(), a.name(), a.side(), a.inter() == null ? 0 : a.inter(),
                    a.country() != null ? a.country() : file.country(), a.state(),
                    a.standsFor() == null ? null : GenericKind.ofKey(a.standsFor()), a.aliases(), a.localAliases(),
                    a.renamedTo(), date(a.renamedOn()), a.mergedInto() == null ? null : link(a.mergedInto()), members,
                    date(a.founded()), a.before(), Boolean.TRUE.equals(a.acledSeen()), a.note()));
        }
        List<Country> countries = new ArrayList<>();
        for (CountryYaml c : nullToEmpty(file.countries())) {
            List<Regime> regimes = new ArrayList<>();
            for (RegimeYaml r : nullToEmpty(c.regimes())) {
                regimes.add(new Regime(r.years(), r.suffix(), date(r.from()), date(r.until())));
            }
            countries.add(new Country(c.iso2(), c.name(), Boolean.TRUE.equals(c.the()), c.adjectives(), regimes));
        }
        Map<GenericKind, List<String>> patterns = new EnumMap<>(GenericKind.class);
        if (file.patterns() != null) {
            file.patterns().forEach((k, v) -> patterns.put(GenericKind.ofKey(k), List.copyOf(v)));
        }
        return new CatalogFiles.Contents(actors, countries, patterns);
    }

    private static Link link(LinkYaml l) {
        return new Link(l.id(), date(l.from()), date(l.until()));
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
