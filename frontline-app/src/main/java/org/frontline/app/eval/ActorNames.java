package org.frontline.app.eval;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Actor names as the ACLED evaluation compares them. */
final class ActorNames {
    /** ACLED's regime periods: "(2000-)", "(2016-)", "(1990-2012)". */
    private static final Pattern YEARS = Pattern.compile("\\(\\s*\\d{4}\\s*-\\s*(\\d{4})?\\s*\\)");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ActorNames() {
    }

    /**
     * Lower-cased, the parenthesised years removed and the text after them kept: "Military Forces of Yemen (2016-)
     * Supreme Political Council" → "military forces of yemen supreme political council". Null or blank → "".
     */
    static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String noYears = YEARS.matcher(name).replaceAll(" ");
        return SPACES.matcher(noYears).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /** The normalized non-empty names among {@code names}. */
    static Set<String> set(String... names) {
        Set<String> set = new LinkedHashSet<>();
        for (String n : names) {
            String key = normalize(n);
            if (!key.isEmpty()) {
                set.add(key);
            }
        }
        return set;
    }
}
