package org.frontline.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.frontline.gazetteer.KeyIndexGazetteer;
import org.frontline.gazetteer.Place;
import org.frontline.gazetteer.PlaceMatch;
import org.junit.jupiter.api.Test;

/**
 * Speed round 29g: {@link ShortNames#onePlace} compares each match's place with the first where the country's
 * single-place test counted the distinct places through a set. Both answer alike for every capitalised surface's
 * loose matches in the test reports, whole and kept to each of their countries, and for lists holding one place
 * twice (the same record, and an equal copy of it).
 */
class OnePlaceTest {
    private static final KeyIndexGazetteer GAZETTEER = KeyIndexGazetteer.loadBundled();

    private static boolean distinctForm(List<PlaceMatch> matches) {
        return matches.stream().map(PlaceMatch::place).distinct().count() == 1;
    }

    @Test
    void answersAsTheDistinctCountOnTheReportsMatches() throws IOException {
        SpanLookups lookups = new SpanLookups(GAZETTEER, new SecondLevelUnits(GAZETTEER), new BareNames());
        int one = 0;
        int several = 0;
        for (String surface : SpanLookupsTest.capitalisedSurfaces(SpanLookupsTest.REPORTS)) {
            List<PlaceMatch> all = lookups.loose(surface);
            List<List<PlaceMatch>> lists = new ArrayList<>();
            lists.add(all);
            Set<String> countries = new LinkedHashSet<>();
            all.forEach(m -> countries.add(m.place().country()));
            for (String country : countries) {
                lists.add(all.stream().filter(m -> country != null && country.equals(m.place().country())).toList());
            }
            if (!all.isEmpty()) {
                PlaceMatch m = all.get(0);
                Place p = m.place();
                Place copy = new Place(p.id(), p.name(), p.lat(), p.lon(), p.featureClass(), p.featureCode(),
                        p.country(), p.admin1(), p.admin2(), p.admin3(), p.population(), List.copyOf(p.names()));
                lists.add(List.of(m, m));
                lists.add(List.of(m, new PlaceMatch(copy, false, "other")));
            }
            for (List<PlaceMatch> list : lists) {
                boolean expected = distinctForm(list);
                assertThat(ShortNames.onePlace(list)).as(surface + " " + list).isEqualTo(expected);
                one += expected ? 1 : 0;
                several += !expected && list.size() > 1 ? 1 : 0;
            }
        }
        assertThat(ShortNames.onePlace(List.of())).isFalse();
        assertThat(one).isGreaterThan(100);
        assertThat(several).isGreaterThan(20);
    }
}
