package org.frontline.geoparse;

import java.util.regex.Pattern;

/**
 * Whether the words just before a name say the name is where things happen ("in Afghanistan", "au Yémen", "dans la
 * province de"): {@link #PATTERN} over the {@link #WINDOW} chars before the name, read from the name backwards
 * without copying them or making a matcher. The country vote asks it of every unit or country named, and the
 * pattern searched each of the window's positions; the scan looks only where the pattern can end, at the name.
 * What the scan does not read as the pattern does (a surrogate or a combining mark before a word, a line separator
 * at the end) goes to the pattern itself.
 */
final class Locative {
    /** The chars before the name read. */
    static final int WINDOW = 16;

    /** The rule: a locative word, then an article, then nothing but white space up to the name. */
    static final Pattern PATTERN = Pattern.compile(
            "(?i)(?:\\b(?:in|en|au|aux|dans|across|throughout|inside|of|du|de|d'|d’)|(?<!\\p{L})à)\\s*"
                    + "(?:the\\s+|l'|l’|la\\s+|le\\s+)?$");

    /** The words of {@link #PATTERN} before the article, lower case ("à" is matched apart: its case is kept). */
    private static final String[] WORDS = {"in", "en", "au", "aux", "dans", "across", "throughout", "inside", "of",
        "du", "de", "d'", "d’"};

    private static final int NO = 0;
    private static final int YES = 1;
    private static final int ASK_PATTERN = 2;

    private Locative() {
    }

    /** Whether {@link #PATTERN} finds a match in the {@link #WINDOW} chars of {@code body} before {@code start}. */
    static boolean before(String body, int start) {
        int from = Math.max(0, start - WINDOW);
        int found = scan(body, from, start);
        return found == ASK_PATTERN ? PATTERN.matcher(body.substring(from, start)).find() : found == YES;
    }

    /**
     * The pattern's answer over {@code body[from, to)} as over a copy of it, or {@link #ASK_PATTERN}. The pattern
     * ends where {@code $} does: at the end, or before a line terminator that ends the text (both chars of "\r\n").
     */
    private static int scan(String body, int from, int to) {
        int last = to > from ? body.charAt(to - 1) : -1;
        if (last == '\u0085' || last == '\u2028' || last == '\u2029') {
            return ASK_PATTERN;
        }
        int found = endsAt(body, from, to);
        if (found == NO && last == '\n' && to - 2 >= from && body.charAt(to - 2) == '\r') {
            found = endsAt(body, from, to - 2);
        } else if (found == NO && (last == '\n' || last == '\r')) {
            found = endsAt(body, from, to - 1);
        }
        return found;
    }

    /** Whether the pattern matches a text of {@code body[from, end)}: a word, spaces, an article, all up to end. */
    private static int endsAt(String body, int from, int end) {
        int found = wordBefore(body, from, spacesBefore(body, from, end));
        for (int a = 0; a < 5 && found == NO; a++) {
            int article = articleStart(body, from, end, a);
            if (article >= 0) {
                found = wordBefore(body, from, spacesBefore(body, from, article));
            }
        }
        return found;
    }

    /**
     * Where article {@code a} of the pattern (the, l', l’, la, le; those written with a word followed by white space
     * up to {@code end}) starts when it ends at {@code end}; else -1.
     */
    private static int articleStart(String body, int from, int end, int a) {
        if (a == 1 || a == 2) {
            return end - 2 >= from && asciiIs(body.charAt(end - 2), 'l') && body.charAt(end - 1) == (a == 1 ? '\'' : '’')
                    ? end - 2 : -1;
        }
        int word = spacesBefore(body, from, end);
        String article = a == 0 ? "the" : a == 3 ? "la" : "le";
        int at = word - article.length();
        return word < end && at >= from && asciiIs(body, at, article) ? at : -1;
    }

    /** Whether a word of the pattern ends at {@code end} and starts where the pattern lets it. */
    private static int wordBefore(String body, int from, int end) {
        for (String w : WORDS) {
            int at = end - w.length();
            if (at >= from && asciiIs(body, at, w)) {
                int found = boundaryAt(body, from, at);
                if (found != NO) {
                    return found;
                }
            }
        }
        if (end - 1 >= from && body.charAt(end - 1) == 'à') {
            // (?<!\p{L}): no letter before, or the start of the window
            if (end - 1 == from) {
                return YES;
            }
            char c = body.charAt(end - 2);
            return Character.isSurrogate(c) ? ASK_PATTERN : Character.isLetter(c) ? NO : YES;
        }
        return NO;
    }

    /** \b before a word's first letter: nothing, or no word char, before it in the window. */
    private static int boundaryAt(String body, int from, int at) {
        if (at == from) {
            return YES;
        }
        char c = body.charAt(at - 1);
        if (Character.isSurrogate(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
            return ASK_PATTERN;
        }
        return c == '_' || Character.isLetterOrDigit(c) ? NO : YES;
    }

    /** Where the run of white space ({@code \s}: space, \t, \n, \u000B, \f, \r) ending at {@code end} starts. */
    private static int spacesBefore(String body, int from, int end) {
        int i = end;
        while (i > from && isSpace(body.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Whether {@code body} holds {@code lower} at {@code at}, ASCII letters in either case (the pattern's (?i)). */
    private static boolean asciiIs(String body, int at, String lower) {
        for (int k = 0; k < lower.length(); k++) {
            if (!asciiIs(body.charAt(at + k), lower.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean asciiIs(char c, char lower) {
        return c == lower || c >= 'A' && c <= 'Z' && c + ('a' - 'A') == lower;
    }
}
