package org.frontline.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.TestTexts.asWrittenAndUpperCased;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.frontline.TestTexts;
import org.frontline.text.AnalyzedText;
import org.frontline.text.NameKey;
import org.frontline.text.RuleTextAnalyzer;
import org.frontline.text.Words;
import org.junit.jupiter.api.Test;

/**
 * {@link BodyWords} (speed round 15) answers what the phrase matcher computed at every word before: a run's fold key
 * as {@link NameKey#fold} of the run's text, and a word's reach as the walk over joinable pairs, on French and English
 * reports (upper-cased too) and on texts with possessives, elisions, hyphens, marks and Arabic script.
 */
class BodyWordsTest {
    private static final String[] REPORTS = TestTexts.eightReports();

    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>(List.of("Hay'at Tahrir al-Sham", "Donbass People's Militia attacked",
                "les combattants d'Ahrar al-Cham et l'Armée syrienne libre", "U.S. forces and the S.D.F.",
                "Jaych al-'Izza, Jaish al‑Izzah", "ʿAyn ʾIssa – Tall Abyad", "قوات سوريا الديمقراطية Qasad",
                "Liwa al-Quds ( الرقة ) Raqqa", "e\u0301te\u0301 Ḥamāh, Dayr az‑Zawr", "AK-47 'rifles' of Syria's army",
                "Jabhat Fateh al-Sham/Hayat Tahrir al-Sham", "qu'Ahrar al Sham", "Qal'at al-Madiq\u00A0- Kafr Nabl"));
        texts.addAll(asWrittenAndUpperCased(REPORTS));
        return texts;
    }

    @Test
    void foldsEveryRunAsItsTextFoldsWhole() throws IOException {
        int runs = 0;
        int composed = 0;
        for (String text : texts()) {
            List<Words.Word> words = Words.split(text);
            BodyWords split = new BodyWords(text, words);
            for (int i = 0; i < words.size(); i++) {
                for (int last = i; last < Math.min(words.size(), i + 10); last++) {
                    String whole = NameKey.fold(text.substring(words.get(i).start(), words.get(last).end()));
                    assertThat(split.fold(i, last)).as("%s [%d, %d] of %s", whole, i, last, text).isEqualTo(whole);
                    runs++;
                    composed += whole.indexOf(' ') > 0 ? 1 : 0;
                }
            }
        }
        assertThat(runs).isGreaterThan(15_000);
        assertThat(composed).isGreaterThan(5_000);
    }

    /**
     * Speed round 21: the text stage splits each body once ({@link AnalyzedText#words}) and both catalogs' matchers
     * read that split (it was shared through a static thread-local): they find over it what they find splitting the
     * body alone, and they read the words handed to them, not a split of their own.
     */
    @Test
    void matchersFindOverTheTextStagesSplitWhatTheyFindAlone() throws IOException {
        PhraseMatcher<String> actors = PhraseMatcher.<String>builder().foldMatching(4)
                .add("Hay'at Tahrir al-Sham", "hts").add("Syrian army", "army").add("Armée syrienne libre", "fsa")
                .build();
        PhraseMatcher<String> sources = PhraseMatcher.<String>builder().add("SANA", "sana")
                .add("Observatoire syrien des droits de l'homme", "sohr").add("Enab Baladi", "enab").build();
        RuleTextAnalyzer analyzer = new RuleTextAnalyzer();
        int hits = 0;
        int cut = 0;
        for (String text : texts()) {
            AnalyzedText analyzed = analyzer.analyze(text, null);
            assertThat(analyzed.words()).as(text).isEqualTo(Words.split(text));
            List<PhraseMatcher.Hit<String>> a = actors.find(text, analyzed.words());
            List<PhraseMatcher.Hit<String>> s = sources.find(text, analyzed.words());
            assertThat(a).as(text).isEqualTo(actors.find(text));
            assertThat(s).as(text).isEqualTo(sources.find(text));
            hits += a.size() + s.size();
            if (!a.isEmpty()) {
                // the words up to the first hit's start only: that hit and all after it are out of reach
                int before = (int) analyzed.words().stream().filter(w -> w.end() <= a.get(0).start()).count();
                assertThat(actors.find(text, analyzed.words().subList(0, before))).as(text).isEmpty();
                cut++;
            }
        }
        assertThat(hits).isGreaterThan(10);
        assertThat(cut).isGreaterThan(3);
    }

    @Test
    void reachesAsFarAsTheWalkOverJoinablePairs() throws IOException {
        for (String text : texts()) {
            List<Words.Word> words = Words.split(text);
            BodyWords split = new BodyWords(text, words);
            for (int maxWords = 1; maxWords <= 12; maxWords++) {
                for (int i = 0; i < words.size(); i++) {
                    int n = 1;
                    while (n < maxWords + 1 && i + n < words.size()
                            && Words.joinable(text, words.get(i + n - 1), words.get(i + n))) {
                        n++;
                    }
                    assertThat(split.reach(i, maxWords)).as("word %d of %s", i, text).isEqualTo(n);
                }
            }
        }
    }

    /** The phrase keys' hash grown word by word (speed round 15) is the hash of the key made whole. */
    @Test
    void growsEveryRunsKeyHashAsTheJoinedKeyHashes() throws IOException {
        int runs = 0;
        for (String text : texts()) {
            List<Words.Word> words = Words.split(text);
            for (int i = 0; i < words.size(); i++) {
                StringBuilder key = new StringBuilder(words.get(i).key());
                int hash = words.get(i).key().hashCode();
                for (int last = i + 1; last < Math.min(words.size(), i + 8); last++) {
                    key.append(' ').append(words.get(last).key());
                    hash = Words.spacedHash(hash, words.get(last).key());
                    assertThat(hash).as(key.toString()).isEqualTo(key.toString().hashCode());
                    runs++;
                }
            }
        }
        assertThat(runs).isGreaterThan(10_000);
        assertThat(Words.spacedHash("".hashCode(), "")).isEqualTo(" ".hashCode());
        String longWord = "anticonstitutionnellementetcaetera-interminablement"; // past the table of powers
        assertThat(Words.spacedHash("al".hashCode(), longWord)).isEqualTo(("al " + longWord).hashCode());
    }

    /**
     * Speed round 17a: a run folded word by word has its key's hash told without the key, and the phrase matcher
     * skips the runs whose hash no catalog fold key has; a one-word normalized key folds without a copy as it folds
     * beside another word.
     */
    @Test
    void hashesEveryRunFoldedWordByWordAsItsFoldKeyHashes() throws IOException {
        int byWord = 0;
        int whole = 0;
        for (String text : texts()) {
            List<Words.Word> words = Words.split(text);
            BodyWords split = new BodyWords(text, words);
            for (int i = 0; i < words.size(); i++) {
                String norm = words.get(i).key();
                String f = NameKey.foldNormalized(norm);
                String twice = f.isEmpty() ? "" : f + " " + f;
                assertThat(NameKey.foldNormalized(norm + " " + norm)).as(norm).isEqualTo(twice);
                for (int last = i; last < Math.min(words.size(), i + 10); last++) {
                    if (split.foldsByWord(i, last)) {
                        assertThat(split.foldHash(i, last)).as("[%d, %d] of %s", i, last, text)
                                .isEqualTo(split.fold(i, last).hashCode());
                        byWord++;
                    } else {
                        whole++;
                    }
                }
            }
        }
        assertThat(byWord).isGreaterThan(10_000);
        assertThat(whole).isGreaterThan(1_000);
    }

    /**
     * Speed round 26g: a run folded word by word is skipped when no key starts with its first word's fold; keys made
     * from every other run (so that half the runs are keys) are never denied, and most runs whose first word starts
     * no key are.
     */
    @Test
    void firstFoldOfEveryKeyedRunMayStartAKey() throws IOException {
        java.util.Set<String> keys = new java.util.HashSet<>();
        int n = 0;
        for (String text : texts()) {
            List<Words.Word> words = Words.split(text);
            BodyWords split = new BodyWords(text, words);
            for (int i = 0; i < words.size(); i++) {
                for (int last = i + 1; last < Math.min(words.size(), i + 6); last++) {
                    if (i % 9 == 0 && n++ % 2 == 0 && split.fold(i, last).indexOf(' ') > 0) {
                        keys.add(split.fold(i, last));
                    }
                }
            }
        }
        KeyBits first = KeyBits.leadingWords(keys);
        java.util.Set<String> leads = new java.util.HashSet<>();
        keys.forEach(k -> leads.add(k.substring(0, k.indexOf(' '))));
        int keyed = 0;
        int denied = 0;
        int other = 0;
        for (String text : texts()) {
            List<Words.Word> words = Words.split(text);
            BodyWords split = new BodyWords(text, words);
            for (int i = 0; i < words.size(); i++) {
                for (int last = i + 1; last < Math.min(words.size(), i + 6); last++) {
                    if (!split.foldsByWord(i, last)) {
                        continue;
                    }
                    String key = split.fold(i, last);
                    if (keys.contains(key)) {
                        keyed++;
                        assertThat(split.firstFoldMayStart(i, last, first)).as("%s of %s", key, text).isTrue();
                    } else if (!key.isEmpty() && !leads.contains(key.split(" ")[0])) {
                        other++;
                        denied += split.firstFoldMayStart(i, last, first) ? 0 : 1;
                    }
                }
            }
        }
        assertThat(keyed).isGreaterThan(500);
        assertThat(other).isGreaterThan(100);
        assertThat(denied).isGreaterThan(other * 8 / 10);
    }

    @Test
    void keyBitsNeverDenyAKeyAndDenyMostOtherWords() throws IOException {
        java.util.Set<String> keys = new java.util.HashSet<>();
        java.util.Set<String> others = new java.util.HashSet<>();
        for (String text : texts()) {
            List<Words.Word> words = Words.split(text);
            for (int i = 0; i < words.size(); i++) {
                (i % 2 == 0 ? keys : others).add(words.get(i).key());
            }
        }
        others.removeAll(keys);
        KeyBits bits = new KeyBits(keys);
        assertThat(keys).allSatisfy(k -> assertThat(bits.mayHold(k.hashCode())).as(k).isTrue());
        long denied = others.stream().filter(o -> !bits.mayHold(o.hashCode())).count();
        assertThat(others).hasSizeGreaterThan(100);
        assertThat(denied).isGreaterThan(others.size() * 8L / 10);
        assertThat(new KeyBits(java.util.Set.of()).mayHold("x".hashCode())).isFalse();
    }

    @Test
    void breaksWordOnlyWhereNormalizingBreaks() {
        for (char c = 0; c < 0x3000; c++) {
            if (NameKey.breaksWord(c)) {
                assertThat(NameKey.normalize("ab" + c + "cd")).as("U+%04X", (int) c).isEqualTo("ab cd");
                assertThat(NameKey.normalize("d" + c + "cd")).as("U+%04X", (int) c).isEqualTo("d cd");
            }
        }
        assertThat(NameKey.breaksWord('\'')).isFalse();
        assertThat(NameKey.breaksWord('\u060C')).isFalse(); // the Arabic comma: the name is transliterated whole
        assertThat(NameKey.breaksWord('-')).isTrue();
    }
}
