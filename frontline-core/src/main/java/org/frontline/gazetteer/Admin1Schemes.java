package org.frontline.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.frontline.FrontlineException;
import org.frontline.ResourceLines;

/**
 * ACLED's first-level units where they are not GeoNames' admin1 units ({@value #RESOURCE}): the City of Belgrade
 * apart from GeoNames' "Central Serbia", Nepal's development regions over its provinces, Uganda's districts over
 * its four regions. ACLED's admin1 column and "X region" in a report name those units, so each city is regrouped
 * under the unit ACLED would print before {@link WorldAdmin1} names it and makes one place per unit. A per-country
 * table of public facts, never a per-place list.
 */
final class Admin1Schemes {
    static final String RESOURCE = "admin1-schemes.tsv";
    private static final String BY_ADMIN2 = "=admin2";
    private static final List<String> SEAT_CODES = List.of("PPLC", "PPLA", "PPLA2");

    /** "RS.SE.8" or "NP.4" → the ACLED unit's name. */
    private final Map<String, String> regions = new HashMap<>();
    /** Countries whose ACLED admin1 is GeoNames' admin2. */
    private final Set<String> byAdmin2 = new HashSet<>();

    Admin1Schemes(List<String> lines) {
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            String[] key = f[0].split("\\.", -1);
            if (f.length != 2 || key[0].length() != 2 || key.length > 3 || f[1].isBlank()
                    || (f[1].equals(BY_ADMIN2) != (key.length == 1))) {
                throw new FrontlineException(RESOURCE + ": expected 'CC.admin1[.admin2]<TAB>name' or 'CC<TAB>"
                        + BY_ADMIN2 + "', got '" + line + "'");
            }
            if (key.length == 1) {
                byAdmin2.add(key[0]);
            } else {
                regions.put(f[0], f[1].strip());
            }
        }
    }

    static Admin1Schemes bundled() {
        return new Admin1Schemes(ResourceLines.of(Admin1Schemes.class, RESOURCE));
    }

    /** The ACLED unit a GeoNames admin1(+admin2) code lies in by the table; null when GeoNames' unit stands. */
    String region(String country, String admin1Code, String admin2Code) {
        String unit = country + "." + admin1Code;
        String specific = admin2Code == null ? null : regions.get(unit + "." + admin2Code);
        return specific != null ? specific : regions.get(unit);
    }

    /**
     * Gives every city of a country with its own scheme the code of its ACLED unit, and has {@code world} name that
     * unit. A unit by table is the country's unit of that name when there is one (Ghana's "Northern"), else a
     * new one with its name as code ("RS.Belgrade", "NP.Mid-Western"); districts keep GeoNames' admin1.admin2 code
     * and are named after their seat (Uganda's districts are named after their seat towns: Gulu, Jinja, Mubende).
     */
    void regroup(List<PlaceDraft> cities, WorldAdmin1 world) {
        Map<String, List<PlaceDraft>> districts = new TreeMap<>();
        Map<String, String> codes = new HashMap<>();
        for (PlaceDraft c : cities) {
            if (c.admin1Code == null) {
                continue;
            }
            if (byAdmin2.contains(c.country)) {
                if (c.admin2Code != null) {
                    districts.computeIfAbsent(c.country + "." + c.admin1Code + "." + c.admin2Code,
                            k -> new ArrayList<>()).add(c);
                }
                continue;
            }
            String name = region(c.country, c.admin1Code, c.admin2Code);
            if (name != null) {
                c.admin1Code = codes.computeIfAbsent(c.country + "." + name, k -> unitCode(world, c.country, name));
            }
        }
        districts.forEach((key, members) -> {
            PlaceDraft seat = members.stream().max(Comparator.comparingInt((PlaceDraft c) -> seatRank(c.featureCode))
                    .thenComparingLong(c -> c.population).thenComparing(c -> c.id)).orElseThrow();
            String code = key.substring(3);
            world.define(seat.country, code, WorldAdmin1.acledStyle(seat.name));
            members.forEach(m -> m.admin1Code = code);
        });
    }

    /** The code of the unit so named: the country's own when it has one ("Northern"), else a new one named here. */
    private static String unitCode(WorldAdmin1 world, String country, String name) {
        String own = world.codeNamed(country, name);
        if (own != null) {
            return own;
        }
        String code = name.replaceAll("[^A-Za-z0-9]+", "-");
        world.define(country, code, name);
        return code;
    }

    private static int seatRank(String featureCode) {
        int i = SEAT_CODES.indexOf(featureCode);
        return i < 0 ? -1 : SEAT_CODES.size() - i;
    }
}
