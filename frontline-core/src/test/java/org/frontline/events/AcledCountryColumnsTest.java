package org.frontline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

class AcledCountryColumnsTest {
    @Test
    void namesAndAlpha3CodesAreTheJdksForEveryTwoLetterCodeInEitherCase() {
        for (char a = 'A'; a <= 'Z'; a++) {
            for (char b = 'A'; b <= 'Z'; b++) {
                String code = "" + a + b;
                Locale region = new Locale.Builder().setRegion(code).build();
                String iso3;
                try {
                    iso3 = region.getISO3Country();
                } catch (MissingResourceException e) {
                    iso3 = null;
                }
                for (String asked : new String[] {code, code.toLowerCase(Locale.ROOT), "" + a + Character.toLowerCase(b)}) {
                    assertEquals(region.getDisplayCountry(Locale.ENGLISH), AcledColumns.countryName(asked), asked);
                    assertEquals(iso3, AcledColumns.iso3(asked), asked);
                }
            }
        }
    }

    @Test
    void knownCodesAsAnalystsReadThem() {
        assertEquals("Syria", AcledColumns.countryName("SY"));
        assertEquals("SYR", AcledColumns.iso3("sy"));
        assertEquals("Lebanon", AcledColumns.countryName("LB"));
        assertEquals("LBN", AcledColumns.iso3("LB"));
    }

    @Test
    void whatIsNotATwoLetterCodeIsPassedThroughWithoutAlpha3() {
        for (String value : new String[] {"Syria", "S", "S1", "É1", "ÉS", ""}) {
            assertEquals(value, AcledColumns.countryName(value), value);
            assertNull(AcledColumns.iso3(value), value);
        }
        assertNull(AcledColumns.countryName(null));
        assertNull(AcledColumns.iso3(null));
    }
}
