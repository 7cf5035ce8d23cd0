package org.frontline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordAlternationTest {
    private static final List<String> PHRASES = List.of("shell(?:ed|ing|s)", "artillery", "mortars?", "rockets?",
            "(?:\\d+|several|multiple) explosions", "seiz(?:ed|es|ing)(?!(?: \\w+){0,5} (?:weapons|drugs))",
            "lib[ée]r[ée]e?s?", "s'(?:est|sont) empar[ée]e?s?", "\\d\\d+");
    private static final List<String> TEXTS = List.of(
            "Regime forces shelled the town with artillery and mortars; several explosions were heard.",
            "Police seized weapons and drugs; rebels seized the hill.", "Les rebelles se sont emparés du village, libéré.",
            "Nothing here.", "ROCKETS FIRED ON THE CITY", "shellfire, rocketry and mortar-men are no match");

    @Test
    void findsWhatTheWholeAlternationFinds() {
        for (int flags : new int[] {0, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE}) {
            WordAlternation lexicon = WordAlternation.of(PHRASES, flags);
            Pattern whole = Pattern.compile(WordPatterns.anyOf(PHRASES), flags);
            assertThat(lexicon.pattern().pattern()).isEqualTo(whole.pattern());
            for (String text : TEXTS) {
                assertThat(matches(lexicon.matcher(text, AnchoredPattern.fold(text)))).as(text)
                        .isEqualTo(matches(whole.matcher(text)));
            }
        }
    }

    @Test
    void aSentenceWithOneLexiconWordRunsOnlyThatWordsPhraseAndThePhrasesWithoutAnchors() {
        WordAlternation lexicon = WordAlternation.of(PHRASES, 0);
        String text = "heavy artillery";
        assertThat(lexicon.matcher(text, text).pattern().pattern()).isEqualTo(WordPatterns.anyOf(
                List.of("artillery", "\\d\\d+")));
    }

    /**
     * The reduced alternation of each set of kept phrases is the one those phrases make, met first or again, for a
     * lexicon of at most 64 phrases (cached by their bits) and one of more (cached by BitSet), the tables growing.
     */
    @Test
    void eachSetOfKeptPhrasesGetsItsOwnAlternationAgainAndAgain() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            words.add("mot" + (char) ('a' + i % 26) + (char) ('a' + i / 26) + "x");
        }
        for (List<String> phrases : List.of(words.subList(0, 40), words)) {
            WordAlternation lexicon = WordAlternation.of(phrases, 0);
            java.util.Map<String, Pattern> first = new java.util.HashMap<>();
            for (int round = 0; round < 2; round++) {
                for (int a = 0; a < phrases.size(); a += 3) {
                    for (int b = a; b < phrases.size(); b += 7) {
                        String text = phrases.get(a) + " et " + phrases.get(b);
                        Pattern p = lexicon.matcher(text, text).pattern();
                        assertThat(p.pattern()).as(text).isEqualTo(WordPatterns.anyOf(
                                a == b ? List.of(phrases.get(a)) : List.of(phrases.get(a), phrases.get(b))));
                        assertThat(first.computeIfAbsent(text, t -> p)).as("cached: " + text).isSameAs(p);
                    }
                }
            }
        }
    }

    /**
     * A search near the anchors finds what the whole alternation finds over the whole text, when it meets a set of
     * kept phrases for the first time (it runs the whole alternation), again (it compiles the reduced one) and after
     * that; a plain matcher asked after a first search still gets the reduced alternation.
     */
    @Test
    void searchesNearTheAnchorsFindWhatTheWholeAlternationFindsMetFirstOrAgain() {
        List<String> texts = new ArrayList<>(TEXTS);
        texts.add("Heavy artillery, then 12 rockets and a mortar; rebels seized the base, and shelling went on.");
        texts.add("Des mortiers ; le village libéré, puis libérée ; l'armée s'est emparée du pont.");
        for (int flags : new int[] {0, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE}) {
            WordAlternation lexicon = WordAlternation.of(PHRASES, flags);
            Pattern whole = Pattern.compile(WordPatterns.anyOf(PHRASES), flags);
            AnchorAutomaton automaton = AnchorAutomaton.of(lexicon.anchoredPatterns());
            for (int round = 0; round < 3; round++) {
                for (String text : texts) {
                    AnchorAutomaton.Hits hits = new AnchorAutomaton.Hits();
                    java.util.BitSet may = automaton.mayMatch(AnchoredPattern.fold(text), hits);
                    WindowedFind f = lexicon.finder(text, may, hits, 0);
                    List<String> found = new ArrayList<>();
                    while (f.find()) {
                        found.add(f.match().start() + ":" + f.match().group());
                    }
                    assertThat(found).as(round + ": " + text).isEqualTo(matches(whole.matcher(text)));
                }
            }
        }
        WordAlternation lexicon = WordAlternation.of(PHRASES, 0);
        String text = "heavy artillery";
        AnchorAutomaton.Hits hits = new AnchorAutomaton.Hits();
        java.util.BitSet may = AnchorAutomaton.of(lexicon.anchoredPatterns()).mayMatch(text, hits);
        assertThat(lexicon.finder(text, may, hits, 0).find()).isTrue();
        assertThat(lexicon.matcher(text, text).pattern().pattern()).isEqualTo(WordPatterns.anyOf(
                List.of("artillery", "\\d\\d+")));
    }

    /**
     * The search by a long of kept alternatives, for an alternation numbered from past another's in one automaton,
     * finds what the whole alternation finds, as the search by a bit set does.
     */
    @Test
    void searchesByKeptBitsInALongFindWhatTheWholeAlternationFinds() {
        List<String> texts = new ArrayList<>(TEXTS);
        texts.add("Heavy artillery, then 12 rockets and a mortar; rebels seized the base, and shelling went on.");
        WordAlternation before = WordAlternation.of(List.of("clash(?:es|ed)?", "riots?"), 0);
        WordAlternation lexicon = WordAlternation.of(PHRASES, 0);
        Pattern whole = Pattern.compile(WordPatterns.anyOf(PHRASES), 0);
        List<AnchoredPattern> all = new ArrayList<>(before.anchoredPatterns());
        all.addAll(lexicon.anchoredPatterns());
        AnchorAutomaton automaton = AnchorAutomaton.of(all);
        int from = before.anchoredPatterns().size();
        int searched = 0;
        for (int round = 0; round < 3; round++) {
            for (String text : texts) {
                AnchorAutomaton.Hits hits = new AnchorAutomaton.Hits();
                java.util.BitSet may = automaton.mayMatch(AnchoredPattern.fold(text), hits);
                if (!may.get(from)) {
                    assertThat(whole.matcher(text).find()).as(text).isFalse();
                    continue;
                }
                long[] words = may.get(from + 1, from + 1 + lexicon.size()).toLongArray();
                WindowedFind f = lexicon.finder(text, words.length == 0 ? 0 : words[0], hits, from);
                List<String> found = new ArrayList<>();
                while (f.find()) {
                    found.add(f.match().start() + ":" + f.match().group());
                }
                assertThat(found).as(round + ": " + text).isEqualTo(matches(whole.matcher(text)));
                searched++;
            }
        }
        assertThat(searched).isGreaterThanOrEqualTo(15);
    }

    private static List<String> matches(Matcher m) {
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }
}
