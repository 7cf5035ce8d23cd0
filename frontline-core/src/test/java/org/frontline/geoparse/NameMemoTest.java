package org.frontline.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link NameMemo} makes a name's value once while under its limit and anew past it, and gives any value type (speed
 * round 22 keeps {@link DroppedTells#of}'s lists in one).
 */
class NameMemoTest {
    @Test
    void makesEachNameOnceUnderItsLimitAndAnewPastIt() {
        List<String> made = new ArrayList<>();
        NameMemo<List<String>> memo = new NameMemo<>(name -> {
            made.add(name);
            return List.of(name, name.toUpperCase());
        }, 2);
        assertThat(memo.apply("tall")).containsExactly("tall", "TALL");
        assertThat(memo.apply("tall")).containsExactly("tall", "TALL");
        assertThat(memo.apply("qabr")).containsExactly("qabr", "QABR");
        assertThat(made).containsExactly("tall", "qabr");
        memo.apply("kabir");
        memo.apply("kabir");
        memo.apply("tall");
        assertThat(made).containsExactly("tall", "qabr", "kabir", "kabir");
    }
}
