package org.frontline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AnchorAutomatonTest {
    private static final String[] REPORTS = {"corpus/2018-01-aleppo-khanasir.txt",
        "fusion/offensive/2018-01-20-afp-abou-douhour-fr.txt", "fusion/offensive/2018-01-22-enab-saraqib-fr.txt",
        "fusion/offensive/2018-01-20-sana-abu-duhur-en.txt", "fusion/offensive/2018-01-22-sohr-saraqib-en.txt",
        "fusion/offensive/2018-01-23-ebaa-jarjanaz-en.txt"};

    @Test
    void tellsWhereEveryAnchorOfEveryTriggerPhraseStartsInRealReports() throws IOException {
        List<AnchoredPattern> phrases = triggerPhrases();
        AnchorAutomaton automaton = AnchorAutomaton.of(phrases);
        int found = 0;
        for (String report : REPORTS) {
            String folded = AnchoredPattern.fold(read(report));
            AnchorAutomaton.Hits hits = new AnchorAutomaton.Hits();
            assertThat(automaton.mayMatch(folded, hits)).isEqualTo(automaton.mayMatch(folded));
            for (int i = 0; i < phrases.size(); i++) {
                List<Integer> expected = new ArrayList<>();
                for (String a : phrases.get(i).anchors()) {
                    for (int at = folded.indexOf(a); at >= 0; at = folded.indexOf(a, at + 1)) {
                        expected.add(at);
                    }
                }
                expected.sort(null);
                BitSet one = new BitSet();
                one.set(0);
                assertThat(hits.starts(i, one)).as(report + " " + phrases.get(i).pattern())
                        .containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
                found += expected.size();
            }
        }
        assertThat(found).isGreaterThan(50);
    }

    @Test
    void tellsTheTriggerPhrasesThatMayMatchEachSentenceOfRealReportsAsEachPhraseAlone() throws IOException {
        List<AnchoredPattern> phrases = triggerPhrases();
        AnchorAutomaton automaton = AnchorAutomaton.of(phrases);
        assertThat(automaton.size()).isEqualTo(phrases.size());
        int sentences = 0;
        int hits = 0;
        for (String report : REPORTS) {
            for (String sentence : read(report).split("(?<=[.!?])\\s+")) {
                String folded = AnchoredPattern.fold(sentence);
                BitSet expected = new BitSet();
                for (int i = 0; i < phrases.size(); i++) {
                    expected.set(i, phrases.get(i).mayMatchFolded(folded));
                }
                assertThat(automaton.mayMatch(folded)).as(sentence).isEqualTo(expected);
                sentences++;
                hits += expected.cardinality();
            }
        }
        assertThat(sentences).isGreaterThan(20);
        assertThat(hits).isGreaterThan(50);
    }

    @Test
    void findsAnchorsInsideOneAnotherAndAlwaysKeepsPatternsWithoutAnchors() {
        List<AnchoredPattern> patterns = List.of(AnchoredPattern.compile("hers"), AnchoredPattern.compile("she"),
                AnchoredPattern.compile("he"), AnchoredPattern.compile("\\w+"), AnchoredPattern.compile("his|rs"));
        AnchorAutomaton automaton = AnchorAutomaton.of(patterns);
        assertThat(automaton.mayMatch("ushers").stream().boxed().toList()).containsExactly(0, 1, 2, 3, 4);
        assertThat(automaton.mayMatch("ushe").stream().boxed().toList()).containsExactly(1, 2, 3);
        assertThat(automaton.mayMatch("").stream().boxed().toList()).containsExactly(3);
    }

    @Test
    void anAutomatonTooLargeForItsCompactTableFindsTheSameAnchorsThroughItsTrie() {
        // 6,000 words of 9 letters make more than 32,767 states: the char table cannot number them, every char
        // then takes the trie walk, which must find every occurrence the table would
        java.util.Random random = new java.util.Random(7);
        List<String> words = new ArrayList<>();
        List<AnchoredPattern> patterns = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            StringBuilder w = new StringBuilder();
            for (int j = 0; j < 9; j++) {
                w.append((char) ('a' + random.nextInt(26)));
            }
            words.add(w.toString());
            patterns.add(AnchoredPattern.compile(w.toString()));
        }
        AnchorAutomaton large = AnchorAutomaton.of(patterns);
        AnchorAutomaton small = AnchorAutomaton.of(patterns.subList(0, 50));
        String text = "x " + words.get(3) + " é" + words.get(17) + words.get(3) + " " + words.get(42).substring(2)
                + " ñ" + words.get(5999);
        AnchorAutomaton.Hits hits = new AnchorAutomaton.Hits();
        assertThat(large.mayMatch(text, hits).stream().boxed().toList()).containsExactly(3, 17, 5999);
        assertThat(small.mayMatch(text).stream().boxed().toList()).containsExactly(3, 17);
        BitSet one = new BitSet();
        one.set(0);
        assertThat(hits.starts(3, one)).containsExactly(text.indexOf(words.get(3)), text.lastIndexOf(words.get(3)));
        assertThat(hits.starts(5999, one)).containsExactly(text.indexOf(words.get(5999)));
    }

    @SuppressWarnings("unchecked")
    private static List<AnchoredPattern> triggerPhrases() throws IOException {
        List<Map<String, Object>> raw;
        try (InputStream in = AnchorAutomatonTest.class.getResourceAsStream("events/triggers.yaml")) {
            raw = new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<>() { });
        }
        List<AnchoredPattern> out = new ArrayList<>();
        for (Map<String, Object> entry : raw) {
            for (String language : List.of("fr", "en")) {
                for (String phrase : (List<String>) entry.getOrDefault(language, List.of())) {
                    out.add(AnchoredPattern.compile(phrase, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                }
            }
        }
        return out;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = AnchorAutomatonTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
