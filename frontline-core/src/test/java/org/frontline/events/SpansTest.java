package org.frontline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.Bundled;
import org.frontline.Extraction;
import org.frontline.actors.ActorMention;
import org.frontline.geoparse.PlaceMention;
import org.junit.jupiter.api.Test;

/** A document's mentions cut by sentence are those the filter over all of them keeps, in the same order. */
class SpansTest {
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]?");

    private static <T> List<T> filtered(List<T> all, int from, int to, java.util.function.ToIntFunction<T> start,
                                        java.util.function.ToIntFunction<T> end) {
        return all.stream().filter(m -> start.applyAsInt(m) >= from && end.applyAsInt(m) <= to).toList();
    }

    @Test
    void keepsWhatTheFilterKeepsForEverySentenceOfRealFrenchAndEnglishReports() throws IOException {
        int actors = 0;
        int places = 0;
        for (Bundled.Extracted report : Bundled.fiveReports()) {
            String body = report.body();
            Extraction x = report.extraction();
            List<int[]> windows = new ArrayList<>();
            Matcher s = SENTENCE.matcher(body);
            while (s.find()) {
                windows.add(new int[] {s.start(), s.end()});
            }
            windows.add(new int[] {0, body.length()});
            windows.add(new int[] {body.length(), body.length()});
            Random random = new Random(17);
            for (int i = 0; i < 200; i++) { // windows cutting mentions in two
                int a = random.nextInt(body.length() + 1);
                windows.add(new int[] {a, Math.min(body.length(), a + random.nextInt(200))});
            }
            List<ActorMention> shuffled = new ArrayList<>(x.actors());
            Collections.shuffle(shuffled, random);
            Spans<ActorMention> actorSpans = new Spans<>(x.actors(), ActorMention::start, ActorMention::end);
            Spans<ActorMention> shuffledSpans = new Spans<>(shuffled, ActorMention::start, ActorMention::end);
            Spans<PlaceMention> placeSpans = new Spans<>(x.places(), PlaceMention::start, PlaceMention::end);
            for (int[] w : windows) {
                List<ActorMention> a = actorSpans.within(w[0], w[1]);
                assertThat(a).isEqualTo(filtered(x.actors(), w[0], w[1], ActorMention::start, ActorMention::end));
                assertThat(shuffledSpans.within(w[0], w[1]))
                        .isEqualTo(filtered(shuffled, w[0], w[1], ActorMention::start, ActorMention::end));
                assertThat(placeSpans.within(w[0], w[1]))
                        .isEqualTo(filtered(x.places(), w[0], w[1], PlaceMention::start, PlaceMention::end));
                actors += a.size();
                places += placeSpans.within(w[0], w[1]).size();
            }
        }
        assertThat(actors).isGreaterThan(20);
        assertThat(places).isGreaterThan(20);
    }

    @Test
    void keepsOrderAndLeavesOutMentionsThatOverrunTheSentenceOrAreOutOfTextOrder() {
        List<int[]> nested = List.of(new int[] {0, 5}, new int[] {2, 30}, new int[] {4, 6}, new int[] {10, 10},
                new int[] {10, 12}, new int[] {20, 25});
        Spans<int[]> spans = new Spans<>(nested, m -> m[0], m -> m[1]);
        assertThat(spans.within(2, 12)).containsExactly(nested.get(2), nested.get(3), nested.get(4));
        assertThat(spans.within(10, 10)).containsExactly(nested.get(3));
        assertThat(spans.within(26, 40)).isEmpty();
        List<int[]> unordered = List.of(new int[] {20, 25}, new int[] {0, 5}, new int[] {4, 6});
        assertThat(new Spans<>(unordered, m -> m[0], m -> m[1]).within(0, 25))
                .containsExactly(unordered.get(0), unordered.get(1), unordered.get(2));
    }
}
