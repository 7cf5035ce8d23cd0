package org.frontline.geoparse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.AnchoredPattern;
import org.frontline.FrontlineException;
import org.frontline.ResourceLines;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.gazetteer.Place;

/**
 * Observers whose reports name places without their country ({@code theatres.tsv}): the OSCE's monitors count
 * "explosions near Lozove" on the Donbas contact line, and the Lozove of Khmelnytskyi, 800 km away, is a namesake.
 * The cue gives the document its country and first-level units (so villages inside them win and those outside are
 * doubtful), and when no place of the report is known the theatre itself stands for it, at region precision.
 */
final class Theatres {
    /** Under any confident place ({@code Locations}' 0.35) and a doubtful one's 0.5: any named town wins. */
    static final double CONFIDENCE = 0.4;
    private static final double KNOWN_PLACE = 0.35;

    /** A theatre found in a text: its country, its units' context keys, and where its cue is. */
    record Match(String country, Set<String> unitKeys, Place area, int start, int end, String text) {
    }

    private record Entry(String country, AnchoredPattern cue, List<String> units) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Gazetteer gazetteer;

    Theatres(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (String line : ResourceLines.of(Theatres.class, "theatres.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length != 3) {
                throw new FrontlineException("theatres.tsv: expected country, cue, units in '" + line + "'");
            }
            entries.add(new Entry(cols[0],
                    AnchoredPattern.compile("\\b(?:" + cols[1] + ")\\b", Pattern.CASE_INSENSITIVE),
                    List.of(cols[2].split(","))));
        }
    }

    /**
     * The first theatre whose cue {@code body} contains; {@code folded} is its
     * {@link org.frontline.text.AnalyzedText#folded()}.
     */
    Optional<Match> in(String body, String folded) {
        for (Entry e : entries) {
            // the cue's anchors first: most documents name no theatre, and a matcher was made for each cue of each
            if (!e.cue().mayMatchFolded(folded)) {
                continue;
            }
            Matcher m = e.cue().pattern().matcher(body);
            if (m.find()) {
                Set<String> keys = new HashSet<>();
                for (String u : e.units()) {
                    keys.add(e.country() + "/" + u);
                }
                Place area = gazetteer.admin1(e.country(), e.units().get(0)).orElse(null);
                return Optional.of(new Match(e.country(), keys, area, m.start(), m.end(), m.group()));
            }
        }
        return Optional.empty();
    }

    /**
     * The mentions, a place outside the theatre's country made doubtful (the OSCE's monitors report from Ukraine:
     * their "Shevchenko" is a village there, not Aktau, once Shevchenko, in Kazakhstan), and the theatre's area
     * added at its cue when none of them is a known place below a country.
     */
    static List<PlaceMention> standIn(List<PlaceMention> found, Optional<Match> theatre) {
        List<PlaceMention> mentions = theatre.isEmpty() ? found : found.stream().map(m -> m.place() == null
                || m.place().isCountry() || theatre.get().country().equals(m.place().country()) ? m
                : m.doubtful()).toList();
        if (theatre.isEmpty() || theatre.get().area() == null || mentions.stream().anyMatch(
                m -> m.place() != null && !m.place().isCountry() && m.confidence() >= KNOWN_PLACE)) {
            return mentions;
        }
        Match t = theatre.get();
        List<PlaceMention> out = new ArrayList<>(mentions);
        out.add(new PlaceMention(t.text(), t.start(), t.end(), CONFIDENCE, t.area(), null,
                PlaceMention.Relation.INSIDE, 3));
        out.sort(java.util.Comparator.comparingInt(PlaceMention::start));
        return out;
    }
}
