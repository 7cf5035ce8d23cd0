package org.frontline.gazetteer;

import java.util.Set;

/**
 * The Arab League's members, Israel (Arabic and Hebrew names: Kafr Qasim, Kafr Qaseem, Kafar Kassem) and the
 * Persian- and Urdu-script neighbours (Iran, Afghanistan, Pakistan: Umerkot / Umarkot), by ISO alpha-2: the countries whose place names reach us transliterated, with an article that reports
 * keep or drop ("Al Anbar", "Anbar") and spellings that only a phonological key brings together. Elsewhere "El" is
 * part of the name ("El Beni", "El Salvador").
 */
public final class TransliteratedCountries {
    public static final Set<String> ISO2 = Set.of("DZ", "BH", "KM", "DJ", "EG", "IL", "IQ", "JO", "KW", "LB", "LY",
            "MR", "MA", "OM", "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE", "EH", "IR", "AF", "PK");

    private TransliteratedCountries() {
    }
}
