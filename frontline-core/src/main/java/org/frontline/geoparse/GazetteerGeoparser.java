package org.frontline.geoparse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.gazetteer.Place;
import org.frontline.gazetteer.PlaceMatch;
import org.frontline.gazetteer.TransliteratedCountries;
import org.frontline.text.AnalyzedText;
import org.frontline.text.NameKey;
import org.frontline.text.Sentence;
import org.frontline.text.Token;

/**
 * Finds runs of capitalised words (with Arabic particles inside: "Jisr al-Shughur", "Deir ez-Zor"), matches the
 * longest sub-run the gazetteer knows, then resolves every match against the document in two passes: first
 * with the country and governorates the unambiguous names, the actors' country or a monitors' theatre give
 * ({@link CountryVote}, {@link Theatres}), then again with the places resolved confidently as anchors. A loose,
 * phonological match is only taken inside the document's country, or for a city when it names none and the match
 * is a spelling of the city's own name: across the world too many short skeletons meet, and a city's other names
 * ("Hawler" for Erbil, "Madara" for Mersa Matruh) meet the villages of countries the gazetteer barely covers. Names
 * the gazetteer lacks but that start with a landform or another generic word ("Jabal …", "Tal …", "Kafr …") are
 * kept unresolved with low confidence.
 */
public final class GazetteerGeoparser implements Geoparser {
    private static final Set<String> LANDFORMS = Set.of("jabal", "jebel", "djebel", "tal", "tall", "tell", "wadi",
            "oued", "jisr", "ras", "ain", "aïn", "ayn", "khirbet", "khirbat", "mount", "mont", "kafr", "kfar", "kafar",
            "beit", "bayt", "deir", "dayr", "sidi", "qasr", "bir");

    /** How far from a confidently resolved place a landform's bare name may resolve ("Jabal X" → village X). */
    private static final double PARTIAL_MAX_KM = 40;

    private final Gazetteer gazetteer;
    /** Where names start and end among a sentence's tokens. */
    private final NameRuns names;
    private final PlaceResolver resolver = new PlaceResolver();
    private final Theatres theatres;
    private final Peoples peoples;
    private final UnitAbbreviations abbreviations;
    private final SecondLevelUnits provinces;
    /** The gazetteer's answers and spelling tests of the surfaces met, shared by every document. */
    private final SpanLookups lookups;
    /**
     * {@link DroppedTells#of} the surfaces met: a gazetteer lookup for every unmatched name of a document naming a
     * unit, and the same unmatched names (groups, people) come back in report after report.
     */
    private final NameMemo<List<PlaceMatch>> tells;

    public GazetteerGeoparser(Gazetteer gazetteer) {
        this(gazetteer, Peoples.NONE);
    }

    /** @param peoples the demonyms whose country the document's vote counts ({@link Peoples}) */
    public GazetteerGeoparser(Gazetteer gazetteer, Peoples peoples) {
        this.gazetteer = gazetteer;
        this.theatres = new Theatres(gazetteer);
        this.abbreviations = new UnitAbbreviations(gazetteer);
        this.provinces = new SecondLevelUnits(gazetteer);
        this.lookups = new SpanLookups(gazetteer, provinces, new BareNames());
        this.names = new NameRuns();
        this.tells = new NameMemo<>(surface -> DroppedTells.of(gazetteer, surface), SpanLookups.LIMIT);
        this.peoples = peoples;
    }

    /** A name found in the text with its gazetteer candidates and the cue its neighbours give. */
    record Candidate(int start, int end, String surface, List<PlaceMatch> matches, SpatialCue cue,
                     boolean partial, boolean qualified) {
        Candidate(int start, int end, String surface, List<PlaceMatch> matches, SpatialCue cue, boolean partial) {
            this(start, end, surface, matches, cue, partial, false);
        }

        /** The candidate with only the matches inside the units its qualifier names. */
        Candidate qualifiedTo(List<PlaceMatch> kept) {
            return new Candidate(start, end, surface, kept, cue, partial, true);
        }
    }

    @Override
    public List<PlaceMention> geoparse(AnalyzedText text, GeoHints hints) {
        List<Candidate> candidates = new ArrayList<>();
        List<Candidate> shorts = new ArrayList<>();
        TakenSpans taken = TakenSpans.of(hints.taken());
        for (Sentence s : text.sentences()) {
            findInSentence(text.body(), s, taken, lookups, candidates, shorts);
        }
        candidates = VillageTrust.qualify(candidates, text.body(), provinces::named);
        Optional<Theatres.Match> theatre = theatres.in(text.body(), text.folded());
        Set<String> theatreUnits = theatre.map(Theatres.Match::unitKeys).orElse(Set.of());
        String actorsCountry = hints.country() != null ? hints.country()
                : theatre.map(Theatres.Match::country).orElse(null);
        PlaceResolver.Context ctx = CountryVote.initial(candidates, actorsCountry,
                peoples.named(text, taken), text.body(), text.folded(), resolver);
        Set<String> units = ctx.admin1s();
        if (!theatreUnits.isEmpty()) {
            units = new HashSet<>(units);
            units.addAll(theatreUnits);
        }
        // read only from here on, by contains and by PlaceResolver.inUnits's walk for every match scored: an immutable
        // copy of one or two units (most documents name no more) is walked without a hash table's empty buckets. Made
        // from the set's array: Set.copyOf copies a set into a new HashSet first (to drop duplicates a set has none of)
        Set<String> admin1s = Set.of(units.toArray(new String[0]));
        ctx = new PlaceResolver.Context(theatre.map(Theatres.Match::country).orElse(ctx.country()), admin1s, Anchors.NONE);
        candidates = DroppedTells.fill(ShortNames.admit(candidates, shorts, admin1s, ctx.country()), admin1s,
                tells);
        // each place once (by id, first mention kept): a place named again adds nothing to what anchors are read for
        // (the nearest one, any near one, their units), and reading every mention made a long report quadratic
        Map<String, Place> anchors = new LinkedHashMap<>();
        // each candidate's scores before the anchors, read again when it is resolved with them (same cue and units)
        List<double[]> bases = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            double[] base = c.matches().isEmpty() ? null : resolver.bases(c.matches(), c.cue(), ctx);
            bases.add(base);
            PlaceResolver.Choice ch = base == null ? null : resolver.choose(c.matches(), base, ctx.anchors());
            if (ch != null && ch.margin() >= 1.5 && ch.match().exact()
                    && (c.qualified() || VillageTrust.admissible(ch.match().place(), ctx.country()))) {
                anchors.putIfAbsent(ch.match().place().id(), ch.match().place());
            }
        }
        ctx = new PlaceResolver.Context(ctx.country(), ctx.admin1s(), Anchors.of(anchors.values()));
        Set<String> firmUnits = VillageTrust.firmUnits(ctx.anchors().places());
        firmUnits.addAll(theatreUnits);
        List<PlaceMention> out = new ArrayList<>();
        Map<PlaceMention, Place> seats = Map.of(); // a table made only for a document naming a seat (most name none)
        PlaceMention previous = null;
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            PlaceMention m = resolve(c, bases.get(i), ctx, firmUnits);
            if (m != null) {
                m = Qualifiers.asContainer(previous, m, c.matches(), text.body());
                out.add(m);
                previous = m;
                Place unit = m.place() == null ? null : SeatOrUnit.unitNamedLike(m.place(), c.matches(), c.cue());
                if (unit != null) {
                    if (seats.isEmpty()) {
                        seats = new IdentityHashMap<>();
                    }
                    seats.put(m, unit);
                }
            }
        }
        out = SeatOrUnit.read(PartOf.doubtFarParts(out, text.body()), seats);
        out = Abroad.doubtGovernments(Abroad.doubt(out, text.body()), text.body());
        return Theatres.standIn(Abroad.doubtAfterThe(out, text.body(), text.folded(), ctx.country()), theatre);
    }

    /** @param bases {@link PlaceResolver#bases} of the candidate's matches in this context; null for none */
    private PlaceMention resolve(Candidate c, double[] bases, PlaceResolver.Context ctx, Set<String> firmUnits) {
        if (c.matches().isEmpty()) {
            return new PlaceMention(c.surface(), c.start(), c.end(), 0.1, null, c.cue().direction(),
                    c.cue().relation(), 2);
        }
        List<PlaceMatch> usable = new ArrayList<>();
        double[] usableBases = new double[bases.length];
        for (int k = 0; k < bases.length; k++) {
            PlaceMatch m = c.matches().get(k);
            if ((m.exact() || ctx.country() != null && ctx.country().equals(m.place().country())
                    || ctx.country() == null && PlaceResolver.city(m.place()) && !resolver.isByOtherName(m))
                    && (c.qualified() || VillageTrust.admissible(m.place(), ctx.country()))) {
                usableBases[usable.size()] = bases[k];
                usable.add(m);
            }
        }
        PlaceResolver.Choice ch = usable.isEmpty() ? null : resolver.choose(usable, usableBases, ctx.anchors());
        if (ch == null) {
            return null;
        }
        Place place = ch.match().place();
        if (c.partial() && !ctx.anchors().townWithin(place, PARTIAL_MAX_KM)) {
            return new PlaceMention(c.surface(), c.start(), c.end(), 0.1, null, c.cue().direction(),
                    c.cue().relation(), 2);
        }
        Place seat = provinces.seatOf(ch.match());
        if (seat != null) {
            place = seat; // a province named alone: ACLED codes it at its capital
        } else if (c.cue().wantAdmin1() && place.adminLevel() != 1 && place.admin1() != null && namesUnit(c)) {
            place = gazetteer.admin1(place.country(), place.admin1()).orElse(place);
        } else if (c.cue().wantTown() && place.isAdmin()) {
            place = Seats.of(place, gazetteer);
        }
        double conf = 0.5 + 0.45 * (1 - Math.exp(-Math.max(ch.margin(), 0) / 2));
        if (!ch.match().exact()) {
            conf *= 0.85;
        }
        if (c.partial()) {
            conf = Math.min(conf * 0.5, ch.score() > 6 ? 0.4 : 0.2);
        }
        if (Abroad.minor(place, ctx.country()) || Abroad.byAlias(ch.match(), ctx.country(), resolver)
                || VillageTrust.outsideNamedUnits(ch.match(), firmUnits)) {
            conf = Math.min(conf, PlaceMention.DOUBTFUL);
        }
        int precision = seat != null || place.isAdmin() || place.isCountry() ? 3 : c.cue().relation() == null ? 1 : 2;
        return new PlaceMention(c.surface(), c.start(), c.end(), Math.min(conf, 0.99), place, c.cue().direction(),
                c.cue().relation(), precision);
    }

    /**
     * Whether a name asked for as a unit may be one: "Idleb countryside" is the governorate, but "Darbasiyah
     * countryside", naming none, is near the town, where ACLED codes it.
     */
    private static boolean namesUnit(Candidate c) {
        return c.cue().relation() != PlaceMention.Relation.NEAR
                || c.matches().stream().anyMatch(m -> m.place().adminLevel() == 1);
    }

    private void findInSentence(String body, Sentence s, TakenSpans taken, SpanLookups lookups, List<Candidate> out,
                                List<Candidate> shorts) {
        List<Token> tokens = s.tokens();
        int i = 0;
        while (i < tokens.size()) {
            // the abbreviation's own test (a capitalised word after a comma or a parenthesis) first: nearly every token
            // fails it, and the taken spans' binary search is then not made for every token of the sentence
            Candidate abbreviation = abbreviations.candidate(body, tokens, i);
            if (abbreviation != null && !taken.covers(tokens.get(i))) {
                out.add(abbreviation);
                while (i < tokens.size() && tokens.get(i).start() < abbreviation.end()) {
                    i++;
                }
                continue;
            }
            if (!names.startsName(tokens.get(i), taken) && !names.articleStart(tokens, i, taken)
                    && !names.compassStart(tokens, i, taken)) {
                i++;
                continue;
            }
            int end = names.runEnd(tokens, i, taken);
            i = matchRun(body, tokens, i, end, taken, lookups, out, shorts);
        }
    }

    /**
     * Greedy longest match inside the run [from, to]; returns the index after what was consumed. Where nothing
     * matches, the longest name with a short skeleton's loose matches goes to {@code shorts} ({@link ShortNames}).
     */
    private int matchRun(String body, List<Token> tokens, int from, int to, TakenSpans taken, SpanLookups lookups,
                         List<Candidate> out, List<Candidate> shorts) {
        if (Persons.titled(tokens, from)) {
            return to + 1; // "le Premier ministre Haider al-Abadi": a person, whatever places share the name
        }
        int a = from;
        while (a <= to) {
            boolean found = false;
            Candidate shortName = null;
            int shortEnd = a;
            String word = tokens.get(a).lower();
            boolean landform = LANDFORMS.contains(word);
            int first = a;
            // spans past the gazetteer's reach begin no name: skipped instead of each normalized and probed; each span
            // from this word is read from the memo once, for the reach (its keys, and the gazetteer's closed test kept
            // with them) and for its lookups
            // a one-word span is its token's text (Token's contract: the body's chars at its offsets), not a new copy
            IntFunction<String> text = k -> k == 0 ? tokens.get(first).text()
                    : body.substring(tokens.get(first).start(), tokens.get(first + k).end());
            SpanLookups.Span[] spans = new SpanLookups.Span[to - a + 1];
            IntFunction<SpanLookups.Span> spanAt = k -> spans[k] != null ? spans[k]
                    : (spans[k] = lookups.span(text.apply(k)));
            // a run's last word alone (most runs are one word) reaches only itself: both reaches of one span are 0,
            // told without making their three lambdas
            int reach = a == to ? a : a + Math.max(gazetteer.reachClosed(to - a + 1, text,
                    k -> spanAt.apply(k).norm, k -> spanAt.apply(k).closed()), provinces.reach(to - a + 1,
                    k -> spans[k] != null ? spans[k].norm : NameKey.normalize(text.apply(k))));
            for (int b = reach; b >= a; b--) {
                if (landform && b == a && a < to) {
                    break;
                }
                if (b == a && (NameRuns.PARTICLES.contains(word) && !NameRuns.NAME_PARTICLES.contains(word)
                        || Directions.of(word) != null)) {
                    break; // "North" alone names nothing; "North Kivu" was tried before
                }
                SpanLookups.Span known = spanAt.apply(b - a); // normalized, folded and looked up once per text
                String surface = known.surface;
                boolean initial = a == 0;
                String norm = known.norm;
                int skeleton = known.skeleton();
                boolean shortSkeleton = skeleton < ShortNames.MIN_SKELETON;
                // a short skeleton's loose matches serve only ShortNames: asked for only when nothing else matched
                int spanFirst = a;
                int spanLast = b;
                CloseTo close = known.closeTo();
                List<PlaceMatch> answer = shortSkeleton ? known.exact() : lookup(known, initial);
                List<PlaceMatch> all = provinces.with(surface, norm, answer, () -> {
                    SpatialCue cue = SpatialCue.around(tokens, spanFirst, spanLast);
                    return cue.wantAdmin1() || !cue.wantTown()
                            && SecondLevelUnits.afterTown(body, tokens.get(spanFirst).start());
                });
                // the span's answer filtered once and kept with it; a province's region added is filtered here
                List<PlaceMatch> matches = all == answer ? known.kept(answer, initial)
                        : MatchFilter.keep(all, surface, skeleton, initial, close);
                if (matches.isEmpty() && shortName == null && !MatchFilter.acronym(surface)) {
                    // inside a sentence a short skeleton's loose matches are the span's alone: kept with it
                    List<PlaceMatch> loose = shortSkeleton && !initial
                            ? known.shortLoose(() -> ShortNames.loose(lookup(known, false), surface, skeleton, false,
                                    close))
                            : ShortNames.loose(shortSkeleton ? lookup(known, initial) : all, surface, skeleton,
                                    initial, close);
                    if (!loose.isEmpty()) {
                        shortName = new Candidate(tokens.get(a).start(), tokens.get(b).end(), surface, loose,
                                SpatialCue.around(tokens, a, b), false);
                        shortEnd = b;
                    }
                }
                if (!matches.isEmpty()) {
                    if (!Lineages.names(tokens, a, b)) {
                        out.add(new Candidate(tokens.get(a).start(), tokens.get(b).end(), surface, matches,
                                SpatialCue.around(tokens, a, b), false));
                    }
                    a = names.nextNameStart(tokens, b + 1, to, taken);
                    found = true;
                    break;
                }
            }
            if (!found) {
                List<Candidate> ends = CityParts.roadPair(tokens, a, to) ? roadEnds(tokens.get(a), tokens, a, lookups)
                        : List.of();
                if (!ends.isEmpty()) {
                    out.addAll(ends);
                    a = names.nextNameStart(tokens, a + 1, to, taken);
                    continue;
                }
                Candidate city = CityParts.city(lookups::exact, tokens, a, to);
                if (city != null) {
                    out.add(city);
                    return to + 1;
                }
                if (landform && a < to) {
                    // "Jabal a-Arbaïne": the landform is unknown as such; its name alone may still be a nearby place
                    String surface = body.substring(tokens.get(a).start(), tokens.get(to).end());
                    String rest = body.substring(tokens.get(a + 1).start(), tokens.get(to).end());
                    SpanLookups.Span restSpan = lookups.span(rest);
                    out.add(new Candidate(tokens.get(a).start(), tokens.get(to).end(), surface,
                            MatchFilter.keep(lookup(restSpan, false), rest, restSpan.skeleton(), false,
                                    restSpan.closeTo()),
                            SpatialCue.around(tokens, a, to), true));
                    return to + 1;
                }
                if (shortName != null) {
                    shorts.add(shortName);
                }
                a = names.nextNameStart(tokens, (shortName != null ? shortEnd : a) + 1, to, taken);
            }
        }
        return Math.max(a, from + 1);
    }

    /**
     * "the Sidon-Tyr highway", "la route Alep-Damas", "the Aabde-Halba road": each end of a road named by its
     * two ends that the gazetteer knows, as a name of its own (the event is on the road between them, and ACLED codes
     * it at a town on it, or at a place the report names on the road: a road's end is near the event, geo
     * precision 2). The word is split where a capital follows a hyphen (a name with an article inside, "Deir-ez-Zor",
     * is found whole before: only a word the gazetteer does not know comes here).
     */
    private List<Candidate> roadEnds(Token word, List<Token> tokens, int index, SpanLookups lookups) {
        List<Candidate> ends = new ArrayList<>(2);
        String w = word.text();
        int from = 0;
        for (int k = 1; k <= w.length(); k++) {
            if (k == w.length() || w.charAt(k) == '-' && k + 1 < w.length() && Character.isUpperCase(w.charAt(k + 1))) {
                String part = w.substring(from, k);
                if (part.length() >= 3) {
                    SpanLookups.Span span = lookups.span(part);
                    List<PlaceMatch> matches = MatchFilter.keep(span.skeleton() < ShortNames.MIN_SKELETON
                            ? span.exact() : lookup(span, false), part, span.skeleton(), false, span.closeTo());
                    if (!matches.isEmpty()) {
                        SpatialCue cue = SpatialCue.around(tokens, index, index);
                        ends.add(new Candidate(word.start() + from, word.start() + k, part, matches,
                                new SpatialCue(cue.wantAdmin1(), PlaceMention.Relation.NEAR, cue.direction(), true),
                                false));
                    }
                }
                from = k + 1;
            }
        }
        return ends;
    }

    /**
     * The gazetteer's matches of a span's surface (kept in its memo), loose ones only in the transliterated countries
     * and only for a word inside a sentence whose skeleton {@link ShortNames} or {@link #filter} could keep, and of
     * those only the ones spelled close to it ({@link SpanLookups#closeTo}): the only loose ones either keeps. A
     * province's name is the exception: its region, met loosely, keeps {@link SecondLevelUnits#with} from adding it,
     * spelled close or not.
     */
    private static List<PlaceMatch> lookup(SpanLookups.Span span, boolean sentenceInitial) {
        boolean loose = !sentenceInitial && span.skeleton() >= ShortNames.MIN_SKELETON - 1;
        return loose ? span.loose() : span.exact();
    }
}
