package org.frontline.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.frontline.FrontlineException;

/**
 * Rows of a GeoNames cities dump (tab format: id, name, asciiname, alternatenames, lat, lon, feature class, feature
 * code, country, cc2, admin1 code, …, population at column 14) that the gazetteer keeps: capitals, first-level
 * seats, cities of at least {@link #MIN_POPULATION}, and every row of the {@link #FOCUS} countries.
 */
final class GeoNamesCities {
    static final long MIN_POPULATION = 15_000;
    /**
     * Where every place of cities500 is kept: the Middle East and North Africa (the Arab League, Iran, Israel,
     * Turkey, Afghanistan), whose conflicts the French reports Frontline reads are about. Elsewhere, a
     * village of 500 shares its name with words and with thousands of other villages, and `frontline gazetteer
     * import` brings full coverage for a user who needs it.
     */
    static final Set<String> FOCUS = Stream.concat(TransliteratedCountries.ISO2.stream(), Stream.of("IL", "TR"))
            .collect(Collectors.toUnmodifiableSet());

    private GeoNamesCities() {
    }

    static List<PlaceDraft> read(Path gz) {
        List<PlaceDraft> out = new ArrayList<>();
        int lineNo = 0;
        try (InputStream raw = Files.newInputStream(gz);
             BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw),
                     StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                String[] f = line.split("\t", -1);
                if (kept(f)) {
                    out.add(draft(f));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new FrontlineException("cannot read GeoNames cities " + gz + " at line " + lineNo, e);
        }
        return out;
    }

    static boolean kept(String[] f) {
        String code = f[7];
        long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
        return "PPLC".equals(code) || "PPLA".equals(code) || population >= MIN_POPULATION || FOCUS.contains(f[8]);
    }

    private static PlaceDraft draft(String[] f) {
        PlaceDraft d = new PlaceDraft("geonames:" + f[0], f[1], Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                f[6], f[7], f[8]);
        d.population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
        d.admin1Code = f[10].isEmpty() || f[10].equals("00") ? null : f[10];
        d.addName(f[1]);
        d.addName(f[2]);
        for (String alt : f[3].split(",")) {
            if (useful(alt)) {
                d.addName(alt);
            }
        }
        return d;
    }

    /**
     * Keeps names a French or English report could contain: Latin or Arabic script only (the input languages and
     * the region's), and not short all-capital codes ("LON", "ALP") that would match ordinary words.
     */
    static boolean useful(String name) {
        if (name.isBlank() || (name.length() <= 4 && name.equals(name.toUpperCase()) && name.chars().allMatch(
                c -> c < 128))) {
            return false;
        }
        return name.codePoints().allMatch(c -> {
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            return s == Character.UnicodeScript.LATIN || s == Character.UnicodeScript.ARABIC
                    || s == Character.UnicodeScript.COMMON || s == Character.UnicodeScript.INHERITED;
        });
    }
}
