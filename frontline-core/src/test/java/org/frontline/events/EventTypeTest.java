package org.frontline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link EventType#typeOf}, now a table lookup, answers as the walk over ACLED's lists it replaced. */
class EventTypeTest {
    @Test
    void everySubEventTypeBelongsToTheTypeWhoseListHoldsIt() {
        int n = 0;
        for (Map.Entry<String, List<String>> e : EventType.SUB_TYPES.entrySet()) {
            for (String sub : e.getValue()) {
                assertThat(EventType.typeOf(sub)).as(sub).isEqualTo(e.getKey());
                n++;
            }
        }
        assertThat(n).isEqualTo(25);
        assertThat(EventType.typeOf("Air/drone strike")).isEqualTo(EventType.REMOTE);
        assertThat(EventType.typeOf("Looting/property destruction")).isEqualTo(EventType.STRATEGIC);
    }

    @Test
    void anythingElseIsRefused() {
        for (String other : List.of("Battles", "armed clash", "Armed clash ", "")) {
            assertThatThrownBy(() -> EventType.typeOf(other)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not an ACLED sub-event type");
        }
        assertThatThrownBy(() -> EventType.typeOf(null)).isInstanceOf(NullPointerException.class);
    }
}
