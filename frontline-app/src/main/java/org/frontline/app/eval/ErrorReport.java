package org.frontline.app.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.FrontlineException;
import org.frontline.events.Event;
import org.frontline.events.Location;
import org.frontline.geoparse.Geo;

/**
 * The error-analysis side of {@code eval acled --errors FILE}: one TSV line per row coded wrong on sub-event type,
 * actors, fatalities or location, each error put in a category so the biggest ones can be attacked first (no event;
 * actor missing, extra, or a generic actor with the wrong country; fatalities missed, invented or miscounted;
 * location none, far (over 161 km), near (10 to 161 km), admin1 wrong), then the
 * gold × coded sub-event-type confusion counts and the totals per category.
 */
final class ErrorReport {
    private static final Pattern GENERIC = Pattern.compile(
            "^(civilians|protesters|rioters|unidentified armed group|unidentified gang) \\((.+)\\)$");

    private final List<String> lines = new ArrayList<>();
    private final Map<String, Integer> confusion = new TreeMap<>();
    private final Map<String, Integer> categories = new TreeMap<>();

    void add(AcledRow row, Event first) {
        String coded = first == null ? "NONE" : first.subEventType();
        if (!coded.equals(row.subEventType())) {
            confusion.merge(row.subEventType() + "\t" + coded, 1, Integer::sum);
        }
        Set<String> gold = ActorNames.set(row.actor1(), row.actor2());
        Set<String> got = first == null ? Set.of() : ActorNames.set(first.actor1(), first.actor2());
        List<String> errors = new ArrayList<>();
        if (first == null) {
            errors.add("no-event");
        } else {
            for (String g : gold) {
                if (!got.contains(g)) {
                    errors.add(wrongCountry(g, got) ? "actor-generic-wrong-country" : "actor-missing");
                }
            }
            got.stream().filter(p -> !gold.contains(p) && !wrongCountry(p, gold)).forEach(p -> errors.add("actor-extra"));
            locationErrors(row, first.location(), errors);
            int f = first.fatalities();
            if (f != row.fatalities()) {
                errors.add(f == 0 ? "fatalities-missed" : row.fatalities() == 0 ? "fatalities-invented"
                        : "fatalities-miscounted");
            }
        }
        errors.forEach(e -> categories.merge(e, 1, Integer::sum));
        if (!errors.isEmpty() || !coded.equals(row.subEventType())) {
            lines.add(String.join("\t", String.valueOf(row.line()), row.country(), row.subEventType(), coded,
                    String.join("; ", gold), String.join("; ", got), String.valueOf(row.fatalities()),
                    first == null ? "" : String.valueOf(first.fatalities()), String.join(",", errors),
                    row.admin1() + " " + row.latitude() + "," + row.longitude(),
                    first == null ? "" : codedPlace(row, first.location()), row.notes().replaceAll("\\s+", " ")));
        }
    }

    /** No location, one beyond 161 km or beyond 10 km of ACLED's point; a wrong first-level unit. */
    private static void locationErrors(AcledRow row, Location loc, List<String> errors) {
        if (loc == null) {
            errors.add("location-none");
            return;
        }
        double km = Geo.km(row.latitude(), row.longitude(), loc.lat(), loc.lon());
        if (km > AcledTally.FAR_KM) {
            errors.add("location-far");
        } else if (km > AcledTally.NEAR_KM) {
            errors.add("location-near");
        }
        if (loc.admin1() == null || !loc.admin1().strip().equalsIgnoreCase(row.admin1())) {
            errors.add("admin1-wrong");
        }
    }

    private static String codedPlace(AcledRow row, Location loc) {
        return loc == null ? "" : loc.name() + " (" + loc.admin1() + ", " + loc.country() + ", precision "
                + loc.geoPrecision() + ") " + Math.round(Geo.km(row.latitude(), row.longitude(), loc.lat(), loc.lon()))
                + " km";
    }

    /** "civilians (germany)" against a gold "civilians (mexico)": the same generic kind in another country. */
    private static boolean wrongCountry(String name, Set<String> others) {
        Matcher m = GENERIC.matcher(name);
        if (!m.matches()) {
            return false;
        }
        for (String o : others) {
            Matcher n = GENERIC.matcher(o);
            if (n.matches() && n.group(1).equals(m.group(1)) && !n.group(2).equals(m.group(2))) {
                return true;
            }
        }
        return false;
    }

    void write(Path file) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            PrintWriter p = new PrintWriter(w);
            p.println("line\tcountry\tgold_sub_event_type\tcoded_sub_event_type\tgold_actors\tcoded_actors"
                    + "\tgold_fatalities\tcoded_fatalities\terrors\tgold_place\tcoded_place\tnotes");
            lines.forEach(p::println);
            p.println();
            p.println("# confusion: count\tgold\tcoded, most frequent first");
            confusion.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(e -> p.println("# " + e.getValue() + "\t" + e.getKey()));
            p.println("# error categories: count\tcategory");
            categories.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(e -> p.println("# " + e.getValue() + "\t" + e.getKey()));
            p.flush();
        } catch (IOException e) {
            throw new FrontlineException("cannot write the error report " + file + ": " + e.getMessage(), e);
        }
    }
}
