package org.frontline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AnchoredPatternTest {
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /**
     * words() is anyOf's alternation, and its search (which tries no start glued to a letter or digit) finds what
     * the regex finds, in reports as written and upper-cased and where the phrases are glued to letters and digits.
     */
    @Test
    void aWordsAlternationIsAnyOfsAndFindsWhatItsRegexFinds() throws IOException {
        List<String> alternatives = List.of("tu[ée]s?", "killed", "(?:\\d+|several) (?:morts|dead)", "obus",
                "frappes? a[ée]riennes?", "bombard[\\p{L}\\p{N}_]*");
        AnchoredPattern words = AnchoredPattern.words(alternatives, CI);
        assertThat(words.pattern().pattern()).isEqualTo(WordPatterns.anyOf(alternatives));
        assertThat(words.pattern().flags()).isEqualTo(CI);
        List<String> texts = new ArrayList<>(TestTexts.asWrittenAndUpperCased("corpus/2018-01-aleppo-khanasir.txt",
                "fusion/offensive/2018-01-20-afp-abou-douhour-fr.txt", "fusion/offensive/2018-01-22-sohr-saraqib-en.txt"));
        texts.add("xkilled 2killed ékilled _killed -killed,killed 3 dead x3 dead obusobus bombardé3 \uD835\uDC00obus");
        int found = 0;
        for (String text : texts) {
            List<String> expected = new ArrayList<>();
            for (Matcher m = words.pattern().matcher(text); m.find(); ) {
                expected.add(m.start() + ":" + m.group());
            }
            List<String> actual = new ArrayList<>();
            for (WindowedFind f = words.finder(text, AnchoredPattern.fold(text)); f.find(); ) {
                actual.add(f.match().start() + ":" + f.match().group());
            }
            assertThat(actual).as(text).isEqualTo(expected);
            found += expected.size();
        }
        assertThat(found).isGreaterThan(6);
    }

    /**
     * A text's word count is what the regex split on white space gives, for every comma-separated piece of five
     * reports (as written and upper-cased), stripped and not, and for edge cases: empty, white space only, leading
     * and trailing white space, each of {@code \s}'s chars, and a no-break space, which {@code \s} does not match.
     */
    @Test
    void countsWordsAsTheSplitOnWhiteSpaceDoes() throws IOException {
        List<String> texts = new ArrayList<>(TestTexts.asWrittenAndUpperCased("corpus/2018-01-aleppo-khanasir.txt",
                "fusion/offensive/2018-01-20-afp-abou-douhour-fr.txt", "fusion/offensive/2018-01-22-enab-saraqib-fr.txt",
                "fusion/offensive/2018-01-20-sana-abu-duhur-en.txt", "fusion/offensive/2018-01-22-sohr-saraqib-en.txt"));
        texts.add("Sucre  municipality\tin\u000BCaracas,\fthe Jose\u00a0Felix Ribas zone , Petare\r\n Sucre,x, a b c d e f g");
        List<String> pieces = new ArrayList<>(List.of("", " ", " \t\n", "a", " a", "a ", "  a  b  ", "\u00a0",
                "a\u00a0b", "\u000Ba\fb\r"));
        for (String text : texts) {
            for (String part : text.split(",")) {
                pieces.add(part);
                pieces.add(part.strip());
            }
        }
        for (String piece : pieces) {
            assertThat(AnchoredPattern.wordCount(piece)).as("[" + piece + "]").isEqualTo(piece.split("\\s+").length);
        }
        assertThat(pieces.size()).isGreaterThan(160);
    }

    @Test
    void aWordAlternationIsAnchoredByItsWords() {
        assertThat(AnchoredPattern.compile(WordPatterns.anyOf(List.of("drones?", "barils? d'explosifs", "UAVs?")), CI)
                .anchors()).containsExactly("drone", " d'explosifs", "uav");
    }

    @Test
    void aSmallClassGivesOneVariantPerLetterAndQuantifiedLettersAreLeftOut() {
        assertThat(AnchoredPattern.compile("lib[ée]r[ée]e?s?", CI).anchors())
                .containsExactlyInAnyOrder("libéré", "libére", "liberé", "libere");
    }

    @Test
    void theLongestRequiredPieceAnchorsASequence() {
        assertThat(AnchoredPattern.compile("(?<!\\d)(\\d{1,2})(?:er)? (mai|ao[ûu]t)(?:,? (\\d{4}))?", CI).anchors())
                .containsExactlyInAnyOrder("mai", "août", "aout");
    }

    @Test
    void patternsItCannotReadHaveNoAnchorsAndAlwaysRun() {
        for (String re : List.of("a|b(?i)c", "x\\Qab\\E", "(a)\\1", "\\d+|km", "(?:x|y)?z?")) {
            AnchoredPattern p = AnchoredPattern.compile(re);
            assertThat(p.anchors()).as(re).isEmpty();
            assertThat(p.mayMatch("nothing in common")).isTrue();
        }
    }

    /**
     * Patterns with the same anchors share one scan of a text: each one's finder over the shared offsets finds its
     * regex's matches, groups included, on every sentence of real reports as written and upper-cased; a pattern with
     * other anchors or none is told apart.
     */
    @Test
    void patternsWithTheSameAnchorsShareOneScanAndFindWhatTheirRegexFinds() throws IOException {
        String month = "(january|may|june|mai|juin|janvier|f[ée]vrier)";
        AnchoredPattern dayMonth = AnchoredPattern.compile("(?<!\\d)(\\d{1,2})(?:er)? " + month + "(?:,? (\\d{4}))?", CI);
        AnchoredPattern monthDay = AnchoredPattern.compile(month + " (\\d{1,2})(?:st|nd|rd|th)?", CI);
        assertThat(dayMonth.sameAnchors(monthDay)).isTrue();
        assertThat(dayMonth.sameAnchors(AnchoredPattern.compile("(\\d+) mai", CI))).isFalse();
        assertThat(AnchoredPattern.compile("(a)\\1").sameAnchors(AnchoredPattern.compile("(a)\\1"))).isFalse();
        List<String> texts = new ArrayList<>(List.of("le 1er MAI 2018 et le 3 juin", "On May 9th, 2020 and June 3",
                "Le 12 février, 13 FÉVRIER 2019", "mayor of Maine, 5 mais"));
        for (String report : TestTexts.asWrittenAndUpperCased("corpus/2018-01-aleppo-khanasir.txt",
                "fusion/offensive/2018-01-20-sana-abu-duhur-en.txt")) {
            texts.addAll(List.of(report.split("(?<=[.!?])\\s+|\\n+")));
        }
        int found = 0;
        for (String text : texts) {
            int[] shared = dayMonth.anchorOffsets(AnchoredPattern.fold(text));
            for (AnchoredPattern p : List.of(dayMonth, monthDay)) {
                List<String> expected = new ArrayList<>();
                Matcher m = p.pattern().matcher(text);
                while (m.find()) {
                    expected.add(m.start() + ":" + m.group() + ":" + m.group(1) + ":" + m.group(2));
                }
                List<String> actual = new ArrayList<>();
                WindowedFind f = p.finder(text, shared);
                while (f.find()) {
                    actual.add(f.match().start() + ":" + f.match().group() + ":" + f.match().group(1) + ":"
                            + f.match().group(2));
                }
                assertThat(actual).as(text).isEqualTo(expected);
                found += expected.size();
            }
        }
        assertThat(found).isGreaterThanOrEqualTo(10);
    }

    @Test
    void findsWhatTheRegexFindsOnTheBundledReportsAndOnTrickyCases() throws IOException {
        List<String> texts = new ArrayList<>(List.of("Le KM 5", "\u212Am de long", "ſarin", "İDLIB et Idlib",
                "ÉTÉ LIBÉRÉE", "libéré", "4 km-long road", "the «Aube» operation"));
        try (InputStream in = AnchoredPatternTest.class.getResourceAsStream(
                "/org/frontline/corpus/2018-01-aleppo-khanasir.txt")) {
            texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        List<String> regexes = List.of("km de long|kilom[èe]tres?", "sarin|chlore", "idlib", "lib[ée]r[ée]e?s?",
                WordPatterns.anyOf(List.of("lib[ée]r[ée]e?s?", "ont repris", "s'(?:est|sont) empar[ée]e?s?")),
                "«\\s*([^«»]{3,80}?)\\s*»", "(\\d+)[ -]?(?:km|kilomet(?:er|re)s?)[- ]long");
        for (String re : regexes) {
            for (int flags : new int[] {0, Pattern.CASE_INSENSITIVE, CI}) {
                AnchoredPattern anchored = AnchoredPattern.compile(re, flags);
                for (String text : texts) {
                    assertThat(matches(anchored.matcher(text))).as(re + " on " + text)
                            .isEqualTo(matches(anchored.pattern().matcher(text)));
                    for (String sentence : text.split("(?<=[.!?])\\s+")) {
                        assertThat(anchored.find(sentence)).as(re + " in " + sentence)
                                .isEqualTo(anchored.pattern().matcher(sentence).find());
                    }
                }
            }
        }
    }

    @Test
    void textWithoutAnyAnchorIsNotScanned() {
        AnchoredPattern p = AnchoredPattern.compile("sarin|chlore", CI);
        assertThat(p.mayMatch("Des obus sont tombés sur la ville.")).isFalse();
        assertThat(p.mayMatch("Du CHLORE a été utilisé.")).isTrue();
        assertThat(p.find("Du CHLORE a été utilisé.")).isTrue();
    }

    private static List<String> matches(Matcher m) {
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }
}
