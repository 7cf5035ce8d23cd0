package org.frontline.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.frontline.text.Words;
import org.junit.jupiter.api.Test;

/** The bundled data itself: size, validity, and no alias claimed by two actors of one country. */
class CatalogDataTest {
    private static final ActorCatalog CATALOG = ActorCatalog.loadBundled();

    @Test
    void theSyrianCatalogHasAtLeastEightyActors() {
        assertThat(CATALOG.entries("SY")).hasSizeGreaterThanOrEqualTo(80);
    }

    @Test
    void everyEntryHasASideAnInterCodeAndAliases() {
        for (ActorEntry e : CATALOG.entries()) {
            assertThat(e.inter()).as(e.id()).isBetween(1, 8);
            assertThat(e.side()).as(e.id()).isNotBlank();
            assertThat(e.aliases()).as(e.id()).isNotEmpty();
            assertThat(e.id()).as(e.id()).startsWith(e.country().toLowerCase() + ".");
        }
    }

    @Test
    void noAliasBelongsToTwoActorsOfOneCountry() {
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (ActorEntry e : CATALOG.entries()) {
            List<String> names = new ArrayList<>(e.aliases());
            names.addAll(e.localAliases());
            names.add(e.name());
            for (String n : names) {
                String key = e.country() + "|" + Words.key(n);
                String previous = owner.putIfAbsent(key, e.id());
                if (previous != null && !previous.equals(e.id())) {
                    clashes.add(n + " (" + previous + ", " + e.id() + ")");
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void everyEntryResolvesAtEveryYearOfTheWar() {
        for (ActorEntry e : CATALOG.entries()) {
            for (int year = 2011; year <= 2025; year++) {
                assertThat(CATALOG.resolve(e.id(), LocalDate.of(year, 6, 1))).as(e.id() + " in " + year).isNotNull();
            }
        }
    }

    @Test
    void stateForcesBelongToACountryOfTheTable() {
        for (ActorEntry e : CATALOG.entries()) {
            if (e.state() != null) {
                assertThat(CATALOG.country(e.state())).as(e.id()).isPresent();
            }
        }
    }

    @Test
    void theCountryTableCoversTheConflictsOfTheBrief() {
        for (String iso2 : List.of("SY", "TR", "RU", "IQ", "YE", "LY", "IL", "IR", "AF", "UA", "IN", "MX", "SO", "NG", "US")) {
            assertThat(CATALOG.country(iso2)).as(iso2).isPresent();
            assertThat(CATALOG.country(iso2).orElseThrow().adjectives()).as(iso2).isNotEmpty();
        }
        assertThat(CATALOG.patterns()).containsKeys(GenericKind.values());
    }

    @Test
    void everyIsoCountryHasAnAcledNameSoNoGenericActorFallsBackToItsCode() {
        for (String iso2 : Locale.getISOCountries()) {
            assertThat(CATALOG.country(iso2)).as(iso2).isPresent();
        }
        assertThat(CATALOG.civilians("DE").name()).isEqualTo("Civilians (Germany)");
        assertThat(CATALOG.protesters("PY").name()).isEqualTo("Protesters (Paraguay)");
        assertThat(CATALOG.civilians("CD").name()).isEqualTo("Civilians (Democratic Republic of Congo)");
        assertThat(CATALOG.unidentifiedGang("XK").name()).isEqualTo("Unidentified Gang (Kosovo)");
    }

    @Test
    void stateForcesCarryTheRegimeYearsAcledUses() {
        LocalDate may2020 = LocalDate.of(2020, 5, 1);
        assertThat(CATALOG.military("UA", may2020).name()).isEqualTo("Military Forces of Ukraine (2019-)");
        assertThat(CATALOG.military("AZ", may2020).name()).isEqualTo("Military Forces of Azerbaijan (2003-)");
        assertThat(CATALOG.military("AM", may2020).name()).isEqualTo("Military Forces of Armenia (2018-)");
        assertThat(CATALOG.military("IN", may2020).name()).isEqualTo("Military Forces of India (2014-)");
        assertThat(CATALOG.military("PK", may2020).name()).isEqualTo("Military Forces of Pakistan (2018-)");
        assertThat(CATALOG.military("AF", may2020).name()).isEqualTo("Military Forces of Afghanistan (2014-)");
        assertThat(CATALOG.military("BR", may2020).name()).isEqualTo("Military Forces of Brazil (2019-)");
        assertThat(CATALOG.police("GW", may2020).name()).isEqualTo("Police Forces of Guinea-Bissau (2014-)");
        assertThat(CATALOG.resolve("br.military-police", may2020).name())
                .isEqualTo("Military Forces of Brazil (2019-) Military Police");
        assertThat(CATALOG.resolve("az.artsakh", may2020).name()).isEqualTo("Military Forces of Artsakh (2007-)");
    }
}
