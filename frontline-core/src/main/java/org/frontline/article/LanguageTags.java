package org.frontline.article;

import java.util.Locale;

/** Input language tags ("fr-FR", "EN_us", "en") to the codes {@link Article#language()} accepts. */
final class LanguageTags {
    private LanguageTags() {
    }

    /** "fr" or "en" from the tag's primary subtag; null when the tag is absent or names another language. */
    static String codeOf(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String primary = tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.equals("fr") || primary.equals("en") ? primary : null;
    }
}
