package org.frontline.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.frontline.text.NameKey;
import org.junit.jupiter.api.Test;

/**
 * {@link KeyPostings#find} (speed round 15: each slot tags its key's hash, and a probe with another tag is passed
 * without reading the stored key) finds every key at its number and no absent one: the normalized and folded names
 * of the bundled gazetteer's Syrian and Iraqi places, the same keys with a letter more or less, and French and
 * English words; the same after the postings go through a snapshot.
 */
class TaggedKeySlotsTest {
    @Test
    void findsEveryKeyAtItsNumberAndNoAbsentOne() throws IOException {
        KeyIndexGazetteer gazetteer = KeyIndexGazetteer.loadBundled();
        Map<String, Integer> numbers = new HashMap<>();
        KeyPostings.Builder b = new KeyPostings.Builder();
        int ordinal = 0;
        for (Place p : gazetteer.places()) {
            if (!"SY".equals(p.country()) && !"IQ".equals(p.country())) {
                continue;
            }
            for (String name : java.util.stream.Stream.concat(java.util.stream.Stream.of(p.name()),
                    p.names().stream()).toList()) {
                for (String key : List.of(NameKey.normalize(name), NameKey.fold(name))) {
                    if (!key.isEmpty()) {
                        b.add(key, ordinal++, ordinal);
                        numbers.putIfAbsent(key, numbers.size());
                    }
                }
            }
        }
        KeyPostings built = b.build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        built.write(new DataOutputStream(bytes));
        KeyPostings read = KeyPostings.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertThat(numbers).hasSizeGreaterThan(20_000);
        int absent = 0;
        for (KeyPostings p : List.of(built, read)) {
            assertThat(p.keyCount()).isEqualTo(numbers.size());
            for (Map.Entry<String, Integer> e : numbers.entrySet()) {
                assertThat(p.find(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
                for (String other : List.of(e.getKey() + "a", e.getKey().substring(1), "al " + e.getKey())) {
                    assertThat(p.find(other)).as(other).isEqualTo(numbers.getOrDefault(other, -1));
                    absent += numbers.containsKey(other) ? 0 : 1;
                }
            }
            for (String w : List.of("les", "forces", "the", "army", "alep", "idleb", "damas", "raqqa", "", "x")) {
                assertThat(p.find(w)).as(w).isEqualTo(numbers.getOrDefault(w, -1));
            }
        }
        assertThat(absent).isGreaterThan(50_000);
    }
}
