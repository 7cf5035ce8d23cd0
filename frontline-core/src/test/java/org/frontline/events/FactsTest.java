package org.frontline.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FactsTest {
    @Test
    void readsTheGapBetweenFrontsBeforeAndAfter() {
        assertThat(Facts.in("Selon les deux cartes de cette zone, la distance charnière entre les deux a été "
                + "raccourcie de 10 km à 2km."))
                .containsEntry("gap_km_before", 10).containsEntry("gap_km_after", 2);
    }

    @Test
    void readsTheRoadLength() {
        assertThat(Facts.in("Toujours selon MG, la route libérée qui est d’une longueur de 45 km permet de surplomber "
                + "la totalité de la province sud-est d’Alep.")).containsEntry("road_length_km", 45);
    }

    @Test
    void readsApproximateVillageCounts() {
        assertThat(Facts.in("Une vingtaine de villages situés entre ces deux régions sont désormais purifiés des milices"))
                .containsEntry("villages_approx", 20).doesNotContainKey("villages");
    }

    @Test
    void readsClearedLocalitiesAsALowerBound() {
        assertThat(Facts.in("citant nommément plus de 40 régions, localités et villages dont le ratissage a été achevé"))
                .containsEntry("localities_cleared_more_than", 40);
    }

    @Test
    void englishRoadLengthAndExactVillages() {
        assertThat(Facts.in("The army retook 12 villages along the 30-km-long road to Khanasir."))
                .containsEntry("villages", 12).containsEntry("road_length_km", 30);
    }

    @Test
    void nothingFromASentenceWithoutQuantities() {
        assertThat(Facts.in("Aveux de défaite")).isEmpty();
    }
}
