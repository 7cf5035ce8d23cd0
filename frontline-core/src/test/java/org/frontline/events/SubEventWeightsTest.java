package org.frontline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.frontline.TestTexts.asWrittenAndUpperCased;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rows found by word ids are the rows the feature strings name, feature for feature, on real reports. */
class SubEventWeightsTest {
    private static final String[] REPORTS = {"fusion/offensive/2018-01-20-sana-abu-duhur-en.txt",
        "fusion/offensive/2018-01-22-sohr-saraqib-en.txt", "fusion/offensive/2018-01-23-ebaa-jarjanaz-en.txt",
        "fusion/offensive/2018-01-21-orient-tall-sultan-en.txt", "corpus/2018-01-aleppo-khanasir.txt",
        "fusion/offensive/2018-01-22-enab-saraqib-fr.txt"};

    @Test
    void findsByWordIdsTheRowOfEveryFeatureStringOfRealReports() throws IOException {
        Map<String, Map<String, Double>> weights = bundledWeights();
        List<String> labels = labels(weights);
        SubEventWeights rows = new SubEventWeights(weights, labels);
        int found = 0;
        List<String> texts = new ArrayList<>();
        texts.addAll(asWrittenAndUpperCased(REPORTS)); // "İ" and "ß" change length when cased
        texts.add("On 3 MARCH 2020 and in May, 12 İdlib troops killed 1,200 in Ḑamān; march on Ιράκ 7");
        for (String text : texts) {
            for (String rule : new String[] {null, "Armed clash", "Air/drone strike"}) {
                List<String> features = new ArrayList<>();
                SubEventFeatures.forEach(text, rule, features::add);
                List<SubEventWeights.Row> byIds = new ArrayList<>();
                rows.forEachRow(text, rule, byIds::add);
                assertThat(byIds).hasSameSizeAs(features);
                for (int i = 0; i < features.size(); i++) {
                    Map<String, Double> expected = weights.get(features.get(i));
                    SubEventWeights.Row row = byIds.get(i);
                    if (expected == null) {
                        assertThat(row).as(features.get(i)).isNull();
                        continue;
                    }
                    assertThat(row).as(features.get(i)).isNotNull();
                    Map<String, Double> actual = new HashMap<>();
                    for (int k = 0; k < row.labels().length; k++) {
                        actual.put(labels.get(row.labels()[k]), row.weights()[k]);
                    }
                    assertThat(actual).as(features.get(i)).isEqualTo(expected);
                    found++;
                }
            }
        }
        assertThat(found).isGreaterThan(2000);
        assertThat(rows.rowCount()).isEqualTo(weights.size());
    }

    /** The rule features' rows, found once per rule type, are those of the feature strings for every ACLED type. */
    @Test
    void findsTheRuleFeaturesOfEveryTypeAndRefusesATypeNotACLEDs() throws IOException {
        Map<String, Map<String, Double>> weights = bundledWeights();
        List<String> labels = labels(weights);
        SubEventWeights rows = new SubEventWeights(weights, labels);
        int found = 0;
        for (List<String> types : EventType.SUB_TYPES.values()) {
            for (String rule : types) {
                List<SubEventWeights.Row> byIds = new ArrayList<>();
                rows.forEachRow("", rule, byIds::add);
                List<String> features = new ArrayList<>();
                SubEventFeatures.named(rule, features::add);
                assertThat(byIds).as(rule).hasSize(3);
                for (int i = 0; i < 3; i++) {
                    SubEventWeights.Row row = byIds.get(i);
                    assertThat(row == null).as(features.get(i)).isEqualTo(!weights.containsKey(features.get(i)));
                    if (row != null) {
                        Map<String, Double> actual = new HashMap<>();
                        for (int k = 0; k < row.labels().length; k++) {
                            actual.put(labels.get(row.labels()[k]), row.weights()[k]);
                        }
                        assertThat(actual).as(features.get(i)).isEqualTo(weights.get(features.get(i)));
                        found++;
                    }
                }
            }
        }
        assertThat(found).isGreaterThan(40);
        assertThatThrownBy(() -> rows.forEachRow("a text", "Skirmish", r -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Skirmish");
    }

    /**
     * addAll adds each row once, at its first feature, in the features' order (the sums bit for bit those of the rows
     * added one by one), and tells which labels it added to; rows a bit set already marks are not added again.
     */
    @Test
    void addsEachRowOnceInFeatureOrderAndTellsTheLabelsAddedTo() throws IOException {
        Map<String, Map<String, Double>> weights = bundledWeights();
        List<String> labels = labels(weights);
        SubEventWeights rows = new SubEventWeights(weights, labels);
        for (String text : asWrittenAndUpperCased(REPORTS)) {
            for (String rule : new String[] {null, "Armed clash", "Peaceful protest"}) {
                double[] expected = new double[labels.size()];
                Arrays.fill(expected, -0.0);
                Set<Integer> seen = new HashSet<>();
                int expectedMask = 0;
                List<SubEventWeights.Row> byIds = new ArrayList<>();
                rows.forEachRow(text, rule, byIds::add);
                for (SubEventWeights.Row row : byIds) {
                    if (row != null && seen.add(row.index())) {
                        for (int k = 0; k < row.labels().length; k++) {
                            expected[row.labels()[k]] += row.weights()[k];
                            expectedMask |= 1 << row.labels()[k];
                        }
                    }
                }
                double[] actual = new double[labels.size()];
                Arrays.fill(actual, -0.0);
                long[] added = new long[(rows.rowCount() + 63) >>> 6];
                assertThat(rows.addAll(text, rule, actual, added)).isEqualTo(expectedMask);
                assertThat(actual).as(text).isEqualTo(expected);
                assertThat(Arrays.stream(added).map(Long::bitCount).sum()).isEqualTo(seen.size());
                // every row marked: a second pass adds nothing
                double[] again = actual.clone();
                assertThat(rows.addAll(text, rule, again, added)).isZero();
                assertThat(again).isEqualTo(actual);
            }
        }
    }

    /** A row's labels are a 32-bit mask: a model of more labels is refused, not scored wrong. */
    @Test
    void refusesMoreLabelsThanARowsMaskHolds() {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < 33; i++) {
            labels.add("label" + i);
        }
        Map<String, Map<String, Double>> weights = Map.of("bias", Map.of("label0", 1.0));
        assertThatThrownBy(() -> new SubEventWeights(weights, labels))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("33 labels");
        assertThat(new SubEventWeights(weights, labels.subList(0, 32)).rowCount()).isEqualTo(1);
    }

    /** Every label the weights name, sorted: the model's label order. */
    private static List<String> labels(Map<String, Map<String, Double>> weights) {
        return weights.values().stream().flatMap(r -> r.keySet().stream()).distinct().sorted().toList();
    }

    private static Map<String, Map<String, Double>> bundledWeights() throws IOException {
        Map<String, Map<String, Double>> w = new HashMap<>();
        try (InputStream in = SubEventModel.class.getResourceAsStream(SubEventModel.RESOURCE)) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] cols = line.split("\t");
                    w.computeIfAbsent(cols[0], k -> new HashMap<>()).put(cols[1], Double.parseDouble(cols[2]));
                }
            }
        }
        return w;
    }
}
