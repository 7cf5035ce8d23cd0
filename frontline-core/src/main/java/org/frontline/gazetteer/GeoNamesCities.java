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
import java.util.zip.GZIPInputStream;
import org.frontline.FrontlineException;

/**
 * Rows of a GeoNames cities dump (tab format: id, name, asciiname, alternatenames, lat, lon, feature class, feature
 * code, country, cc2, admin1 code, …, population at column 14): every row, the villages outside the focus countries
 * without their alternate names ({@link Villages}).
 */
final class GeoNamesCities {
    /** The words that join a name to its qualifier in Spanish, Portuguese, Italian and French names. */
    private static final Set<String> LINKS = Set.of("de", "del", "do", "da", "dos", "das", "di", "la", "el", "des",
            "du");
    /**
     * The saint a village's name opens with, then the saint's name, before the name it goes by ("San Francisco
     * Pujiltic"); Santiago is both ("Santiago Yaitepec").
     */
    private static final Set<String> SAINTS = Set.of("San", "Santa", "Santo", "Santiago", "São", "Sao");

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
                out.add(draft(f));
            }
        } catch (IOException | RuntimeException e) {
            throw new FrontlineException("cannot read GeoNames cities " + gz + " at line " + lineNo, e);
        }
        return out;
    }

    private static long population(String[] f) {
        return f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
    }

    /**
     * Whether a place's alternate names are indexed: a town of the focus countries or a city. A village elsewhere
     * keeps only its own name and its ASCII spelling; its alternate names are mostly other languages' forms and
     * the words of other places ("Union", "Metro"), and would outnumber every other kind of match.
     */
    static boolean aliased(String[] f) {
        return Villages.FOCUS.contains(f[8]) || !Villages.isVillage(f[7], population(f));
    }

    private static PlaceDraft draft(String[] f) {
        PlaceDraft d = new PlaceDraft("geonames:" + f[0], f[1], Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                f[6], f[7], f[8]);
        d.population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
        d.admin1Code = f[10].isEmpty() || f[10].equals("00") ? null : f[10];
        d.admin2Code = f[11].isEmpty() ? null : f[11];
        d.addName(f[1]);
        d.addName(f[2]);
        boolean aliased = aliased(f);
        for (String alt : f[3].split(",")) {
            if (aliased && usefulFor(alt, f[8])) {
                d.addName(alt);
            } else if (!aliased && (shortForm(alt, f[1]) || shortForm(alt, f[2])) && usefulFor(alt, f[8])) {
                d.addName(alt);
                d.shortForm = alt;
            }
        }
        return d;
    }

    /**
     * Whether {@code alt} is the one word a name of the form "X de Y" or "San … X" goes by: "Tenancingo" for
     * Tenancingo de Degollado, "Pujiltic" for San Francisco Pujiltic. Reports name a municipality so; a village
     * abroad keeps this one alternate name ({@link #aliased}), which is its own name cut short, not another
     * language's.
     */
    static boolean shortForm(String alt, String name) {
        if (alt.isEmpty() || alt.indexOf(' ') >= 0 || alt.indexOf('-') >= 0) {
            return false;
        }
        if (name.startsWith(alt + " ")) {
            return LINKS.contains(name.substring(alt.length() + 1).split(" ", 2)[0]);
        }
        String[] words = name.split(" ");
        boolean saint = words.length == 3 && SAINTS.contains(words[0]) && !LINKS.contains(words[1])
                || words.length == 2 && words[0].equals("Santiago"); // "San Marcos" is no "Marcos"
        return saint && words[words.length - 1].equals(alt);
    }

    /**
     * {@link #useful} for a place of {@code country}: Arabic-script names only where that is the country's own
     * script. Elsewhere they are Persian or Urdu renderings (Ieper's "ایپر", Minot's, Perm's) whose transliteration
     * is a short English word ("Apr"), and French or English reports name those places in Latin script anyway.
     */
    static boolean usefulFor(String name, String country) {
        return useful(name) && (Villages.FOCUS.contains(country)
                || name.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC));
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
