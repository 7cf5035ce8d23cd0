package org.frontline.gazetteer;

import java.util.Arrays;
import java.util.List;

/**
 * The matches of one {@link KeyIndexGazetteer} lookup, in the order found, by place storage position: what a
 * {@code LinkedHashMap<Integer, PlaceMatch>} did, without a boxed key, a hash probe and a node per posting. A key's
 * postings hold at most one name per place ({@link KeyPostings}), so a place can come back only under the other key:
 * the loose key's postings are tested against the exact matches alone ({@link #foundExact}), a few places at most
 * in nearly every lookup (searched in a sorted copy when there are many). Not thread-safe: one per lookup.
 */
final class FoundMatches {
    /** Exact matches above which {@link #foundExact} searches a sorted copy instead of reading them all. */
    private static final int SCAN = 16;
    private int[] places = new int[4];
    private PlaceMatch[] matches = new PlaceMatch[4];
    private int count;
    /** The places of the exact matches, sorted, once {@link #endExact} saw more than {@link #SCAN}; else null. */
    private int[] sortedExact;
    private int exactCount;

    void add(int place, PlaceMatch m) {
        if (count == places.length) {
            places = Arrays.copyOf(places, count * 2);
            matches = Arrays.copyOf(matches, count * 2);
        }
        places[count] = place;
        matches[count++] = m;
    }

    /** Marks the end of the exact matches: every match added so far is one. */
    void endExact() {
        exactCount = count;
        if (count > SCAN) {
            sortedExact = Arrays.copyOf(places, count);
            Arrays.sort(sortedExact);
        }
    }

    /** Whether place {@code i} is among the exact matches ({@link #endExact}). */
    boolean foundExact(int i) {
        if (sortedExact != null) {
            return Arrays.binarySearch(sortedExact, i) >= 0;
        }
        for (int j = 0; j < exactCount; j++) {
            if (places[j] == i) {
                return true;
            }
        }
        return false;
    }

    /** The matches in the order added, as an unmodifiable list. */
    List<PlaceMatch> list() {
        return switch (count) {
            case 0 -> List.of();
            case 1 -> List.of(matches[0]);
            default -> List.of(count == matches.length ? matches : Arrays.copyOf(matches, count));
        };
    }
}
