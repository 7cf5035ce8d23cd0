package org.frontline.events;

import java.util.ArrayList;
import java.util.List;
import org.frontline.claims.Attribution;

/** An ACLED-style one-line summary of an event: "On 2018-01 (month), X regained territory from Y in Z (Aleppo)." */
final class Notes {
    private Notes() {
    }

    /**
     * What the notes tell of an event: the fields they read. The merger writes the notes from these before it builds
     * the event, so that the event is built once.
     */
    record Summary(String eventDate, int timePrecision, String actor1, List<String> assocActor1, String subEventType,
                   String actor2, Location location, List<Attribution> attribution, int fatalities) {
    }

    static String of(Summary e) {
        // sized for a typical line, so that it is not copied as it grows; every event gets one
        StringBuilder sb = new StringBuilder(NOTE_CAPACITY).append("On ").append(e.eventDate());
        sb.append(switch (e.timePrecision()) {
            case 2 -> " (week)";
            case 3 -> " (month)";
            default -> "";
        });
        sb.append(", ").append(e.actor1() == null ? "an unidentified actor" : e.actor1());
        if (!e.assocActor1().isEmpty()) {
            sb.append(" (with ").append(String.join(", ", e.assocActor1())).append(')');
        }
        sb.append(' ').append(verb(e.subEventType()));
        if (e.actor2() != null) {
            sb.append(' ').append(e.subEventType().endsWith("territory") ? "from " : "against ").append(e.actor2());
        }
        if (e.location() != null) {
            sb.append(e.location().geoPrecision() == 1 ? " in " : " in the area of ").append(e.location().name());
            if (e.location().admin1() != null && !e.location().admin1().equals(e.location().name())) {
                sb.append(" (").append(e.location().admin1()).append(')');
            }
        }
        sb.append('.');
        if (!e.attribution().isEmpty()) {
            sb.append(" According to ").append(String.join("; ", tellers(e.attribution()))).append('.');
        }
        sb.append(e.fatalities() == 0 ? " No fatalities reported." : " " + e.fatalities() + " fatalities.");
        return sb.toString();
    }

    /** A line of notes is 100-250 chars. */
    private static final int NOTE_CAPACITY = 256;

    /**
     * Each attribution as the notes name it ("SOHR", "AFP citing SANA"), each once, in order of first appearance:
     * a loop over the one to three attributions of an event, where a stream with distinct() and a joining collector
     * set up a pipeline, a hash set and a joiner for every event.
     */
    private static List<String> tellers(List<Attribution> attribution) {
        List<String> out = new ArrayList<>(attribution.size());
        for (Attribution a : attribution) {
            String teller = a.via().isEmpty() ? a.source() : a.source() + " citing " + String.join(", ", a.via());
            if (!out.contains(teller)) {
                out.add(teller);
            }
        }
        return out;
    }

    private static String verb(String subEventType) {
        return switch (subEventType) {
            case "Government regains territory" -> "regained territory";
            case "Non-state actor overtakes territory" -> "took territory";
            case "Armed clash" -> "clashed";
            case "Air/drone strike" -> "carried out an air/drone strike";
            case "Shelling/artillery/missile attack" -> "shelled";
            case "Peaceful protest" -> "protested peacefully";
            default -> "was involved in: " + subEventType.toLowerCase(java.util.Locale.ROOT);
        };
    }
}
