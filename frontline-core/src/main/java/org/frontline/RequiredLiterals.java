package org.frontline;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the required literals out of a regular expression's source, with two bounds that let a search start near
 * them: how far before its anchor a match may start, and how long a match may be. Both are upper bounds in chars,
 * counted generously (two chars per character, for surrogate pairs; zero-width tests counted as characters too).
 */
final class RequiredLiterals {
    /**
     * The anchors (not yet case-folded) one of which every match contains; {@code lead}: at most how many chars of
     * a match precede the anchor it contains (-1: no bound); {@code width}: at most how many chars a match spans
     * (-1: no bound).
     */
    record Found(List<String> anchors, int lead, int width) {
    }

    /** An anchor set and its lead, while reading. */
    private record Candidate(List<String> anchors, int lead) {
    }

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

    /** The literals one of which every match of {@code regex} contains, and their bounds; null when unknown. */
    static Found of(String regex) {
        try {
            Candidate c = alternation(regex);
            return c == null ? null : new Found(c.anchors(), c.lead(), width(regex));
        } catch (Unsupported | IndexOutOfBoundsException | NumberFormatException e) {
            return null; // not understood: the pattern runs on every text, as without anchors
        }
    }

    private static Candidate alternation(String re) {
        List<String> out = new ArrayList<>();
        int lead = 0;
        for (String alt : splitTopLevel(re)) {
            Candidate a = sequence(alt);
            if (a == null) {
                return null;
            }
            out.addAll(a.anchors());
            lead = lead < 0 || a.lead() < 0 ? -1 : Math.max(lead, a.lead());
        }
        return new Candidate(out, lead);
    }

    /** At most how many chars a match of {@code re} spans; -1 when unbounded. */
    static int width(String re) {
        int max = 0;
        for (String alt : splitTopLevel(re)) {
            int w = sequenceWidth(alt);
            if (w < 0) {
                return -1;
            }
            max = Math.max(max, w);
        }
        return max;
    }

    /** {@link #width} of a sequence without top-level alternatives. */
    private static int sequenceWidth(String s) {
        long total = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int end;
            int w = 2; // a character, a class, an escape, '.', '^', '$': at most one code point
            if (c == '\\') {
                end = escapeEnd(s, i);
                if (s.charAt(i + 1) == 'X') {
                    return -1; // a grapheme cluster: any number of chars
                }
            } else if (c == '[') {
                end = classEnd(s, i);
            } else if (c == '(') {
                end = groupEnd(s, i);
                String inner = groupBody(s, i, end);
                w = inner == null ? 0 : width(inner); // a lookaround spans nothing of the match
            } else if ("?*+{)|".indexOf(c) >= 0) {
                throw new Unsupported();
            } else {
                end = i + 1;
            }
            int times = maxRepeat(s, end);
            if (w < 0 || times < 0 && w > 0) {
                return -1;
            }
            total += (long) w * Math.max(times, 0);
            if (total > Integer.MAX_VALUE / 4) {
                return -1;
            }
            i = skipQuantifier(s, end);
        }
        return (int) total;
    }

    /** How many times the element ending before {@code at} may repeat: 1 when not quantified, -1 unbounded. */
    private static int maxRepeat(String s, int at) {
        if (!quantified(s, at)) {
            return 1;
        }
        char q = s.charAt(at);
        if (q == '?') {
            return 1;
        }
        if (q != '{') {
            return -1;
        }
        String body = s.substring(at + 1, s.indexOf('}', at));
        int comma = body.indexOf(',');
        if (comma < 0) {
            return Integer.parseInt(body.trim());
        }
        String max = body.substring(comma + 1).trim();
        return max.isEmpty() ? -1 : Integer.parseInt(max);
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
    private static Candidate sequence(String s) {
        List<Candidate> candidates = new ArrayList<>();
        List<String> run = new ArrayList<>(List.of(""));
        int runStart = 0;
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
                    Candidate a = alternation(inner);
                    if (a != null) {
                        candidates.add(new Candidate(a.anchors(), plus(sequenceWidth(s.substring(0, i)), a.lead())));
                    }
                }
            } else if ("?*+{)|".indexOf(c) >= 0) {
                throw new Unsupported();
            } else {
                end = i + 1;
                chars = ".^$".indexOf(c) < 0 && literal(c) ? String.valueOf(c) : null;
            }
            if (chars == null || quantified(s, end) || run.size() * chars.length() > MAX_VARIANTS) {
                flush(run, candidates, s, runStart);
            }
            if (chars != null && !quantified(s, end)) {
                if (run.get(0).isEmpty()) {
                    runStart = i;
                }
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
        flush(run, candidates, s, runStart);
        Candidate best = null;
        for (Candidate cand : candidates) {
            if (best == null || shortest(cand.anchors()) > shortest(best.anchors())) {
                best = cand;
            }
        }
        return best;
    }

    /** {@code a + b}, either -1 meaning unbounded. */
    private static int plus(int a, int b) {
        return a < 0 || b < 0 ? -1 : a + b;
    }

    /** A literal the folded text shows as itself: folding it again changes nothing (so not a surrogate). */
    private static boolean literal(char c) {
        return (c == ' ' || !Character.isWhitespace(c) && !Character.isISOControl(c))
                && !Character.isSurrogate(c)
                && AnchoredPattern.fold(AnchoredPattern.fold(String.valueOf(c)))
                        .equals(AnchoredPattern.fold(String.valueOf(c)));
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

    /** Ends the literal run that started at {@code runStart} of {@code s}: it becomes a candidate. */
    private static void flush(List<String> run, List<Candidate> candidates, String s, int runStart) {
        if (!run.get(0).isEmpty()) {
            candidates.add(new Candidate(List.copyOf(run), sequenceWidth(s.substring(0, runStart))));
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
