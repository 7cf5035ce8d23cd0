package org.frontline.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.frontline.FrontlineException;
import org.junit.jupiter.api.Test;

class ActorCatalogTest {
    private static final ActorCatalog CATALOG = ActorCatalog.loadBundled();

    @Test
    void followsNusrasRenameAndMergerThroughTheDates() {
        assertThat(CATALOG.resolve("sy.nusra", LocalDate.of(2016, 7, 27)).name()).isEqualTo("Jabhat al Nusra");
        assertThat(CATALOG.resolve("sy.nusra", LocalDate.of(2016, 7, 28)).name()).isEqualTo("Jabhat Fatah al Sham");
        assertThat(CATALOG.resolve("sy.nusra", LocalDate.of(2017, 1, 27)).name()).isEqualTo("Jabhat Fatah al Sham");
        assertThat(CATALOG.resolve("sy.nusra", LocalDate.of(2017, 1, 28)).name()).isEqualTo("HTS: Hayat Tahrir al Sham");
        assertThat(CATALOG.resolve("sy.hts", LocalDate.of(2016, 1, 1)).name()).isEqualTo("Jabhat al Nusra");
    }

    @Test
    void zenkiIsInsideHtsOnlyDuringItsMembershipOf2017() {
        assertThat(CATALOG.resolve("sy.zenki", LocalDate.of(2017, 3, 1)).id()).isEqualTo("sy.hts");
        assertThat(CATALOG.resolve("sy.zenki", LocalDate.of(2018, 1, 1)).id()).isEqualTo("sy.zenki");
    }

    @Test
    void coalitionMembershipsDoNotReplaceTheMember() {
        assertThat(CATALOG.resolve("sy.faylaq-al-sham", LocalDate.of(2018, 6, 1)).name()).isEqualTo("Al Sham Corps");
        assertThat(CATALOG.coalitions("sy.faylaq-al-sham", LocalDate.of(2018, 6, 1)))
                .extracting(ActorEntry::name).containsExactly("NLF: National Liberation Front");
        assertThat(CATALOG.coalitions("sy.faylaq-al-sham", LocalDate.of(2018, 1, 1))).isEmpty();
        assertThat(CATALOG.coalitions("sy.ahrar-al-sham", LocalDate.of(2018, 3, 1)))
                .extracting(ActorEntry::id).containsExactly("sy.jts");
    }

    @Test
    void buildsGenericActorsFromTheCountryTable() {
        assertThat(CATALOG.police("IQ", LocalDate.of(2020, 5, 1)).name()).isEqualTo("Police Forces of Iraq (2018-)");
        assertThat(CATALOG.military("US", LocalDate.of(2020, 5, 1)).name())
                .isEqualTo("Military Forces of the United States (2017-)");
        assertThat(CATALOG.military("LB", LocalDate.of(2019, 11, 1)).name()).isEqualTo("Military Forces of Lebanon (2019-2020)");
        assertThat(CATALOG.military("LB", LocalDate.of(2020, 5, 1)).name()).isEqualTo("Military Forces of Lebanon (2020-)");
        assertThat(CATALOG.military("LY", LocalDate.of(2020, 5, 1)).name())
                .isEqualTo("Military Forces of Libya (2016-) Government of National Accord");
        assertThat(CATALOG.military("SY", LocalDate.of(2020, 5, 1)).id()).isEqualTo("sy.military");
        assertThat(CATALOG.rioters("IN").name()).isEqualTo("Rioters (India)");
        assertThat(CATALOG.rioters("IN").inter()).isEqualTo(5);
        assertThat(CATALOG.civilians("MX").inter()).isEqualTo(7);
        assertThat(CATALOG.unidentifiedArmedGroup("BR").inter()).isEqualTo(3);
    }

    @Test
    void mapsOutsideNamesOntoEntriesThroughAliases() {
        assertThat(CATALOG.byAlias("Hayat Tahrir al-Sham")).extracting(ActorEntry::id).containsExactly("sy.hts");
        assertThat(CATALOG.byAlias("Faylaq al-Sham")).extracting(ActorEntry::id).containsExactly("sy.faylaq-al-sham");
        assertThat(CATALOG.byAlias("Free Idlib Army (Jaysh Idlib al-Hurr)")).isEmpty();
    }

    @Test
    void rejectsAnEntryWithAnInterCodeAcledDoesNotHave() {
        String yaml = "country: SY\nactors:\n  - {id: sy.x, name: X, side: opposition, inter: 9}\n";
        assertThatThrownBy(() -> ActorCatalog.load(List.of(stream(yaml))))
                .isInstanceOf(FrontlineException.class).hasMessageContaining("sy.x").hasMessageContaining("inter 9");
    }

    @Test
    void rejectsALinkToAnUnknownActor() {
        String yaml = "country: SY\nactors:\n  - {id: sy.x, name: X, side: opposition, inter: 2,"
                + " merged_into: {id: sy.nowhere, from: 2017-01-01}}\n";
        assertThatThrownBy(() -> ActorCatalog.load(List.of(stream(yaml))))
                .isInstanceOf(FrontlineException.class).hasMessageContaining("sy.nowhere");
    }

    @Test
    void rejectsAMisspelledKey() {
        String yaml = "country: SY\nactors:\n  - {id: sy.x, name: X, side: opposition, inter: 2, alias: [Y]}\n";
        assertThatThrownBy(() -> ActorCatalog.load(List.of(stream(yaml)))).isInstanceOf(FrontlineException.class)
                .hasMessageContaining("alias");
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
