package org.frontline.gazetteer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.frontline.FrontlineException;

/**
 * Derives the bundled gazetteer from the shared geo directory: OpenSyria admin units, Who's On First Syrian places,
 * GeoNames cities500 (all of the focus countries, towns of 2,000+ elsewhere: {@link Villages}) and one entry per ISO
 * country. Entries
 * with the same GeoNames id are merged (names united); output is sorted by id so a rebuild is byte-reproducible.
 *
 * <p>Admin names: Syrian places get ACLED's governorate/district/sub-district spellings ({@link SyrianAdmin});
 * other countries' places get their first-level unit's GeoNames name in ACLED's style ({@link WorldAdmin1}), and
 * each such unit is a place of its own; their admin2/admin3 names are not in the shared data and stay null.
 */
public final class GazetteerBuilder {
    /** Where {@code frontline-core} keeps the bundled resource, relative to the module directory. */
    public static final String RESOURCE = "org/frontline/gazetteer/places.tsv.gz";
    private static final Set<String> ADMIN_CODES = Set.of("ADM1", "ADM2", "ADM3", "PCLI");

    private final Map<String, PlaceDraft> drafts = new TreeMap<>();
    private final OpenSyriaUnits units;
    private final SyrianAdmin admin;

    private GazetteerBuilder(Path geoDir) {
        this.units = OpenSyriaUnits.read(geoDir.resolve("opensyria"));
        this.admin = new SyrianAdmin(units);
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: GazetteerBuilder GEO_DIR OUTPUT.tsv.gz");
            System.exit(2);
        }
        List<Place> places = build(Path.of(args[0]));
        write(places, Path.of(args[1]));
        System.out.println(places.size() + " places written to " + args[1]);
    }

    /** All places, sorted by id. */
    public static List<Place> build(Path geoDir) {
        GazetteerBuilder b = new GazetteerBuilder(geoDir);
        List<Map<String, String>> wof = WofPlaces.read(geoDir.resolve("syria-places-wof.csv"));
        b.addAdminUnits(wof);
        b.addWofPlaces(wof);
        List<PlaceDraft> cities = GeoNamesCities.read(geoDir.resolve("geonames-cities500.txt.gz"));
        cities.forEach(b::addCity);
        b.drafts.values().stream().filter(d -> "SY".equals(d.country) && !"A".equals(d.featureClass))
                .forEach(b.admin::assign);
        b.placeGovernoratesAtSeats();
        PairedVillages.name(b.drafts.values());
        WorldAdmin1 world = WorldAdmin1.bundled();
        world.nameUnknownUnitsAfterSeats(cities);
        Admin1Schemes.bundled().regroup(cities, world);
        for (PlaceDraft c : cities) {
            if (!"SY".equals(c.country)) {
                c.admin1 = world.acledName(c.country, c.admin1Code);
            }
            c.dropShortFormOfUnit();
        }
        world.units(cities).forEach(b::put);
        b.addCountries(geoDir.resolve("world-countries-50m.geojson"), cities, wof);
        return b.drafts.values().stream().map(PlaceDraft::toPlace).sorted(Comparator.comparing(Place::id)).toList();
    }

    /**
     * Puts each Syrian governorate at its seat instead of its centroid: ACLED codes an event known only to the
     * governorate at the seat (8 of the 10 such Syrian rows of May 2020 lie within 10 km of it, none of the centroid),
     * and the governorate's point serves nothing else but to place such events.
     */
    private void placeGovernoratesAtSeats() {
        Map<String, PlaceDraft> seats = new HashMap<>();
        for (PlaceDraft d : drafts.values()) {
            if ("SY".equals(d.country) && d.admin1 != null
                    && ("PPLA".equals(d.featureCode) || "PPLC".equals(d.featureCode))) {
                seats.putIfAbsent(d.admin1, d);
            }
        }
        for (PlaceDraft d : drafts.values()) {
            PlaceDraft seat = "SY".equals(d.country) && "ADM1".equals(d.featureCode) ? seats.get(d.admin1) : null;
            if (seat != null) {
                d.lat = seat.lat;
                d.lon = seat.lon;
            }
        }
    }

    public static void write(List<Place> places, Path out) {
        try {
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                PlaceTsv.write(places, os);
            }
        } catch (IOException e) {
            throw new FrontlineException("cannot write gazetteer to " + out, e);
        }
    }

    /** Governorates, districts, sub-districts, with the names of the WOF regions and counties mapped to them. */
    private void addAdminUnits(List<Map<String, String>> wof) {
        Map<String, List<String>> extraNames = new HashMap<>();
        for (Map<String, String> row : wof) {
            String type = row.get("placetype");
            if ("region".equals(type)) {
                units.governorateByGeonamesId(row.get("geonames_id")).ifPresent(
                        g -> extraNames.computeIfAbsent(g.key(), k -> new ArrayList<>()).addAll(WofPlaces.names(row)));
            } else if ("county".equals(type)) {
                String regionGeonames = wof.stream()
                        .filter(r -> r.get("wof_id").equals(row.get("region_id")) && "region".equals(r.get("placetype")))
                        .map(r -> r.get("geonames_id")).findFirst().orElse(null);
                AdminUnit district = admin.mapCounty(row.get("wof_id"), regionGeonames, WofPlaces.names(row),
                        Double.parseDouble(row.get("lat")), Double.parseDouble(row.get("lon")));
                extraNames.computeIfAbsent(district.key(), k -> new ArrayList<>()).addAll(WofPlaces.names(row));
            }
        }
        for (AdminUnit u : units.all()) {
            PlaceDraft d = new PlaceDraft(u.placeId(), admin.acledName(u), u.lat(), u.lon(), "A", "ADM" + u.level(),
                    "SY");
            d.population = u.population();
            d.addName(u.name());
            d.addName(admin.acledName(u));
            d.addNames(u.names());
            d.addNames(extraNames.getOrDefault(u.key(), List.of()));
            admin.assignFrom(d, u);
            put(d);
        }
    }

    private void addWofPlaces(List<Map<String, String>> wof) {
        for (Map<String, String> row : wof) {
            String type = row.get("placetype");
            if (!Set.of("locality", "neighbourhood", "campus").contains(type)) {
                continue;
            }
            String[] feature = WofPlaces.feature(row);
            PlaceDraft d = new PlaceDraft(WofPlaces.placeId(row), WofPlaces.primaryName(row),
                    Double.parseDouble(row.get("lat")), Double.parseDouble(row.get("lon")), feature[0], feature[1],
                    "SY");
            d.addName(d.name);
            d.addNames(WofPlaces.names(row));
            d.wofCountyId = WofPlaces.parent(row, "county_id");
            put(d);
        }
    }

    /** A GeoNames city; when its id is already there, its names are merged and its code and population taken. */
    private void addCity(PlaceDraft city) {
        PlaceDraft existing = drafts.get(city.id);
        if (existing == null) {
            drafts.put(city.id, city);
            return;
        }
        existing.addNames(city.names());
        if ("P".equals(existing.featureClass)) {
            existing.featureCode = city.featureCode;
            existing.population = Math.max(existing.population, city.population);
            if (!WofPlaces.isLatin(existing.name)) {
                existing.name = city.name;
            }
        }
    }

    private void addCountries(Path geojson, List<PlaceDraft> cities, List<Map<String, String>> wof) {
        Map<String, PlaceDraft> capitals = new TreeMap<>();
        for (PlaceDraft c : cities) {
            if ("PPLC".equals(c.featureCode)) {
                capitals.merge(c.country, c, (a, b) -> a.population >= b.population ? a : b);
            }
        }
        Map<String, String> ids = new HashMap<>();
        List<String> syriaNames = new ArrayList<>();
        for (Map<String, String> row : wof) {
            if ("country".equals(row.get("placetype"))) {
                ids.put("SY", WofPlaces.placeId(row));
                syriaNames.addAll(WofPlaces.names(row));
            }
        }
        for (PlaceDraft country : WorldCountries.read(geojson, capitals, ids)) {
            if ("SY".equals(country.country)) {
                country.addNames(syriaNames);
            }
            put(country);
        }
    }

    /** Adds a draft, or merges its names into the entry already holding its id (an admin unit keeps its code). */
    private void put(PlaceDraft d) {
        PlaceDraft existing = drafts.get(d.id);
        if (existing == null) {
            drafts.put(d.id, d);
        } else {
            existing.addNames(d.names());
            if (!ADMIN_CODES.contains(existing.featureCode) && existing.wofCountyId == null) {
                existing.wofCountyId = d.wofCountyId;
            }
        }
    }
}
