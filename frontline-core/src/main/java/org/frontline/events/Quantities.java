package org.frontline.events;

import java.util.Locale;
import java.util.Map;

/**
 * Numbers as reports write them, French and English: digits ("1,500", "1 500"), words ("trois", "twelve"), and
 * vague quantities with ACLED's conventions ("une vingtaine" → 20, "dozens"/"des dizaines" → 12, "several"/
 * "plusieurs" → 10 … see ACLED-NOTES).
 */
final class Quantities {
    /** A parsed amount; {@code approximate} for "une vingtaine", "dozens", "about 20". */
    record Amount(int value, boolean approximate) {
    }

    static final String WORD_ALTERNATION;
    private static final Map<String, Amount> WORDS = Map.ofEntries(
            Map.entry("un", exact(1)), Map.entry("une", exact(1)), Map.entry("a", exact(1)), Map.entry("an", exact(1)),
            Map.entry("one", exact(1)), Map.entry("deux", exact(2)), Map.entry("two", exact(2)),
            Map.entry("trois", exact(3)), Map.entry("three", exact(3)), Map.entry("quatre", exact(4)),
            Map.entry("four", exact(4)), Map.entry("cinq", exact(5)), Map.entry("five", exact(5)),
            Map.entry("six", exact(6)), Map.entry("sept", exact(7)), Map.entry("seven", exact(7)),
            Map.entry("huit", exact(8)), Map.entry("eight", exact(8)), Map.entry("neuf", exact(9)),
            Map.entry("nine", exact(9)), Map.entry("dix", exact(10)), Map.entry("ten", exact(10)),
            Map.entry("onze", exact(11)), Map.entry("eleven", exact(11)), Map.entry("douze", exact(12)),
            Map.entry("twelve", exact(12)), Map.entry("quinze", exact(15)), Map.entry("fifteen", exact(15)),
            Map.entry("vingt", exact(20)), Map.entry("twenty", exact(20)), Map.entry("trente", exact(30)),
            Map.entry("thirty", exact(30)), Map.entry("cent", exact(100)), Map.entry("hundred", exact(100)),
            Map.entry("thirteen", exact(13)), Map.entry("fourteen", exact(14)), Map.entry("sixteen", exact(16)),
            Map.entry("seventeen", exact(17)), Map.entry("eighteen", exact(18)), Map.entry("nineteen", exact(19)),
            Map.entry("forty", exact(40)), Map.entry("fifty", exact(50)), Map.entry("quarante", exact(40)),
            Map.entry("cinquante", exact(50)), Map.entry("soixante", exact(60)), Map.entry("treize", exact(13)),
            Map.entry("quatorze", exact(14)), Map.entry("seize", exact(16)), Map.entry("sixty", exact(60)),
            Map.entry("seventy", exact(70)), Map.entry("eighty", exact(80)), Map.entry("ninety", exact(90)),
            Map.entry("une dizaine", approx(10)), Map.entry("une quinzaine", approx(15)),
            Map.entry("une vingtaine", approx(20)), Map.entry("une trentaine", approx(30)),
            Map.entry("une quarantaine", approx(40)), Map.entry("une cinquantaine", approx(50)),
            Map.entry("une centaine", approx(100)), Map.entry("des dizaines", approx(12)),
            Map.entry("des centaines", approx(100)), Map.entry("plusieurs", approx(10)),
            Map.entry("quelques", approx(3)), Map.entry("a few", approx(3)), Map.entry("several", approx(10)),
            Map.entry("many", approx(10)), Map.entry("dozens", approx(12)), Map.entry("dozens of", approx(12)),
            Map.entry("a dozen", approx(12)), Map.entry("hundreds", approx(100)), Map.entry("hundreds of", approx(100)),
            Map.entry("scores of", approx(12)), Map.entry("numerous", approx(10)), Map.entry("de nombreux", approx(10)),
            Map.entry("de nombreuses", approx(10)));

    static {
        StringBuilder sb = new StringBuilder();
        WORDS.keySet().stream().sorted((a, b) -> b.length() - a.length()).forEach(w -> {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append(w.replace(" ", "\\s+"));
        });
        WORD_ALTERNATION = sb.toString();
    }

    /** A regex group body matching a number in digits or words: use as {@code (?:NUMBER)}. */
    /** Tens and units written as words: "trente-trois", "vingt et un", "twenty-three", "forty five". */
    private static final Map<String, Integer> TENS = Map.ofEntries(Map.entry("vingt", 20), Map.entry("trente", 30),
            Map.entry("quarante", 40), Map.entry("cinquante", 50), Map.entry("soixante", 60),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));
    private static final String COMPOUND = "(?:vingt|trente|quarante|cinquante|soixante)(?:[- ]et[- ]une?|-(?:deux|"
            + "trois|quatre|cinq|six|sept|huit|neuf))|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "[- ](?:one|two|three|four|five|six|seven|eight|nine)\\b|dix-(?:sept|huit|neuf)";

    static final String NUMBER = "\\d{1,3}(?:[,  ]\\d{3})+|\\d+(?:[.,]\\d+)?|" + COMPOUND + "|" + WORD_ALTERNATION;

    private Quantities() {
    }

    /**
     * The runs of letters a match of {@link #NUMBER} that does not begin with a digit begins with (the first word of
     * each number word, "une" of "une vingtaine", "vingt" of "vingt-trois"), lower case: {@link NumberStarts}'s starts.
     */
    static java.util.Set<String> firstRuns() {
        java.util.Set<String> runs = new java.util.HashSet<>();
        for (String w : firstPhrases()) {
            int end = 0;
            while (end < w.length() && Character.isLetter(w.charAt(end))) {
                end++;
            }
            runs.add(w.substring(0, end));
        }
        return runs;
    }

    /**
     * The phrases a match of {@link #NUMBER} that does not begin with a digit begins with, lower case, words
     * separated by one space where the pattern has white space: every number word ("une vingtaine", "de
     * nombreux"), and the tens and "dix" that begin the compounds ("vingt-trois", "dix-sept").
     */
    static java.util.Set<String> firstPhrases() {
        java.util.Set<String> phrases = new java.util.HashSet<>(WORDS.keySet());
        phrases.addAll(TENS.keySet());
        phrases.add("dix");
        return phrases;
    }

    private static Amount exact(int v) {
        return new Amount(v, false);
    }

    private static Amount approx(int v) {
        return new Amount(v, true);
    }

    /** The regexes {@link #parse} used through String's replaceAll and split, which compiled them per number. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern THOUSANDS = java.util.regex.Pattern.compile("[,  ](?=\\d{3}\\b)");
    private static final java.util.regex.Pattern TENS_THEN_UNIT = java.util.regex.Pattern.compile("[- ](?:et[- ])?");

    /** Parses what {@link #NUMBER} matched; null when it is not a number. */
    static Amount parse(String s) {
        String t = SPACES.matcher(s.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
            String digits = THOUSANDS.matcher(t).replaceAll("");
            int dot = digits.indexOf('.') >= 0 ? digits.indexOf('.') : digits.indexOf(',');
            try {
                return exact(Integer.parseInt(dot >= 0 ? digits.substring(0, dot) : digits));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        Amount word = WORDS.get(t);
        return word != null ? word : compound(t);
    }

    /** "trente-trois" 33, "vingt et un" 21, "twenty-three" 23, "dix-sept" 17; null for anything else. */
    private static Amount compound(String t) {
        String[] parts = TENS_THEN_UNIT.split(t, 2);
        if (parts.length != 2) {
            return null;
        }
        Integer tens = parts[0].equals("dix") ? Integer.valueOf(10) : TENS.get(parts[0]);
        Amount unit = WORDS.get(parts[1]);
        return tens == null || unit == null || unit.approximate() || unit.value() > 9 ? null
                : exact(tens + unit.value());
    }
}
