package org.frontline.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.frontline.AnchoredPattern;
import org.frontline.FrontlineException;
import org.frontline.ResourceLines;
import org.frontline.actors.ActorCatalog;
import org.frontline.actors.ActorRef;
import org.frontline.actors.GenericKind;

/**
 * Front lines where fire is reported without a side (the OSCE's ceasefire-violation counts in Donbas) and ACLED
 * codes the two sides that face each other there ({@code contact-lines.tsv}). The cue also tells the country
 * when the place is unknown. Who holds the place the fire was observed near ({@code front-control.tsv}) tells
 * who fired: the side facing it.
 */
final class ContactLines {
    /**
     * A matched front line: its country and the two sides, as ACLED names them at the report's date.
     *
     * @param holder the side holding the place the fire was observed near (sideA or sideB), null when unknown
     */
    record Line(String country, ActorRef sideA, ActorRef sideB, ActorRef holder) {
        /** The side that fired on the held place: the one facing its holder; null when the holder is unknown. */
        ActorRef facing() {
            return holder == null ? null : opposite(holder);
        }

        List<ActorRef> sides() {
            return List.of(sideA, sideB);
        }

        /** The side facing {@code side} across the line. */
        ActorRef opposite(ActorRef side) {
            return side.equals(sideA) ? sideB : sideA;
        }
    }

    /** A line's cue is an {@link AnchoredPattern}: most reports name none of its words and are not scanned by it. */
    private record Entry(String country, AnchoredPattern cue, String sideA, String sideB) {
    }

    /** Settlements held by one side of a country's front line, matched as the place fire was observed near. */
    private record Held(String country, String holder, Pattern near) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final List<Held> held = new ArrayList<>();

    ContactLines() {
        for (String line : ResourceLines.of(ContactLines.class, "contact-lines.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length != 4) {
                throw new FrontlineException("contact-lines.tsv: expected country, cue, side A, side B in '" + line
                        + "'");
            }
            entries.add(new Entry(cols[0], AnchoredPattern.compile("\\b(?:" + cols[1] + ")\\b",
                    Pattern.CASE_INSENSITIVE), cols[2], cols[3]));
        }
        for (String line : ResourceLines.of(ContactLines.class, "front-control.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length != 3 || entries.stream().noneMatch(e -> e.country().equals(cols[0])
                    && (e.sideA().equals(cols[1]) || e.sideB().equals(cols[1])))) {
                throw new FrontlineException("front-control.tsv: expected country, a side of that country's "
                        + "contact line, names in '" + line + "'");
            }
            String names = Arrays.stream(cols[2].split("\\|")).sorted(Comparator.comparingInt(String::length)
                    .reversed()).map(Pattern::quote).collect(Collectors.joining("|"));
            // "near Donetsk Filtration Station" is not Donetsk: the name must end where the place's name ends
            held.add(new Held(cols[0], cols[1], Pattern.compile("\\b(?:near|close to|près de|pr[eè]s d'|"
                    + "à proximité de) (?:the )?(" + names + ")(?![\\w-]| \\p{Lu})")));
        }
    }

    /** The front line {@code text} (its {@link AnchoredPattern#fold}: {@code folded}) reports fire on, if its cue is there. */
    Optional<Line> in(String text, String folded, ActorCatalog catalog, LocalDate date) {
        for (Entry e : entries) {
            if (e.cue().matcher(text, folded).find()) {
                ActorRef a = side(e.sideA(), e.country(), catalog, date);
                ActorRef b = side(e.sideB(), e.country(), catalog, date);
                String holder = holder(e.country(), text);
                return Optional.of(new Line(e.country(), a, b, holder == null ? null
                        : holder.equals(e.sideA()) ? a : b));
            }
        }
        return Optional.empty();
    }

    /** The side holding the first place of the country's front that the text observes fire near, if known. */
    private String holder(String country, String text) {
        String found = null;
        int at = Integer.MAX_VALUE;
        for (Held h : held) {
            Matcher m = h.near().matcher(text);
            if (h.country().equals(country) && m.find() && m.start() < at) {
                found = h.holder();
                at = m.start();
            }
        }
        return found;
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
