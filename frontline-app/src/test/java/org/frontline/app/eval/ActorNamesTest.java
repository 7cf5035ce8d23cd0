package org.frontline.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActorNamesTest {
    @Test
    void dropsAcledYearsButKeepsTheTextAfterThem() {
        assertThat(ActorNames.normalize("Military Forces of Yemen (2016-) Supreme Political Council"))
                .isEqualTo("military forces of yemen supreme political council");
    }

    @Test
    void dropsClosedRegimePeriods() {
        assertThat(ActorNames.normalize("Military Forces of Syria (2000-)")).isEqualTo("military forces of syria");
        assertThat(ActorNames.normalize("Police Forces of Egypt (2014-2020)")).isEqualTo("police forces of egypt");
    }

    @Test
    void keepsCountryParentheses() {
        assertThat(ActorNames.normalize("Protesters (Israel)")).isEqualTo("protesters (israel)");
    }

    @Test
    void leavesBlankAndMissingNamesOutOfSets() {
        assertThat(ActorNames.set("Hayat Tahrir al-Sham", "", null, "  ")).containsExactly("hayat tahrir al-sham");
    }
}
