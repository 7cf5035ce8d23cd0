package org.frontline.geoparse;

/**
 * The text between two names, read for what the patterns matching a whole gap are written with before one is copied
 * and matched: most gaps between two names of a report hold a full stop, a digit or a bracket those patterns have
 * nowhere, and then no such pattern can match them.
 */
final class Gaps {
    private Gaps() {
    }

    /**
     * Whether {@code body} from {@code from} to {@code to} is not empty and holds only letters (any script and case:
     * a case-insensitive pattern meets a letter only in a letter), the white space {@code \s} matches (space, tab,
     * line feed, vertical tab, form feed, carriage return) and the chars of {@code punctuation}.
     */
    static boolean wordsAnd(String body, int from, int to, String punctuation) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = body.charAt(i);
            if (!(Character.isLetter(c) || c == ' ' || c >= '\t' && c <= '\r' || punctuation.indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }
}
