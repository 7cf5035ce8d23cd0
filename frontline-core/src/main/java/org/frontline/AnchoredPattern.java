package org.frontline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression with the literal words any of its matches must contain ("drone" for {@code drones?}, one of
 * "chlore", "sarin", … for an alternation), read from its source. Most sentences contain none of a lexicon's
 * anchors, and {@link String#indexOf} over a case-folded copy is far cheaper than the regex engine trying every
 * position (case-insensitive matching lower-cases the text again at each try): the regex then runs only on texts
 * that could match, so what it finds is exactly what it found before. A pattern whose source this reader does not
 * understand (inline flags, quoting, unusual escapes) simply gets no anchors and always runs. Immutable.
 */
public final class AnchoredPattern {
    private final Pattern pattern;
    /** Case-folded anchors, one of which every match contains; null when not known (the regex always runs). */
    private final String[] anchors;

    private AnchoredPattern(Pattern pattern) {
        this.pattern = pattern;
        int unsupported = Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ;
        List<String> found = (pattern.flags() & unsupported) != 0 ? null : RequiredLiterals.of(pattern.pattern());
        this.anchors = found == null ? null : found.stream().map(AnchoredPattern::fold).distinct().toArray(String[]::new);
    }

    /** {@link Pattern#compile(String, int)} with its anchors. */
    public static AnchoredPattern compile(String regex, int flags) {
        return new AnchoredPattern(Pattern.compile(regex, flags));
    }

    /** {@link Pattern#compile(String)} with its anchors. */
    public static AnchoredPattern compile(String regex) {
        return compile(regex, 0);
    }

    public Pattern pattern() {
        return pattern;
    }

    /** The anchors (case-folded), or an empty list when the pattern has none and always runs. */
    public List<String> anchors() {
        return anchors == null ? List.of() : List.of(anchors);
    }

    /**
     * A matcher over {@code text}; over the empty text when {@code text} holds none of the anchors: every match
     * contains an anchor, so the pattern can match neither, and the matcher finds nothing, as it would have.
     */
    public Matcher matcher(String text) {
        return pattern.matcher(mayMatch(text) ? text : "");
    }

    /**
     * {@link #matcher(String)} for a text already passed through {@link #fold} as {@code folded}: one fold of a
     * sentence serves all the patterns asked about it.
     */
    public Matcher matcher(String text, String folded) {
        return pattern.matcher(mayMatchFolded(folded) ? text : "");
    }

    /** Whether {@code text} holds a match (the regex runs only when it holds an anchor). */
    public boolean find(String text) {
        return mayMatch(text) && pattern.matcher(text).find();
    }

    /** False when {@code text} certainly holds no match. */
    public boolean mayMatch(String text) {
        return anchors == null || mayMatchFolded(fold(text));
    }

    /** {@link #mayMatch} for a text already passed through {@link #fold} (to fold a sentence once for many). */
    public boolean mayMatchFolded(String folded) {
        if (anchors == null) {
            return true;
        }
        for (String a : anchors) {
            if (folded.indexOf(a) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Case folding as {@link Pattern#CASE_INSENSITIVE} with {@link Pattern#UNICODE_CASE} compares characters
     * (lower case of the upper case), one char for one char: a text that matches case-insensitively contains the
     * folded anchor in its folded form (and, a fortiori, one that matches case-sensitively).
     */
    public static String fold(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char f = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c)
                    : Character.toLowerCase(Character.toUpperCase(c));
            if (f != c && out == null) {
                out = text.toCharArray();
            }
            if (out != null) {
                out[i] = f;
            }
        }
        return out == null ? text : new String(out);
    }

    /** Reads the required literals out of a regular expression's source. */
    static final class RequiredLiterals {
        /** Thrown on syntax this reader does not follow; the pattern then gets no anchors. */
        private static final class Unsupported extends RuntimeException {
            Unsupported() {
                super(null, null, false, false);
            }
        }

        /** A literal run with classes gives at most this many variants (the product of the class sizes). */
        private static final int MAX_VARIANTS = 8;

        private RequiredLiterals() {
        }

        /** Literals one of which every match of {@code regex} contains; null when unknown. */
        static List<String> of(String regex) {
            try {
                return alternation(regex);
            } catch (Unsupported | IndexOutOfBoundsException e) {
                return null; // not understood: the pattern runs on every text, as without anchors
            }
        }

        private static List<String> alternation(String re) {
            List<String> out = new ArrayList<>();
            for (String alt : splitTopLevel(re)) {
                List<String> a = sequence(alt);
                if (a == null) {
                    return null;
                }
                out.addAll(a);
            }
            return out;
        }

        private static List<String> splitTopLevel(String re) {
            List<String> alts = new ArrayList<>();
            int depth = 0;
            int from = 0;
            for (int i = 0; i < re.length(); i++) {
                char c = re.charAt(i);
                if (c == '\\') {
                    i = escapeEnd(re, i) - 1;
                } else if (c == '[') {
                    i = classEnd(re, i) - 1;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (c == '|' && depth == 0) {
                    alts.add(re.substring(from, i));
                    from = i + 1;
                }
            }
            alts.add(re.substring(from));
            return alts;
        }

        /**
         * The best anchor set of one alternative: one of its literal runs (a small class such as {@code [ée]} gives
         * one variant per character), or a required group's anchors; the set whose shortest anchor is longest.
         */
        private static List<String> sequence(String s) {
            List<List<String>> candidates = new ArrayList<>();
            List<String> run = new ArrayList<>(List.of(""));
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                int end;
                String chars = null;
                if (c == '\\') {
                    end = escapeEnd(s, i);
                } else if (c == '[') {
                    end = classEnd(s, i);
                    chars = simpleClass(s.substring(i + 1, end - 1));
                } else if (c == '(') {
                    end = groupEnd(s, i);
                    String inner = groupBody(s, i, end);
                    if (inner != null && !quantified(s, end)) {
                        List<String> a = alternation(inner);
                        if (a != null) {
                            candidates.add(a);
                        }
                    }
                } else if ("?*+{)|".indexOf(c) >= 0) {
                    throw new Unsupported();
                } else {
                    end = i + 1;
                    chars = ".^$".indexOf(c) < 0 && literal(c) ? String.valueOf(c) : null;
                }
                if (chars == null || quantified(s, end) || run.size() * chars.length() > MAX_VARIANTS) {
                    flush(run, candidates);
                }
                if (chars != null && !quantified(s, end)) {
                    List<String> next = new ArrayList<>();
                    for (String r : run) {
                        for (char x : chars.toCharArray()) {
                            next.add(r + x);
                        }
                    }
                    run = next;
                }
                i = skipQuantifier(s, end);
            }
            flush(run, candidates);
            List<String> best = null;
            for (List<String> cand : candidates) {
                if (best == null || shortest(cand) > shortest(best)) {
                    best = cand;
                }
            }
            return best;
        }

        /** A literal the folded text shows as itself: folding it again changes nothing (so not a surrogate). */
        private static boolean literal(char c) {
            return (c == ' ' || !Character.isWhitespace(c) && !Character.isISOControl(c))
                    && !Character.isSurrogate(c) && fold(fold(String.valueOf(c))).equals(fold(String.valueOf(c)));
        }

        /** The characters of a class of plain literals ("ée"), or null for ranges, negations, escapes, nesting. */
        private static String simpleClass(String body) {
            if (body.isEmpty() || body.length() > MAX_VARIANTS || body.charAt(0) == '^') {
                return null;
            }
            for (char c : body.toCharArray()) {
                if ("-[]\\&".indexOf(c) >= 0 || !literal(c)) {
                    return null;
                }
            }
            return body;
        }

        private static int shortest(List<String> anchors) {
            return anchors.stream().mapToInt(String::length).min().orElse(0);
        }

        private static void flush(List<String> run, List<List<String>> candidates) {
            if (!run.get(0).isEmpty()) {
                candidates.add(List.copyOf(run));
            }
            run.clear();
            run.add("");
        }

        /** The body of a group that must match (capturing, non-capturing, atomic, named); null for lookarounds. */
        private static String groupBody(String s, int open, int end) {
            if (s.charAt(open + 1) != '?') {
                return s.substring(open + 1, end - 1);
            }
            char k = s.charAt(open + 2);
            if (k == ':' || k == '>') {
                return s.substring(open + 3, end - 1);
            }
            if (k == '=' || k == '!') {
                return null;
            }
            if (k == '<') {
                char k2 = s.charAt(open + 3);
                if (k2 == '=' || k2 == '!') {
                    return null;
                }
                return s.substring(s.indexOf('>', open) + 1, end - 1);
            }
            throw new Unsupported(); // inline flags change how the rest matches
        }

        private static boolean quantified(String s, int at) {
            return at < s.length() && "?*+{".indexOf(s.charAt(at)) >= 0;
        }

        private static int skipQuantifier(String s, int at) {
            if (!quantified(s, at)) {
                return at;
            }
            int i = s.charAt(at) == '{' ? s.indexOf('}', at) + 1 : at + 1;
            if (i == 0) {
                throw new Unsupported();
            }
            return i < s.length() && (s.charAt(i) == '?' || s.charAt(i) == '+') ? i + 1 : i;
        }

        private static int escapeEnd(String s, int i) {
            char n = s.charAt(i + 1);
            if (n == 'p' || n == 'P') {
                return s.charAt(i + 2) == '{' ? s.indexOf('}', i) + 1 : i + 3;
            }
            if ("QEkuxcN0123456789".indexOf(n) >= 0) {
                throw new Unsupported();
            }
            return i + 2;
        }

        private static int classEnd(String s, int open) {
            int i = open + 1;
            if (i < s.length() && s.charAt(i) == '^') {
                i++;
            }
            if (i < s.length() && s.charAt(i) == ']') {
                i++;
            }
            int depth = 1;
            for (; depth > 0; i++) {
                char c = s.charAt(i);
                if (c == '\\') {
                    i = escapeEnd(s, i) - 1;
                } else if (c == '[') {
                    depth++;
                } else if (c == ']') {
                    depth--;
                }
            }
            return i;
        }

        private static int groupEnd(String s, int open) {
            int depth = 0;
            for (int i = open; ; i++) {
                char c = s.charAt(i);
                if (c == '\\') {
                    i = escapeEnd(s, i) - 1;
                } else if (c == '[') {
                    i = classEnd(s, i) - 1;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    return i + 1;
                }
            }
        }
    }
}
