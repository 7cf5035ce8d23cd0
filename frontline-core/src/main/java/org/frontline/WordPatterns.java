package org.frontline;

import java.util.Collection;

/** Regular expressions for lexicons: alternatives that match only as whole words, never inside a longer word. */
public final class WordPatterns {
    private WordPatterns() {
    }

    /**
     * The source of a pattern matching any of {@code alternatives} (regular expressions themselves) not glued to
     * a letter or digit on either side; never matches when there are none.
     */
    public static String anyOf(Collection<String> alternatives) {
        if (alternatives.isEmpty()) {
            return "(?!)";
        }
        return "(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])";
    }
}
