package org.frontline.gazetteer;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Predicate;

/**
 * The loose postings of each fold key whose places lie in one set of countries, worked out on the key's first lookup
 * with that set and kept ({@link KeyIndexGazetteer}'s loose lookups in the transliterated countries). A short fold
 * key has thousands of postings around the world and a few dozen in those countries; testing each posting's country
 * meant two random reads (its place, then the place's country), and that walk was a third of the geoparser's time.
 * Thread-safe: a key's postings worked out twice by two threads at once are the same.
 */
final class CountryPostings {
    private final PlaceColumns columns;
    private final KeyPostings folded;
    /** The geoparser asks with the same country set every time: its mask is kept (a whole record, or the next). */
    private volatile CountryMask lastMask;

    CountryPostings(PlaceColumns columns, KeyPostings folded) {
        this.columns = columns;
        this.folded = folded;
    }

    /**
     * A loose key's postings inside a country set, with each posting's place and name: the name test of every later
     * lookup reads them here, instead of finding the place again, then its record or its name's UTF-8 (decoded into
     * a new string, hashed anew by the test's memo) for each posting of each lookup. {@code forms} keeps each
     * name's {@link FormedNamePredicate#form}, made on the first test that asks for it (null until then).
     */
    record Kept(int[] postings, int[] places, String[] names, String[] forms) {
        /**
         * Whether the test accepts posting {@code j}'s name (null: any name). A {@link FormedNamePredicate} is handed
         * the name's form kept here. Two threads may both make a form: the same string, and a String is safe to
         * publish so.
         */
        boolean accepts(int j, Predicate<String> test) {
            if (test instanceof FormedNamePredicate formed) {
                String form = forms[j];
                if (form == null) {
                    form = formed.form(names[j]);
                    forms[j] = form;
                }
                return formed.test(names[j], form);
            }
            return test == null || test.test(names[j]);
        }
    }

    /**
     * The country set last asked for, as a mask over the string pool, and the loose postings found so far inside it
     * by key number (null: not yet looked up).
     */
    private record CountryMask(Set<String> countries, boolean[] pooled, AtomicReferenceArray<Kept> looseHits) {
    }

    /** The postings of loose key {@code k} whose places lie in {@code countries}, in posting order. */
    Kept of(Set<String> countries, int k) {
        CountryMask m = countryMask(countries);
        Kept kept = m.looseHits().get(k);
        if (kept == null) {
            int[] buf = new int[folded.to(k) - folded.from(k)];
            int[] places = new int[buf.length];
            int n = 0;
            for (int j = folded.from(k); j < folded.to(k); j++) {
                int g = folded.posting(j);
                int i = columns.placeOfName(g);
                if (columns.countryIn(i, m.pooled())) {
                    places[n] = i;
                    buf[n++] = g;
                }
            }
            String[] names = new String[n];
            for (int j = 0; j < n; j++) {
                names[j] = columns.nameOf(places[j], buf[j]);
            }
            kept = new Kept(Arrays.copyOf(buf, n), Arrays.copyOf(places, n), names, new String[n]);
            m.looseHits().set(k, kept);
        }
        return kept;
    }

    private CountryMask countryMask(Set<String> countries) {
        CountryMask m = lastMask;
        if (m == null || m.countries() != countries) {
            m = new CountryMask(countries, columns.countryMask(countries),
                    new AtomicReferenceArray<>(folded.keyCount()));
            lastMask = m;
        }
        return m;
    }
}
