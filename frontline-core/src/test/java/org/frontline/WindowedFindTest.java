package org.frontline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.TestTexts.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A search run only near the anchors finds what the regex finds over the whole text, on real reports. */
class WindowedFindTest {
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String[] REPORTS = TestTexts.eightReports();
    private static final String NUMBER = "(\\d+|deux|trois|two|three|dozens|une vingtaine)";
    /** Patterns shaped like the events stage's: dates, tolls, lengths, triggers with look-arounds and word gaps. */
    private static final List<String> REGEXES = List.of(
            "(?<!\\d)(\\d{1,2})(?:er)? (janvier|f[ée]vrier|mars|january|february|march)(?:,? (\\d{4}))?",
            "(?:between|from|entre|du) (\\d{1,2})(?:er)?(?: (janvier|january))? (?:and|to|et|au) (\\d{1,2}) "
                    + "(janvier|january)(?: (\\d{4}))?",
            "(?:killing|killed|tuant|tu[ée]|abattu(?=\\s+\\S+\\s+(?:personnes?|civils?)\\b)) (?:at least |au moins )?"
                    + NUMBER + "(?![\\p{L}\\d])",
            "(?:plus de|more than|over|au moins|at least) " + NUMBER + " (?:r[ée]gions|localit[ée]s|villages|areas)",
            "(?:longueur de|long de|length of) " + NUMBER + " ?(?:km|kilom[èe]tres?)|" + NUMBER + " ?km de long",
            "km|kilom|village|localit|town|r[ée]gion|zone|area|position",
            WordPatterns.anyOf(List.of("bombard[\\p{L}\\p{N}_]*", "obus", "roquettes?", "(?:a|an|the|tank) shell(?! co)",
                    "seiz(?:ed|es|ing)(?!(?: [\\p{L},.]+){0,5} (?:weapons|arms))", "frappes? a[ée]riennes?",
                    "corps (?:[\\p{L}\\p{N}_]+ ){0,3}(?:retrouv|d[ée]couvert)[\\p{L}\\p{N}_]*", "(?:\\d+|several) explosions",
                    "lib[ée]r[ée]e?s?", "s'(?:est|sont) empar[ée]e?s?", "avions?", "forces?")),
            "(?<![\\p{L}-])(?:(last|dernier) )?(lundi|mardi|monday|tuesday)(?: (dernier|last))?(?![\\p{L}-])"
                    + "|(?<![\\p{L}-])(avant-hier|hier|yesterday)(?![\\p{L}-])",
            WordPatterns.anyOf(List.of("avions?", "obus", "forces?", "mines?(?! d'or)")),
            "\\b(?:armée|army)\\b", "(?:al|the) ?$", "(?:x)?", "a\\w*",
            // a start before the anchor tried char by char, and a pattern holding a supplementary char (its search
            // steps over the low halves of pairs)
            "[^x]{0,2}obus(?:\\w*)", "(?:\uD83D\uDE00|\\S)?avions?\\w*");

    @Test
    void findsWhatTheRegexFindsInEverySentenceOfEightFrenchAndEnglishReports() throws IOException {
        List<String> texts = texts();
        int matched = 0;
        for (String re : REGEXES) {
            for (int flags : new int[] {0, CI}) {
                AnchoredPattern p = AnchoredPattern.compile(re, flags);
                for (String text : texts) {
                    List<String> expected = matches(p.pattern().matcher(text));
                    assertThat(matches(p.finder(text, AnchoredPattern.fold(text)))).as(re + " on " + text)
                            .isEqualTo(expected);
                    matched += expected.size();
                }
            }
        }
        assertThat(matched).isGreaterThan(1000);
    }

    /** A char is glued exactly when the look-behind that opens WordPatterns.anyOf's patterns fails after it. */
    @Test
    void gluedIsTheLetterOrDigitClassOfWordPatterns() {
        Pattern letterOrDigit = Pattern.compile("[\\p{L}\\p{N}]");
        Pattern letterOrDigitAnyCase = Pattern.compile("[\\p{L}\\p{N}]", CI);
        int glued = 0;
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Character.isSurrogate(c)) {
                assertThat(WindowedFind.glued(c)).isFalse();
                continue;
            }
            boolean expected = letterOrDigit.matcher(String.valueOf(c)).matches();
            assertThat(WindowedFind.glued(c)).as("U+%04X", (int) c).isEqualTo(expected)
                    .isEqualTo(letterOrDigitAnyCase.matcher(String.valueOf(c)).matches());
            glued += expected ? 1 : 0;
        }
        assertThat(glued).isGreaterThan(40_000);
    }

    /**
     * Skipping the starts glued to a letter or digit finds what the regex finds, for WordPatterns.anyOf patterns:
     * every offset an anchor, so that every start is tried one by one (or by a region after a surrogate).
     */
    @Test
    void aWordPatternSearchThatSkipsGluedStartsFindsWhatTheRegexFinds() throws IOException {
        List<String> texts = texts();
        texts.add("x1forces 1forces éforces _forces -forces ²forces ⅷforces ʰforces \uD835\uDC00forces forces");
        int matched = 0;
        for (String re : REGEXES) {
            if (!re.startsWith("(?<![\\p{L}\\p{N}])")) {
                continue;
            }
            for (int flags : new int[] {0, CI}) {
                Pattern p = Pattern.compile(re, flags);
                for (String text : texts) {
                    int[] every = new int[text.length()];
                    for (int i = 0; i < every.length; i++) {
                        every[i] = i;
                    }
                    List<String> expected = matches(p.matcher(text));
                    for (int lead : new int[] {0, 3}) {
                        WindowedFind f = new WindowedFind(p.matcher(text), text, every, every.length, lead, -1, true);
                        assertThat(matches(f)).as(re + " on " + text).isEqualTo(expected);
                    }
                    matched += expected.size();
                }
            }
        }
        assertThat(matched).isGreaterThan(100);
    }

    @Test
    void findFromAnOffsetIsMatcherFindFromThatOffset() throws IOException {
        String report = read(REPORTS[0]);
        for (String re : REGEXES) {
            AnchoredPattern p = AnchoredPattern.compile(re, CI);
            WindowedFind f = p.finder(report, AnchoredPattern.fold(report));
            Matcher m = p.pattern().matcher(report);
            for (int from = 0; from <= report.length(); from += 97) {
                boolean expected = m.find(from);
                assertThat(f.find(from)).as(re + " from " + from).isEqualTo(expected);
                if (expected) {
                    assertThat(f.match().start()).isEqualTo(m.start());
                    assertThat(f.match().group()).isEqualTo(m.group());
                }
            }
        }
    }

    @Test
    void boundsTheLeadAndTheWidthOfAMatchFromTheRegexSource() {
        RequiredLiterals.Found drones = RequiredLiterals.of("drones?");
        assertThat(drones.lead()).isZero();
        assertThat(drones.width()).isGreaterThanOrEqualTo("drones".length());
        RequiredLiterals.Found date = RequiredLiterals.of("(?<!\\d)(\\d{1,2})(?:er)? (mai|ao[ûu]t)");
        assertThat(date.anchors()).contains("mai");
        assertThat(date.lead()).isGreaterThanOrEqualTo("31er ".length());
        assertThat(date.width()).isGreaterThanOrEqualTo("31er août".length());
        assertThat(RequiredLiterals.of("\\d+ (?:morts|tués)").lead()).isEqualTo(-1);
        assertThat(RequiredLiterals.of("kill\\w*").width()).isEqualTo(-1);
        assertThat(RequiredLiterals.of("morts?\\X").width()).isEqualTo(-1); // a grapheme cluster has no length bound
        assertThat(RequiredLiterals.of("(?:x{2,3}|yy)+ killed").lead()).isEqualTo(-1);
        assertThat(RequiredLiterals.of("(?:au moins |at least )?(\\d{1,3}) morts").lead()).isGreaterThanOrEqualTo(
                "au moins 100 ".length());
    }

    @Test
    void aMatchOutsideItsAnchorsWindowIsLeftToTheWindowItBelongsTo() {
        // the 'c' at 1 opens a window 20 chars wide: inside it, "ab" matches, but the leftmost match is the one
        // starting at the second 'c', which runs past that window
        String text = "xc-------------czabzzzzd";
        AnchoredPattern p = AnchoredPattern.compile("ab|c.{0,8}d");
        assertThat(matches(p.finder(text, text))).containsExactly("15:czabzzzzd")
                .isEqualTo(matches(p.pattern().matcher(text)));
    }

    @Test
    void aTextWithoutTheAnchorsIsNotSearched() {
        AnchoredPattern p = AnchoredPattern.compile("\\d+ (?:morts|tués)", CI);
        assertThat(p.finder("Il pleut sur Alep.", AnchoredPattern.fold("Il pleut sur Alep.")).find()).isFalse();
        String text = "Les combats ont fait 12 MORTS hier.";
        WindowedFind f = p.finder(text, AnchoredPattern.fold(text));
        assertThat(f.find()).isTrue();
        assertThat(f.match().group()).isEqualTo("12 MORTS");
    }

    /** Each report whole, each of its sentences, and the same upper-cased; plus texts that test the edges. */
    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>(List.of("", "a", "x", "Le 1er mars, 3 km de long.", "İDLIB et ſarin",
                "bombardé bombardements", "obus,obus", "seized 3 weapons", "al", "the",
                "avionsavion", "obusobus forcesforces", "12 mars13 mars",
                "\uD83D\uDE00obus \uD83D\uDE00avions,\uD83D\uDE00\uD83D\uDE00obus x𝐀avion"));
        for (String report : REPORTS) {
            String text = read(report);
            texts.add(text);
            texts.add(text.toUpperCase(Locale.ROOT));
            for (String sentence : text.split("(?<=[.!?])\\s+")) {
                texts.add(sentence);
            }
        }
        return texts;
    }

    private static List<String> matches(Matcher m) {
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(describe(m));
        }
        return out;
    }

    private static List<String> matches(WindowedFind f) {
        List<String> out = new ArrayList<>();
        while (f.find()) {
            out.add(describe(f.match()));
        }
        return out;
    }

    private static String describe(Matcher m) {
        StringBuilder sb = new StringBuilder().append(m.start()).append(':').append(m.group());
        for (int g = 1; g <= m.groupCount(); g++) {
            sb.append('|').append(m.group(g));
        }
        return sb.toString();
    }
}
