package org.frontline.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.frontline.Bundled;
import org.junit.jupiter.api.Test;

/** Issue 3: the two halves of a split Syrian village are found by the head they share. */
class PairedVillagesTest {
    @Test
    void theHeadOfAHalfIsItsNameWithoutTheHalfAndItsArticle() {
        assertThat(PairedVillages.head("Al Jurdi ash Sharqi")).isEqualTo("Al Jurdi");
        assertThat(PairedVillages.head("Maskah Fawqani")).isEqualTo("Maskah");
        assertThat(PairedVillages.head("Kurd Saghir")).isNull();
        assertThat(PairedVillages.head("Al Mayadin")).isNull();
    }

    @Test
    void bothHalvesAnswerToTheirHead() {
        assertThat(Bundled.gazetteer().lookup("Al Jurdi")).extracting(m -> m.place().name())
                .contains("Al Jurdi ash Sharqi", "Al Jurdi al Gharbi");
    }
}
