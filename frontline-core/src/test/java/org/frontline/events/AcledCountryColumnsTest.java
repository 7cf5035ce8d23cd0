package org.frontline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class AcledCountryColumnsTest {
    /** Every country and iso3 of ACLED's May 2020 export (101 countries), as its own rows spell them. */
    @Test
    void spellsEveryCountryOfAcledsExportAsAcledDoes() throws IOException {
        Map<String, String> byIso3 = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            byIso3.put(AcledColumns.iso3(code), code);
        }
        byIso3.put(AcledColumns.iso3("XK"), "XK");
        List<String[]> rows;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                getClass().getResourceAsStream("acled-2020-05-countries.tsv")), StandardCharsets.UTF_8))) {
            rows = r.lines().filter(l -> !l.startsWith("#")).map(l -> l.split("\t", -1)).toList();
        }
        assertEquals(101, rows.size());
        for (String[] row : rows) {
            String code = byIso3.get(row[0]);
            assertNotNull(code, "no alpha-2 code gives ACLED's iso3 " + row[0] + " (" + row[1] + ")");
            assertEquals(row[1], AcledColumns.countryName(code), row[0]);
        }
    }

    @Test
    void countriesTheJdkNamesOtherwiseAndAcledsOwnCodes() {
        assertEquals("Democratic Republic of Congo", AcledColumns.countryName("CD")); // JDK: "Congo - Kinshasa"
        assertEquals("Republic of Congo", AcledColumns.countryName("CG"));
        assertEquals("Myanmar", AcledColumns.countryName("MM")); // JDK: "Myanmar (Burma)"
        assertEquals("Palestine", AcledColumns.countryName("PS")); // JDK: "Palestinian Territories"
        assertEquals("Ivory Coast", AcledColumns.countryName("ci"));
        assertEquals("Turkey", AcledColumns.countryName("TR")); // JDK 25: "Türkiye"
        assertEquals("Trinidad and Tobago", AcledColumns.countryName("TT"));
        assertEquals("ROM", AcledColumns.iso3("RO")); // ACLED's, not ISO's ROU
        assertEquals("Kosovo", AcledColumns.countryName("XK"));
        assertEquals("XKX", AcledColumns.iso3("xk"));
        assertEquals("Syria", AcledColumns.countryName("SY"));
        assertEquals("SYR", AcledColumns.iso3("sy"));
    }

    /** No ISO 3166 country falls through to its bare code; names are plain ASCII, as in ACLED's exports. */
    @Test
    void everyIsoCountryHasANameAndCodeInEitherCase() {
        for (String code : Locale.getISOCountries()) {
            for (String asked : new String[] {code, code.toLowerCase(Locale.ROOT),
                    code.charAt(0) + code.substring(1).toLowerCase(Locale.ROOT)}) {
                String name = AcledColumns.countryName(asked);
                assertNotEquals(asked, name, asked);
                assertTrue(name.chars().allMatch(c -> c >= 32 && c < 127), name);
                assertEquals(3, AcledColumns.iso3(asked).length(), asked);
            }
            assertEquals(AcledColumns.countryName(code), AcledColumns.countryName(code.toLowerCase(Locale.ROOT)));
        }
    }

    @Test
    void whatIsNotAListedCodeIsPassedThroughWithoutAlpha3() {
        for (String value : new String[] {"Syria", "S", "S1", "É1", "ÉS", "", "ZZ", "AA"}) {
            assertEquals(value, AcledColumns.countryName(value), value);
            assertNull(AcledColumns.iso3(value), value);
        }
        assertNull(AcledColumns.countryName(null));
        assertNull(AcledColumns.iso3(null));
    }
}
