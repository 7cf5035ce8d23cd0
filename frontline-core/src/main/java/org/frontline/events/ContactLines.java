package org.frontline.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.frontline.FrontlineException;
import org.frontline.ResourceLines;
import org.frontline.actors.ActorCatalog;
import org.frontline.actors.ActorRef;
import org.frontline.actors.GenericKind;

/**
 * Front lines where fire is reported without a side (the OSCE's ceasefire-violation counts in Donbas) and ACLED
 * codes the two sides that face each other there ({@code contact-lines.tsv}). The cue also tells the country
 * when the place is unknown.
 */
final class ContactLines {
    /** A matched front line: its country and the two sides, as ACLED names them at the report's date. */
    record Line(String country, ActorRef sideA, ActorRef sideB) {
    }

    private record Entry(String country, Pattern cue, String sideA, String sideB) {
    }

    private final List<Entry> entries = new ArrayList<>();

    ContactLines() {
        for (String line : ResourceLines.of(ContactLines.class, "contact-lines.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length != 4) {
                throw new FrontlineException("contact-lines.tsv: expected country, cue, side A, side B in '" + line
                        + "'");
            }
            entries.add(new Entry(cols[0], Pattern.compile("\\b(?:" + cols[1] + ")\\b", Pattern.CASE_INSENSITIVE),
                    cols[2], cols[3]));
        }
    }

    /** The front line {@code text} reports fire on, if its cue is there. */
    Optional<Line> in(String text, ActorCatalog catalog, LocalDate date) {
        for (Entry e : entries) {
            if (e.cue().matcher(text).find()) {
                return Optional.of(new Line(e.country(), side(e.sideA(), e.country(), catalog, date),
                        side(e.sideB(), e.country(), catalog, date)));
            }
        }
        return Optional.empty();
    }

    private static ActorRef side(String name, String country, ActorCatalog catalog, LocalDate date) {
        for (GenericKind k : GenericKind.values()) {
            if (k.key().equals(name)) {
                return catalog.generic(k, country, date, country);
            }
        }
        return catalog.resolve(name, date, country);
    }
}
