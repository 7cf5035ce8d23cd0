package org.frontline.gazetteer;

import java.util.HashMap;
import java.util.Map;
import org.frontline.FrontlineException;

/**
 * GeoNames admin codes to names: "SY.09" → Aleppo (admin1CodesASCII.txt), "SY.09.1234" → … (admin2Codes.txt), or,
 * for codes those files do not give, the ADM1/ADM2 rows of the places being imported. When the unit's geonameid is
 * an admin unit of the bundled gazetteer, the bundled name wins: for Syria that is ACLED's spelling ("Idleb",
 * "Deir-ez-Zor"), which is what the rest of the pipeline compares against.
 */
final class AdminNames {
    private final Map<String, String> byCode = new HashMap<>();
    private final Map<String, Place> bundled;

    /** {@code bundled}: the bundled places by id, consulted for their admin units' names. */
    AdminNames(Map<String, Place> bundled) {
        this.bundled = bundled;
    }

    /** One line of admin1CodesASCII.txt or admin2Codes.txt: code, name, ascii name, geonameid. */
    void addCodeLine(String line) {
        String[] f = GeoNamesRow.columns(line, 4);
        if (f[0].isBlank()) {
            throw new FrontlineException("code: empty");
        }
        if (f[1].isBlank()) {
            throw new FrontlineException("name: empty");
        }
        int id = f[3].isEmpty() ? 0 : GeoNamesRow.positiveInt("geonameid", f[3]);
        byCode.put(f[0], preferred(id, f[1].strip()));
    }

    /** An ADM1/ADM2 row of the dump names its own code, unless a codes file already did. */
    void addUnitRow(GeoNamesRow row) {
        String code = "ADM1".equals(row.featureCode()) ? code(row.country(), row.admin1Code(), null)
                : "ADM2".equals(row.featureCode()) && row.admin2Code() != null
                ? code(row.country(), row.admin1Code(), row.admin2Code()) : null;
        if (code != null) {
            byCode.putIfAbsent(code, preferred(row.id(), row.name()));
        }
    }

    /** The admin1 name of a row; null when its code is unknown. */
    String admin1(GeoNamesRow row) {
        String code = code(row.country(), row.admin1Code(), null);
        return code == null ? null : byCode.get(code);
    }

    String admin2(GeoNamesRow row) {
        if (row.admin2Code() == null) {
            return null;
        }
        String code = code(row.country(), row.admin1Code(), row.admin2Code());
        return code == null ? null : byCode.get(code);
    }

    int size() {
        return byCode.size();
    }

    private String preferred(int id, String name) {
        Place p = id == 0 ? null : bundled.get("geonames:" + id);
        return p != null && p.adminLevel() > 0 ? p.name() : name;
    }

    private static String code(String country, String admin1, String admin2) {
        if (country == null || admin1 == null || admin1.equals("00")) {
            return null;
        }
        return admin2 == null ? country + "." + admin1 : country + "." + admin1 + "." + admin2;
    }
}
