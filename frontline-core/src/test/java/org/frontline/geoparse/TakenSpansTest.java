package org.frontline.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TakenSpansTest {
    /** The definition the binary search replaces: a walk over every span. */
    private static boolean walk(List<int[]> spans, int start, int end) {
        for (int[] s : spans) {
            if (start < s[1] && end > s[0]) {
                return true;
            }
        }
        return false;
    }

    @Test
    void nestedOverlappingAndTouchingSpansAnswerAsTheWalk() {
        List<int[]> spans = List.of(new int[] {40, 52}, new int[] {10, 20}, new int[] {12, 15}, new int[] {20, 25},
                new int[] {50, 60}, new int[] {70, 70});
        TakenSpans taken = TakenSpans.of(spans);
        assertTrue(taken.overlaps(24, 30)); // the end of [20, 25), merged with the [10, 20) it touches
        assertFalse(taken.overlaps(25, 30)); // half-open: 25 is free
        assertFalse(taken.overlaps(5, 10));
        assertTrue(taken.overlaps(58, 61)); // [50, 60) overlaps [40, 52): one span [40, 60)
        assertFalse(taken.overlaps(60, 70));
        assertFalse(taken.overlaps(70, 71)); // an empty span holds nothing, as in the walk
        for (int start = 0; start < 80; start++) {
            for (int end = start; end < 82; end++) {
                assertEquals(walk(spans, start, end), taken.overlaps(start, end), start + "," + end);
            }
        }
    }

    @Test
    void manySpansInAnyOrderAnswerAsTheWalk() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<int[]> spans = new ArrayList<>();
            int n = random.nextInt(30);
            for (int i = 0; i < n; i++) {
                int s = random.nextInt(500);
                spans.add(new int[] {s, s + random.nextInt(25)});
            }
            TakenSpans taken = TakenSpans.of(spans);
            for (int q = 0; q < 300; q++) {
                int s = random.nextInt(530);
                int e = s + 1 + random.nextInt(15);
                assertEquals(walk(spans, s, e), taken.overlaps(s, e), round + ": " + s + "," + e);
            }
        }
    }
}
