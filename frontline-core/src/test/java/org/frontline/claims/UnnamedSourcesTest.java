package org.frontline.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import org.frontline.AnchoredPattern;
import org.frontline.FrontlineException;
import org.frontline.TestTexts;
import org.junit.jupiter.api.Test;

/** The unnamed-source patterns, searched only where a match can start, find what find() over the whole text finds. */
class UnnamedSourcesTest {
    private static final String[] REPORTS = TestTexts.eightReports();
    /** Pieces of sentences that open, continue or break the patterns' phrases. */
    private static final String[] PIECES = {"the", "Gaza", "health", "ministry", "said", "says", "a indiqué",
        "ont déclaré", "ont indiqué lundi", "des", "sources", "locales", "selon", "according to", "l'", "l’ONG", "les",
        "autorités", "ont accusé", "accused", "blamed", "Local", "officials", "élus", ",", ",", ".", ". ", "!", "?",
        ";", "(", ")", "12", "2020", "-", "’", "'", "\n", "  ", "in a statement", "on Monday", "mardi", "avoir",
        "qui", "and", "cité par", "citant", "quoted by", "\uD835\uDC00", "É", "SAID", "Said", "x"};

    private static List<MatchResult> wholeFind(AnchoredPattern p, String body) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = p.pattern().matcher(body);
        while (m.find()) {
            out.add(m.toMatchResult());
        }
        return out;
    }

    private static List<String> described(List<MatchResult> matches) {
        return matches.stream().map(m -> m.start() + "-" + m.end() + ":" + m.start(1) + "-" + m.end(1)).toList();
    }

    @Test
    void findsWhatFindOverTheWholeTextFindsInReportsAndRandomSentences() throws IOException {
        List<String> texts = new ArrayList<>(TestTexts.asWrittenAndUpperCased(REPORTS));
        Random random = new Random(6);
        for (int i = 0; i < 3000; i++) {
            StringBuilder b = new StringBuilder();
            for (int w = random.nextInt(40); w >= 0; w--) {
                b.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            texts.add(b.toString());
        }
        texts.addAll(List.of("", "said", "Local officials accused the army.", ", the health ministry said",
                "Sources said. Local sources, the army said, and, officials said (on Monday).",
                "12 civils ont été tués, a affirmé le gouverneur de Mopti, ont indiqué des élus."));
        int[] found = new int[UnnamedSources.PATTERNS.size()];
        int[] speakers = new int[2];
        for (String body : texts) {
            String folded = AnchoredPattern.fold(body);
            int[][] offsets = UnnamedSources.anchorOffsets(folded);
            for (int k = 0; k < found.length; k++) {
                AnchoredPattern p = UnnamedSources.PATTERNS.get(k);
                assertThat(offsets[k]).as("anchors of pattern %d in %s", k, body).isEqualTo(p.anchorOffsets(folded));
                List<MatchResult> expected = wholeFind(p, body);
                assertThat(described(UnnamedSources.matches(p, body, offsets[k]))).as("pattern %d in %s", k, body)
                        .isEqualTo(described(expected));
                found[k] += expected.size();
                for (MatchResult m : expected) { // who can speak, read near its anchors in the body's fold
                    String words = body.substring(m.start(1), m.end(1));
                    boolean speaks = UnnamedSources.SPEAKER.pattern().matcher(words).find();
                    assertThat(UnnamedSources.SPEAKER.find(words, folded.substring(m.start(1), m.end(1))))
                            .as(words).isEqualTo(speaks);
                    speakers[speaks ? 1 : 0]++;
                }
            }
        }
        assertThat(java.util.Arrays.stream(found).min().orElse(0)).as("matches of the least found pattern")
                .isGreaterThan(50);
        assertThat(Math.min(speakers[0], speakers[1])).as("phrases that name no speaker, and that do").isGreaterThan(50);
    }

    @Test
    void theCueOpenedPatternsAndTheSpeakerWordsAreSearchedInWindows() {
        assertThat(UnnamedSources.SPEAKER.anchors()).contains("source", "official", "minist");
        for (AnchoredPattern p : List.of(UnnamedSources.PATTERNS.get(0), UnnamedSources.PATTERNS.get(2))) {
            assertThat(p.boundedLead()).as(p.pattern().pattern()).isTrue();
        }
    }

    @Test
    void anOpeningNeedsAnchorsOfLettersAndOpenersWordsStopAt() {
        AnchoredPattern said = AnchoredPattern.compile(",\\s+(\\p{L}+)\\s+said");
        assertThat(new OpenerFind.Opening(said, ",", false).search("x, officials said", "x, officials said").find())
                .isTrue();
        assertThatThrownBy(() -> new OpenerFind.Opening(said, ",a", false)).isInstanceOf(FrontlineException.class);
        assertThatThrownBy(() -> new OpenerFind.Opening(AnchoredPattern.compile("(\\p{L}+)\\s+\\d+"), ",", false))
                .isInstanceOf(FrontlineException.class);
        assertThatThrownBy(() -> new OpenerFind.Opening(AnchoredPattern.compile("(\\p{L}+), said"), ",", false))
                .isInstanceOf(FrontlineException.class);
    }
}
