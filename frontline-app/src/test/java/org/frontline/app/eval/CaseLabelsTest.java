package org.frontline.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.app.Fixtures.event;

import java.util.List;
import java.util.Set;
import org.frontline.events.EventType;
import org.junit.jupiter.api.Test;

class CaseLabelsTest {
    /** The labels of eval/case2021-event-types.txt. */
    private static final Set<String> CASE_LABELS = Set.of("ABDUCT_DISSAP", "AGREEMENT", "AIR_STRIKE", "ARMED_CLASH",
            "ARREST", "ART_MISS_ATTACK", "ATTACK", "CHANGE_TO_GROUP_ACT", "CHEM_WEAP", "DISR_WEAP",
            "FORCE_AGAINST_PROTEST", "GOV_REGAINS_TERIT", "GRENADE", "HQ_ESTABLISHED", "MOB_VIOL",
            "NON_STATE_ACTOR_OVERTAKES_TER", "NON_VIOL_TERRIT_TRANSFER", "OTHER", "PEACE_PROTEST",
            "PROPERTY_DISTRUCT", "PROTEST_WITH_INTER", "REM_EXPLOS", "SEX_VIOL", "SUIC_BOMB", "VIOL_DEMONSTR");

    @Test
    void mapsEveryAcledSubEventTypeOntoADistinctCaseLabel() {
        List<String> subTypes = EventType.SUB_TYPES.values().stream().flatMap(List::stream).toList();
        assertThat(subTypes.stream().map(t -> CaseLabels.of(event(t, null, null, null, 0))).toList())
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(CASE_LABELS);
    }

    @Test
    void labelsNoEventWithNoneOfTheAcledLabels() {
        assertThat(CaseLabels.of(null)).isEqualTo("NONE").isNotIn(CASE_LABELS);
    }

    @Test
    void mapsStrategicOtherToOther() {
        assertThat(CaseLabels.of(event("Other", null, null, null, 0))).isEqualTo("OTHER");
        assertThat(CaseLabels.of(event("Shelling/artillery/missile attack", null, null, null, 0)))
                .isEqualTo("ART_MISS_ATTACK");
    }
}
