package org.frontline.gazetteer;

/** Comparing a String with UTF-8 bytes in place, so that a lookup need not encode its key or decode a stored one. */
final class Utf8 {
    private Utf8() {
    }

    /**
     * Whether {@code bytes[from, to)} is the UTF-8 encoding of {@code s}, as {@code s.getBytes(UTF_8)} would write
     * it (a lone surrogate is written as '?').
     */
    static boolean equals(String s, byte[] bytes, int from, int to) {
        int at = from;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (at >= to || bytes[at++] != c) {
                    return false;
                }
            } else if (c < 0x800) {
                if (at + 2 > to || bytes[at++] != (byte) (0xC0 | c >> 6) || bytes[at++] != (byte) (0x80 | c & 0x3F)) {
                    return false;
                }
            } else if (Character.isSurrogate(c)) {
                int cp = i + 1 < n && Character.isHighSurrogate(c) && Character.isLowSurrogate(s.charAt(i + 1))
                        ? Character.toCodePoint(c, s.charAt(++i)) : '?';
                if (cp == '?') {
                    if (at >= to || bytes[at++] != '?') {
                        return false;
                    }
                } else if (at + 4 > to || bytes[at++] != (byte) (0xF0 | cp >> 18)
                        || bytes[at++] != (byte) (0x80 | cp >> 12 & 0x3F) || bytes[at++] != (byte) (0x80 | cp >> 6 & 0x3F)
                        || bytes[at++] != (byte) (0x80 | cp & 0x3F)) {
                    return false;
                }
            } else if (at + 3 > to || bytes[at++] != (byte) (0xE0 | c >> 12) || bytes[at++] != (byte) (0x80 | c >> 6 & 0x3F)
                    || bytes[at++] != (byte) (0x80 | c & 0x3F)) {
                return false;
            }
        }
        return at == to;
    }
}
