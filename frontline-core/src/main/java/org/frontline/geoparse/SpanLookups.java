package org.frontline.geoparse;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.gazetteer.PlaceMatch;
import org.frontline.gazetteer.TransliteratedCountries;
import org.frontline.text.NameKey;

/**
 * The gazetteer's answers for the names met, each surface asked once per geoparser: reports name the same places
 * again and again (in one pass over the 2,541 ACLED notes and 510 CASE snippets, 46% of the loose lookups and 61% of
 * the exact ones ask a surface an earlier lookup asked), a short name's loose matches are asked after its exact
 * ones, and every loose match's spelling was tested again for each. The answers depend on the surface alone (and on
 * whether loose matches are wanted), so a repeated one is the one the gazetteer gave. Past {@link #LIMIT} spans
 * an answer is given without being kept. Thread-safe: one per {@link GazetteerGeoparser}, shared by the documents
 * geoparsed at once (the gazetteer, {@link SecondLevelUnits} and {@link BareNames} are).
 */
final class SpanLookups {
    /** Spans kept at most (a few MB: a surface, its keys, its spelling test, its few matches). */
    static final int LIMIT = 20_000;
    private final Gazetteer gazetteer;
    private final SecondLevelUnits provinces;
    private final BareNames bareNames;
    private final Map<String, Span> spans = new ConcurrentHashMap<>();

    /**
     * What the geoparser works out of one span of a capitalised run before and around its lookup, all of it fixed by
     * the span's text: its normalized key, its skeleton, its spelling test, the gazetteer's answers and the short
     * name's loose matches. One memo probe per span tried instead of a normalize, a fold and one probe per answer.
     * Thread-safe: an answer made twice by two threads at once is the same.
     */
    static final class Span {
        private final SpanLookups lookups;
        final String surface;
        /** {@link NameKey#normalize} of the surface. */
        final String norm;
        /**
         * {@link NameKey#foldNormalized} of {@link #norm}: the loose key, handed to the gazetteer with it; made on
         * first use (a span the gazetteer's reach reads past is normalized, never folded), by two threads the same.
         */
        private String fold;
        /** Letters of {@link #fold}, spaces aside (its consonant skeleton); -1 until first use. */
        private int skeleton = -1;
        /** {@link Gazetteer#closed} of the keys: 0 not yet asked, 1 closed, 2 not. */
        private byte closed;
        private volatile CloseTo close;
        private volatile List<PlaceMatch> exact;
        private volatile List<PlaceMatch> loose;
        private volatile List<PlaceMatch> shortLoose;
        /** {@link MatchFilter#keep} of {@link #exact} and, inside a sentence, of {@link #loose}; null until asked. */
        private volatile List<PlaceMatch> keptExact;
        private volatile List<PlaceMatch> keptLoose;

        private Span(SpanLookups lookups, String surface) {
            this.lookups = lookups;
            this.surface = surface;
            this.norm = NameKey.normalize(surface);
        }

        /** The loose key: {@link NameKey#foldNormalized} of {@link #norm}. */
        String fold() {
            String f = fold;
            if (f == null) {
                f = NameKey.foldNormalized(norm);
                fold = f;
            }
            return f;
        }

        /** Letters of the surface's fold key, spaces aside (its consonant skeleton). */
        int skeleton() {
            int n = skeleton;
            if (n < 0) {
                n = NameKey.skeletonLength(fold());
                skeleton = n;
            }
            return n;
        }

        /**
         * {@link Gazetteer#closed} of the span's keys, asked of the gazetteer once: every run the span begins reads it
         * for the gazetteer's reach, and the gazetteer's answer probes its prefix filters and its loose index, tables
         * of megabytes that the rest of the pipeline has evicted from the cache by the next document.
         */
        boolean closed() {
            byte c = closed;
            if (c == 0) {
                c = lookups.gazetteer.closed(norm, fold()) ? (byte) 1 : (byte) 2;
                closed = c;
            }
            return c == 1;
        }

        /** The spelling test of the surface, the same instance each time (it keeps the names it has tested). */
        CloseTo closeTo() {
            CloseTo c = close;
            if (c == null) {
                c = new CloseTo(surface, lookups.bareNames);
                close = c;
            }
            return c;
        }

        /** The surface's exact matches, asked of the gazetteer once ({@link SpanLookups#exact}). */
        List<PlaceMatch> exact() {
            List<PlaceMatch> found = exact;
            if (found == null) {
                found = lookups.gazetteer.lookup(surface, norm, fold(), Set.of(), null);
                exact = found;
            }
            return found;
        }

        /** The surface's exact and close loose matches, asked of the gazetteer once ({@link SpanLookups#loose}). */
        List<PlaceMatch> loose() {
            List<PlaceMatch> found = loose;
            if (found == null) {
                found = lookups.gazetteer.lookup(surface, norm, fold(), TransliteratedCountries.ISO2,
                        lookups.provinces.names(surface) ? null : closeTo());
                loose = found;
            }
            return found;
        }

        /**
         * {@link MatchFilter#keep} of {@code answer}, the span's {@link #exact} or {@link #loose} answer, kept for the
         * next document: the filter reads every match's place and name (cold records, in the pipeline), and its
         * result depends on the answer, the span and {@code sentenceInitial} alone. The exact answer holds exact
         * matches only, which the filter keeps or drops alike at a sentence's start and inside it: one result serves
         * both. The loose answer is asked inside a sentence only; elsewhere (and for any other list) the filter runs.
         * The list kept is unmodifiable: every document reads the same one.
         */
        List<PlaceMatch> kept(List<PlaceMatch> answer, boolean sentenceInitial) {
            if (answer == exact) {
                List<PlaceMatch> found = keptExact;
                if (found == null) {
                    found = keep(answer, sentenceInitial);
                    keptExact = found;
                }
                return found;
            }
            if (answer == loose && !sentenceInitial) {
                List<PlaceMatch> found = keptLoose;
                if (found == null) {
                    found = keep(answer, false);
                    keptLoose = found;
                }
                return found;
            }
            return MatchFilter.keep(answer, surface, skeleton(), sentenceInitial, closeTo());
        }

        private List<PlaceMatch> keep(List<PlaceMatch> answer, boolean sentenceInitial) {
            return Collections.unmodifiableList(MatchFilter.keep(answer, surface, skeleton(), sentenceInitial,
                    closeTo()));
        }

        /**
         * {@link ShortNames#loose} of the surface inside a sentence, made by {@code make} on first use: it reads the
         * span's loose answer alone there (the caller's contract).
         */
        List<PlaceMatch> shortLoose(Supplier<List<PlaceMatch>> make) {
            List<PlaceMatch> found = shortLoose;
            if (found == null) {
                found = make.get();
                shortLoose = found;
            }
            return found;
        }
    }

    /** @param bareNames the geoparser's memo of names made bare, shared by every surface's {@link CloseTo} */
    SpanLookups(Gazetteer gazetteer, SecondLevelUnits provinces, BareNames bareNames) {
        this.gazetteer = gazetteer;
        this.provinces = provinces;
        this.bareNames = bareNames;
    }

    /**
     * The memo of span {@code surface}: a new one, not kept, once {@link #LIMIT} spans are (the one kept first when
     * two threads race).
     */
    Span span(String surface) {
        Span sp = spans.get(surface);
        if (sp == null) {
            sp = new Span(this, surface);
            if (spans.size() < LIMIT) {
                Span first = spans.putIfAbsent(surface, sp);
                sp = first != null ? first : sp;
            }
        }
        return sp;
    }

    /** The spelling test of {@code surface}: {@link Span#closeTo} of its span. */
    CloseTo closeTo(String surface) {
        return span(surface).closeTo();
    }

    /** The exact matches of {@code surface} ({@link Gazetteer#lookup(String, Set)} with no loose country). */
    List<PlaceMatch> exact(String surface) {
        return span(surface).exact();
    }

    /**
     * The exact matches and the loose ones in the transliterated countries spelled close to {@code surface}; a
     * province's name gets its loose matches untested (its region, met loosely, keeps {@link SecondLevelUnits#with}
     * from adding it).
     */
    List<PlaceMatch> loose(String surface) {
        return span(surface).loose();
    }
}
