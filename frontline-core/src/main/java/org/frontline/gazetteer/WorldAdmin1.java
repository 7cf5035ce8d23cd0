package org.frontline.gazetteer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.frontline.FrontlineException;
import org.frontline.ResourceLines;

/**
 * First-level units of every country outside Syria: their GeoNames names ({@value #RESOURCE}, keyed by
 * "CC.code" as GeoNames' admin1 codes are), written as ACLED writes them, and one ADM1 place per unit, placed at
 * its seat so that "Helmand province" resolves where ACLED codes a region-only event (geo_precision 3).
 *
 * <p>ACLED's admin1 column names a unit by its proper name in plain ASCII: "Taizz" for GeoNames' "Ta‘izz",
 * "Helmand" for "Helmand Province", "West Bengal" for "State of West Bengal", "Diyarbakir" for "Diyarbakır". So the
 * designator words GeoNames keeps around the name, the ʿayn/hamza marks and diacritics are dropped; the GeoNames
 * spelling stays an alternate name of the unit.
 */
final class WorldAdmin1 {
    static final String RESOURCE = "admin1-names.tsv";
    /** ACLED's own names where they are not GeoNames' with the designator dropped ("Beyrouth" → "Beirut"). */
    static final String ACLED_RESOURCE = "admin1-acled.tsv";
    /** Other names reports use for a unit: French exonyms ("Cisjordanie"), English short forms ("Saladin"). */
    static final String ALIAS_RESOURCE = "admin1-aliases.tsv";
    /** Ids of the units made here: GeoNames' admin1 code, as the shared data carries no geonameid for them. */
    static final String ID_PREFIX = "admin1:";

    private static final Pattern DESIGNATOR = Pattern.compile("(?i)^(?:free and sovereign state of|state of|"
            + "estado de|estado do|departamento de|departamento del|provincia de|province of|region of|muhafazat|"
            + "governorate of|municipality of)\\s+|\\s+(?:governorate|province|provincia|state|region|oblast'?|"
            + "department|division|municipality|prefecture|county|emirate|territory|wilaya|muhafazah|districte?)$");

    /** What is left of a name that was only words of kind and place: then the whole name is kept. */
    /** What is left of a name that was only words of kind: then the whole name is kept ("Federal District"). */
    private static final Pattern GENERIC = Pattern.compile("(?i)(?:federal|capital|national capital)");

    private static final Pattern ARTICLE = Pattern.compile("(?i)(?:al|el|an|ar|as|ash|at|ad|az|ath)[- ]");

    private final Map<String, String> names;
    private final Map<String, String> acled;
    private final Map<String, String> aliases;

    private WorldAdmin1(List<String> lines, List<String> acledLines, List<String> aliasLines) {
        names = codes(RESOURCE, lines);
        acled = codes(ACLED_RESOURCE, acledLines);
        acled.forEach(names::putIfAbsent);
        aliases = codes(ALIAS_RESOURCE, aliasLines);
    }

    private static Map<String, String> codes(String resource, List<String> lines) {
        Map<String, String> out = new HashMap<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            if (f.length != 2 || f[0].indexOf('.') != 2 || f[1].isBlank()) {
                throw new FrontlineException(resource + ": expected 'CC.code<TAB>name', got '" + line + "'");
            }
            out.put(f[0], f[1].strip());
        }
        return out;
    }

    /**
     * Names the units the resource lacks (those with no city of 15,000, such as Yemen's Ad Dali' or Azerbaijan's
     * rayons) after their seat, the unit's PPLA city: in the countries where that happens, first-level units are
     * mostly named after their seat.
     */
    void nameUnknownUnitsAfterSeats(List<PlaceDraft> cities) {
        for (PlaceDraft c : cities) {
            if ("PPLA".equals(c.featureCode) && c.admin1Code != null && !"SY".equals(c.country)) {
                names.putIfAbsent(c.country + "." + c.admin1Code, c.name);
            }
        }
    }

    /** The code of the country's unit ACLED names {@code acledName}; null when it has none. */
    String codeNamed(String country, String acledName) {
        String prefix = country + ".";
        return names.keySet().stream().filter(k -> k.startsWith(prefix)).sorted()
                .filter(k -> acledName.equals(acledName(country, k.substring(prefix.length()))))
                .map(k -> k.substring(prefix.length())).findFirst().orElse(null);
    }

    /** Adds a unit of ACLED's own scheme ({@link Admin1Schemes}) under a code GeoNames does not use. */
    void define(String country, String code, String acledName) {
        names.put(country + "." + code, acledName);
        acled.put(country + "." + code, acledName);
    }

    static WorldAdmin1 bundled() {
        return new WorldAdmin1(ResourceLines.of(WorldAdmin1.class, RESOURCE),
                ResourceLines.of(WorldAdmin1.class, ACLED_RESOURCE),
                ResourceLines.of(WorldAdmin1.class, ALIAS_RESOURCE));
    }

    /** The unit's name as ACLED writes it; null when the code is unknown. */
    String acledName(String country, String admin1Code) {
        String own = country == null || admin1Code == null ? null : acled.get(country + "." + admin1Code);
        if (own != null) {
            return own;
        }
        String raw = geonamesName(country, admin1Code);
        return raw == null ? null : acledStyle(raw);
    }

    String geonamesName(String country, String admin1Code) {
        return country == null || admin1Code == null ? null : names.get(country + "." + admin1Code);
    }

    /** "Muhafazat Hadramaout" → "Hadramaout", "Ma’rib" → "Marib", "Tǝrtǝr" → "Tartar". */
    static String acledStyle(String name) {
        String s = DESIGNATOR.matcher(name.strip()).replaceAll("");
        if (GENERIC.matcher(s).matches()) {
            s = name.strip(); // "Federal District", "Capital Region": the designator is part of the name
        }
        s = s.replaceAll("[\u2018\u2019\u02bb\u02bc\u02be\u02bf`\u00b4]", "").replace('ı', 'i').replace('ǝ', 'a')
                .replace('ə', 'a').replace('Ə', 'A');
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return d.isBlank() ? name.strip() : d.strip();
    }

    /**
     * "Nord-Kivu" → "North Kivu", "Sud-Kivu" → "South Kivu", "Haut-Uele" → "Upper Uele": English reports name
     * units whose official name begins with a French, Spanish or Portuguese compass word with the English one. Only
     * a compass word followed by proper names is turned ("Nord-Ouest" and "Norte de Santander" stay themselves, so
     * "North West" is never made a name); null when nothing changes.
     */
    static String inEnglish(String name) {
        if (name == null) {
            return null;
        }
        String[] words = name.split("[- ]+");
        String english = COMPASS.get(words[0]);
        if (english == null || words.length < 2) {
            return null;
        }
        for (int i = 1; i < words.length; i++) {
            if (COMPASS.containsKey(words[i]) || !Character.isUpperCase(words[i].charAt(0))) {
                return null; // "Nord-Ouest", "Norte de Santander": no safe English form
            }
        }
        words[0] = english;
        return String.join(" ", words);
    }

    private static final Map<String, String> COMPASS = Map.ofEntries(Map.entry("Nord", "North"),
            Map.entry("Sud", "South"), Map.entry("Est", "East"), Map.entry("Ouest", "West"),
            Map.entry("Norte", "North"), Map.entry("Sur", "South"), Map.entry("Sul", "South"),
            Map.entry("Oeste", "West"), Map.entry("Leste", "East"), Map.entry("Haut", "Upper"),
            Map.entry("Bas", "Lower"), Map.entry("Extrême", "Far"));

    /** "Al Anbar" → "Anbar", "As-Sulaymaniyah" → "Sulaymaniyah": reports often drop the article; else null. */
    static String withoutArticle(String name) {
        var m = ARTICLE.matcher(name);
        return m.lookingAt() && m.end() < name.length() ? name.substring(m.end()) : null;
    }

    /**
     * One ADM1 place per unit some city lies in, at the unit's seat (its PPLA city, else its most populous),
     * named by both spellings; population is the sum of its cities' (a prior, not a census).
     */
    List<PlaceDraft> units(List<PlaceDraft> cities) {
        Map<String, List<PlaceDraft>> byCode = new TreeMap<>();
        for (PlaceDraft c : cities) {
            if (c.admin1Code != null && !"SY".equals(c.country) && geonamesName(c.country, c.admin1Code) != null) {
                byCode.computeIfAbsent(c.country + "." + c.admin1Code, k -> new ArrayList<>()).add(c);
            }
        }
        List<PlaceDraft> out = new ArrayList<>();
        byCode.forEach((code, members) -> {
            PlaceDraft seat = members.stream().max(Comparator.comparing((PlaceDraft c) -> "PPLA".equals(c.featureCode))
                    .thenComparingLong(c -> c.population).thenComparing(c -> c.id)).orElseThrow();
            String raw = names.get(code);
            PlaceDraft u = new PlaceDraft(ID_PREFIX + code, acledName(seat.country, code.substring(3)), seat.lat,
                    seat.lon, "A", "ADM1", seat.country);
            u.addName(u.name);
            u.addName(raw);
            if (TransliteratedCountries.ISO2.contains(u.country)) {
                u.addName(withoutArticle(u.name));
            }
            u.admin1 = u.name;
            u.population = members.stream().mapToLong(c -> c.population).sum();
            u.addName(acledStyle(raw));
            u.addName(inEnglish(u.name));
            u.addName(inEnglish(raw));
            String others = aliases.get(code);
            if (others != null) {
                for (String alias : others.split("\\|")) {
                    u.addName(alias);
                }
            }
            out.add(u);
        });
        return out;
    }
}
