package org.frontline.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.frontline.text.NameKey;

/**
 * A place while the builder is still merging sources into it: several sources may contribute names to one id
 * (WOF and GeoNames share GeoNames ids; OpenSyria units and WOF regions share them too). Build-time only.
 */
final class PlaceDraft {
    final String id;
    String name;
    double lat;
    double lon;
    String featureClass;
    String featureCode;
    String country;
    String admin1;
    String admin2;
    String admin3;
    long population;
    /** GeoNames' admin1 code ("15" of YE.15), to name the unit; null when the source has none. */
    String admin1Code;
    /** GeoNames' admin2 code (a district, an okrug), for countries whose ACLED admin1 is built from it; or null. */
    String admin2Code;
    /** WOF parent ids, used to fill admin names; null when the source has none. */
    String wofRegionId;
    String wofCountyId;
    /**
     * The one-word name a village abroad goes by ("Tenancingo"), kept as its only alternate name; null when none. It
     * is dropped again where it is its first-level unit's name ({@link #dropShortFormOfUnit}).
     */
    String shortForm;
    private final TreeSet<String> names = new TreeSet<>();

    PlaceDraft(String id, String name, double lat, double lon, String featureClass, String featureCode,
               String country) {
        this.id = id;
        this.name = name;
        this.lat = lat;
        this.lon = lon;
        this.featureClass = featureClass;
        this.featureCode = featureCode;
        this.country = country;
    }

    /** A draft holding everything of {@code p}, to merge more names into it. */
    static PlaceDraft of(Place p) {
        PlaceDraft d = new PlaceDraft(p.id(), p.name(), p.lat(), p.lon(), p.featureClass(), p.featureCode(),
                p.country());
        d.admin1 = p.admin1();
        d.admin2 = p.admin2();
        d.admin3 = p.admin3();
        d.population = p.population();
        d.addName(p.name());
        d.addNames(p.names());
        return d;
    }

    /** Adds a name after trimming it and replacing the characters the resource format reserves. */
    void addName(String n) {
        if (n == null) {
            return;
        }
        String clean = n.replace('\t', ' ').replace('|', ' ').replace('\n', ' ').replace('\r', ' ').strip();
        if (!clean.isEmpty()) {
            names.add(clean);
        }
    }

    /**
     * Drops the {@link #shortForm} when it is the name of the first-level unit the place lies in: "Sinaloa" is the
     * state, not Sinaloa de Leyva, whatever GeoNames lists among the town's names.
     */
    void dropShortFormOfUnit() {
        if (shortForm != null && admin1 != null && !shortForm.equals(name)
                && NameKey.normalize(shortForm).equals(NameKey.normalize(admin1))) {
            names.remove(shortForm);
        }
    }

    void addNames(Iterable<String> more) {
        more.forEach(this::addName);
    }

    List<String> names() {
        return new ArrayList<>(names);
    }

    Place toPlace() {
        List<String> others = new ArrayList<>(names);
        others.remove(name);
        return new Place(id, name, lat, lon, featureClass, featureCode, country, admin1, admin2, admin3,
                population, others);
    }
}
