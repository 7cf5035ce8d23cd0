package org.frontline.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
}
