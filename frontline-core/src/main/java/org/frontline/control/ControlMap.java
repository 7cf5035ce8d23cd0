package org.frontline.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.frontline.text.NameKey;

/** The control timelines of every place some event speaks of, ordered by place name. */
public record ControlMap(List<PlaceTimeline> timelines) {
    public ControlMap {
        timelines = timelines.stream().sorted(Comparator.comparing((PlaceTimeline t) -> t.place().name())
                .thenComparing(t -> t.place().id())).toList();
    }

    /**
     * The timeline of a place given by id ("geonames:168351") or by name in any spelling the folding key joins
     * ("Khanacer", "Khanāşir"); empty when no event speaks of it.
     */
    public Optional<PlaceTimeline> find(String place) {
        String key = NameKey.fold(place);
        return timelines.stream().filter(t -> place.equals(t.place().id())).findFirst()
                .or(() -> timelines.stream().filter(t -> NameKey.fold(t.place().name()).equals(key)).findFirst());
    }

    /** The claim in force at every place on {@code day} (places nobody claimed by then are left out). */
    public List<ControlClaim> at(LocalDate day) {
        return timelines.stream().map(t -> t.at(day)).flatMap(Optional::stream).toList();
    }

    /** Every day on which some place changed hands, oldest first. */
    public List<LocalDate> changeDays() {
        return timelines.stream().flatMap(t -> t.claims().stream()).map(ControlClaim::from).distinct().sorted()
                .toList();
    }
}
