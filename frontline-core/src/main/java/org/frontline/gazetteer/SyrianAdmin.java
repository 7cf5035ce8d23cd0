package org.frontline.gazetteer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontline.text.NameKey;

/**
 * Fills admin1/admin2/admin3 of Syrian places with the names ACLED uses (OCHA's spellings).
 *
 * <p>Governorates: a fixed table, since OpenSyria's English names ("Idlib", "Raqqa") are not ACLED's ("Idleb",
 * "Ar-Raqqa"). Districts: the name of the Who's On First county mapped to the district, because WOF counties carry
 * OCHA's admin2 spellings ("Jebel Saman", "Al Ma'ra"). Sub-districts: OpenSyria's English name, already OCHA's.
 *
 * <p>WOF gives a place's county (its district) but no sub-district, and no ADM3 boundaries are shipped, so admin3
 * is an approximation: the sub-district of that district named like the place (sub-districts are named after their
 * seat: Khanasir is the seat of Khanaser), else the one nearest relative to its size
 * ({@link AdminUnit#relativeDistance2}).
 */
final class SyrianAdmin {
    static final Map<String, String> ACLED_GOVERNORATE = Map.ofEntries(
            Map.entry("sy-al-hasakah", "Al-Hasakeh"), Map.entry("sy-aleppo", "Aleppo"),
            Map.entry("sy-as-suwayda", "As-Sweida"), Map.entry("sy-damascus", "Damascus"),
            Map.entry("sy-daraa", "Dar'a"), Map.entry("sy-deir-ez-zor", "Deir-ez-Zor"),
            Map.entry("sy-hama", "Hama"), Map.entry("sy-homs", "Homs"), Map.entry("sy-idlib", "Idleb"),
            Map.entry("sy-latakia", "Lattakia"), Map.entry("sy-quneitra", "Quneitra"),
            Map.entry("sy-raqqa", "Ar-Raqqa"), Map.entry("sy-rif-dimashq", "Rural Damascus"),
            Map.entry("sy-tartus", "Tartous"));

    private final OpenSyriaUnits units;
    private final Map<String, String> acledName = new HashMap<>();
    private final Map<String, String> districtOfCounty = new HashMap<>();

    SyrianAdmin(OpenSyriaUnits units) {
        this.units = units;
        for (AdminUnit u : units.all()) {
            acledName.put(u.key(), u.level() == 1 ? ACLED_GOVERNORATE.getOrDefault(u.key(), u.name()) : u.name());
        }
    }

    /** The ACLED spelling of a unit's name. */
    String acledName(AdminUnit unit) {
        return acledName.get(unit.key());
    }

    /**
     * Maps a WOF county to its OpenSyria district: a district of the county's governorate (or any, when WOF does not
     * say) one of whose names has the same key as one of the county's names, else the nearest; the county's primary
     * name becomes the district's ACLED name.
     */
    AdminUnit mapCounty(String countyId, String regionGeonamesId, List<String> countyNames, double lat, double lon) {
        String gov = units.governorateByGeonamesId(regionGeonamesId).map(AdminUnit::key).orElse(null);
        List<AdminUnit> candidates = units.children(2, gov);
        AdminUnit district = byName(candidates, countyNames, false)
                .or(() -> byName(candidates, countyNames, true))
                .orElseGet(() -> units.nearest(2, gov, lat, lon));
        districtOfCounty.put(countyId, district.key());
        if (!countyNames.isEmpty() && acledName.get(district.key()).equals(district.name())) {
            acledName.put(district.key(), countyNames.get(0));
        }
        return district;
    }

    private static Optional<AdminUnit> byName(List<AdminUnit> candidates, List<String> names, boolean loose) {
        for (AdminUnit d : candidates) {
            for (String unitName : concat(d.name(), d.names())) {
                for (String n : names) {
                    if (key(unitName, loose).equals(key(n, loose)) && !key(n, loose).isEmpty()) {
                        return Optional.of(d);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String key(String s, boolean loose) {
        return loose ? NameKey.fold(s) : NameKey.normalize(s);
    }

    private static List<String> concat(String first, List<String> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
    }

    /** Sets the draft's admin names from its WOF county when known, else from the nearest sub-district. */
    void assign(PlaceDraft p) {
        String districtKey = p.wofCountyId == null ? null : districtOfCounty.get(p.wofCountyId);
        AdminUnit sub = districtKey == null ? null : namesake(units.children(3, districtKey), p);
        if (sub == null) {
            sub = units.nearest(3, districtKey, p.lat, p.lon);
        }
        assignFrom(p, sub);
    }

    /** The sub-district among {@code subs} one of whose names folds like the place's primary name, if any. */
    private static AdminUnit namesake(List<AdminUnit> subs, PlaceDraft p) {
        String key = NameKey.fold(p.name);
        if (key.isEmpty()) {
            return null;
        }
        for (AdminUnit s : subs) {
            if (concat(s.name(), s.names()).stream().anyMatch(n -> NameKey.fold(n).equals(key))) {
                return s;
            }
        }
        return null;
    }

    /** Fills the three names from a sub-district and its parents. */
    void assignFrom(PlaceDraft p, AdminUnit unit) {
        AdminUnit u = unit;
        while (u != null) {
            String n = acledName(u);
            switch (u.level()) {
                case 3 -> p.admin3 = n;
                case 2 -> p.admin2 = n;
                default -> p.admin1 = n;
            }
            u = u.parentKey() == null ? null : units.get(u.parentKey());
        }
    }
}
