package org.frontline.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.frontline.gazetteer.KeyIndexGazetteer;
import org.frontline.gazetteer.Place;
import org.frontline.gazetteer.PlaceMatch;
import org.frontline.text.NameKey;
import org.junit.jupiter.api.Test;

/**
 * {@link PlaceResolver}'s shortcuts of speed round 18 tell what the plain forms tell, for every gazetteer match
 * (exact and loose) of the capitalised words and word pairs of French and English reports: a match by its primary
 * name with each name normalized once ({@link PlaceResolver#primaryName}), and a place inside named units without
 * making its unit's key ({@link PlaceResolver#inUnits}).
 */
class PlaceResolverTest {
    private static final KeyIndexGazetteer GAZETTEER = KeyIndexGazetteer.loadBundled();

    @Test
    void tellsAMatchByItsPrimaryNameAsNormalizingAnewDoes() throws IOException {
        PlaceResolver resolver = new PlaceResolver();
        List<PlaceMatch> matches = matches();
        int primary = 0;
        int byAliasOnly = 0;
        for (int round = 0; round < 2; round++) {
            for (PlaceMatch m : matches) {
                // the plain form: two ASCII words are compared in place since speed round 28g, by both shortcuts
                boolean expected = m.matchedName().equals(m.place().name())
                        || NameKey.normalize(m.matchedName()).equals(NameKey.normalize(m.place().name()));
                assertThat(resolver.primaryName(m)).as(m.matchedName() + " for " + m.place().name())
                        .isEqualTo(expected);
                assertThat(PlaceResolver.byPrimaryName(m)).as(m.matchedName() + " for " + m.place().name())
                        .isEqualTo(expected);
                primary += expected ? 1 : 0;
                byAliasOnly += !expected && !m.matchedName().equals(m.place().name()) ? 1 : 0;
            }
        }
        assertThat(matches).hasSizeGreaterThan(500);
        assertThat(primary).isGreaterThan(50);
        assertThat(byAliasOnly).isGreaterThan(50);
    }

    /** Speed round 28g: ASCII words meet ignoring case only; a name beyond ASCII is still normalized. */
    @Test
    void tellsAsciiNamesByTheirCaseAloneAndOthersByTheirKeys() {
        PlaceResolver resolver = new PlaceResolver();
        Place aleppo = new Place("geonames:1", "Aleppo", 36.2, 37.15, "P", "PPLA", "SY", "Aleppo", null, null,
                2_000_000, List.of("ALEPPO", "Alep", "Halab", "Ḩalab"));
        Place zor = new Place("geonames:2", "Deir ez-Zor", 35.3, 40.1, "P", "PPLA", "SY", "Deir ez-Zor", null, null,
                200_000, List.of("Deir ez Zor", "DEIR-EZ-ZOR", "Dayr az Zawr"));
        for (var c : List.of(List.of(aleppo, "ALEPPO", true), List.of(aleppo, "aleppo", true),
                List.of(aleppo, "Alep", false), List.of(aleppo, "Aleppo2", false), List.of(aleppo, "Ḩalab", false),
                List.of(aleppo, "Alepp\u00f3", true), List.of(zor, "Deir ez Zor", true),
                List.of(zor, "DEIR-EZ-ZOR", true), List.of(zor, "Dayr az Zawr", false))) {
            PlaceMatch m = new PlaceMatch((Place) c.get(0), true, (String) c.get(1));
            assertThat(resolver.primaryName(m)).as(m.matchedName()).isEqualTo(c.get(2));
            assertThat(PlaceResolver.byPrimaryName(m)).as(m.matchedName()).isEqualTo(c.get(2));
        }
        Place halab = new Place("geonames:3", "Ḩalab", 36.2, 37.15, "P", "PPL", "SY", "Aleppo", null, null, 0,
                List.of("Halab", "HALAB"));
        assertThat(resolver.primaryName(new PlaceMatch(halab, true, "HALAB"))).isTrue(); // one key beyond ASCII
        assertThat(PlaceResolver.byPrimaryName(new PlaceMatch(halab, true, "Halab"))).isTrue();
    }

    /**
     * Speed round 22: a match by another name is told with each name normalized once, as the plain form (not by its
     * primary name, and another fold key) tells it; both answers occur among the matches.
     */
    @Test
    void tellsAMatchByAnotherNameAsThePlainFormDoes() throws IOException {
        PlaceResolver resolver = new PlaceResolver();
        int other = 0;
        int spelling = 0;
        for (PlaceMatch m : matches()) {
            boolean expected = !PlaceResolver.byPrimaryName(m)
                    && !NameKey.fold(m.matchedName()).equals(NameKey.fold(m.place().name()));
            // the resolver's fold keys, kept by name, answer alike when made and when read again
            assertThat(resolver.isByOtherName(m)).as(m.matchedName() + " for " + m.place().name())
                    .isEqualTo(expected);
            assertThat(resolver.isByOtherName(m)).as(m.matchedName()).isEqualTo(expected);
            Place p = m.place();
            assertThat(resolver.isTownByOtherName(m)).as(m.matchedName())
                    .isEqualTo(!PlaceResolver.city(p) && !p.isAdmin() && !p.isCountry() && expected);
            other += expected ? 1 : 0;
            spelling += !expected && !PlaceResolver.byPrimaryName(m) ? 1 : 0;
        }
        assertThat(other).isGreaterThan(20);
        assertThat(spelling).isGreaterThan(5);
    }

    @Test
    void findsAPlaceInNamedUnitsAsItsUnitKeyDoes() throws IOException {
        List<PlaceMatch> matches = matches();
        Set<String> units = new HashSet<>();
        for (int i = 0; i < matches.size(); i += 7) {
            units.add(PlaceResolver.admin1Key(matches.get(i).place()));
        }
        units.add("null/null");
        units.add("SY/0");
        units.add("S/Y/01");
        List<Set<String>> sets = List.of(units, Set.of(), Set.of("SY/1"), Set.of("SY/10", "SY"), Set.of("null/01"));
        int inside = 0;
        int ofCountries = 0;
        for (Set<String> set : sets) {
            for (PlaceMatch m : matches) {
                Place p = m.place();
                boolean expected = set.contains(PlaceResolver.admin1Key(p));
                assertThat(PlaceResolver.inUnits(set, p)).as(p + " in " + set).isEqualTo(expected);
                inside += expected ? 1 : 0;
                // speed round 29g: a unit of the place's country, told without the prefix and the stream
                String prefix = p.country() + "/";
                boolean ofCountry = set.stream().anyMatch(u -> u.startsWith(prefix));
                assertThat(PlaceResolver.anyUnitOfCountry(set, p)).as(p + " country in " + set).isEqualTo(ofCountry);
                ofCountries += ofCountry ? 1 : 0;
            }
        }
        Place noUnit = new Place("x", "Nowhere", 1, 1, "P", "PPL", null, null, null, null, 0, List.of());
        assertThat(PlaceResolver.inUnits(Set.of("null/null"), noUnit)).isTrue();
        assertThat(PlaceResolver.inUnits(Set.of("null/nul"), noUnit)).isFalse();
        assertThat(PlaceResolver.anyUnitOfCountry(Set.of("null/x"), noUnit)).isTrue();
        assertThat(PlaceResolver.anyUnitOfCountry(Set.of("null", "nul/l", "SY/x"), noUnit)).isFalse();
        assertThat(ofCountries).isGreaterThan(inside).isLessThan(matches.size() * sets.size());
        assertThat(inside).isGreaterThan(50).isLessThan(matches.size());
    }

    /**
     * Speed round 21: the geoparser works out its candidates' scores before the anchors once, and chooses from them
     * twice, with no anchors and then with anchors among the usable matches: both choices are the ones scoring every
     * match afresh in that context gives, margins and scores to the bit.
     */
    @Test
    void choosesFromBasesWorkedOutOnceAsFromScoresMadeAfresh() throws IOException {
        PlaceResolver resolver = new PlaceResolver();
        SpanLookups lookups = new SpanLookups(GAZETTEER, new SecondLevelUnits(GAZETTEER), new BareNames());
        List<SpatialCue> cues = List.of(SpatialCue.NONE, new SpatialCue(true, null, null, false),
                new SpatialCue(false, PlaceMention.Relation.NEAR, null, true));
        int choices = 0;
        int moved = 0;
        for (String surface : SpanLookupsTest.capitalisedSurfaces(SpanLookupsTest.REPORTS)) {
            List<PlaceMatch> all = lookups.loose(surface);
            if (all.size() < 3) {
                continue;
            }
            Place last = all.get(all.size() - 1).place();
            for (SpatialCue cue : cues) {
                for (String country : new String[] {null, "SY", last.country()}) {
                    PlaceResolver.Context none = new PlaceResolver.Context(country,
                            Set.of(PlaceResolver.admin1Key(last)), Anchors.NONE);
                    double[] bases = resolver.bases(all, cue, none);
                    PlaceResolver.Choice first = resolver.choose(all, bases, none.anchors());
                    assertThat(first).as(surface).isEqualTo(resolver.choose(all, cue, none));
                    Anchors anchors = Anchors.of(List.of(last, first.match().place()));
                    PlaceResolver.Context with = new PlaceResolver.Context(country, none.admin1s(), anchors);
                    List<PlaceMatch> usable = new ArrayList<>();
                    double[] usableBases = new double[bases.length];
                    for (int k = 1; k < all.size(); k += 2) {
                        usableBases[usable.size()] = bases[k];
                        usable.add(all.get(k));
                    }
                    PlaceResolver.Choice second = resolver.choose(usable, usableBases, anchors);
                    assertThat(second).as(surface).isEqualTo(resolver.choose(usable, cue, with));
                    choices += 2;
                    moved += second.score() != resolver.choose(usable, cue, none).score() ? 1 : 0;
                }
            }
        }
        assertThat(choices).isGreaterThan(100);
        assertThat(moved).as("choices the anchors score up").isGreaterThan(10);
    }

    private static List<PlaceMatch> matches() throws IOException {
        SpanLookups lookups = new SpanLookups(GAZETTEER, new SecondLevelUnits(GAZETTEER), new BareNames());
        List<PlaceMatch> matches = new ArrayList<>();
        for (String surface : SpanLookupsTest.capitalisedSurfaces(SpanLookupsTest.REPORTS)) {
            matches.addAll(lookups.loose(surface));
        }
        return matches;
    }
}
