package org.frontline.app.eval;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Single-label classification scores: accuracy, F1 weighted by gold support, and macro F1 over the labels present
 * in the gold (a label only ever predicted adds false positives to no one's average but lowers the others' precision).
 */
final class LabelTally {
    private final Map<String, Integer> goldCount = new HashMap<>();
    private final Map<String, Integer> predictedCount = new HashMap<>();
    private final Map<String, Integer> correctCount = new HashMap<>();
    private int n;
    private int correct;

    void add(String gold, String predicted) {
        n++;
        goldCount.merge(gold, 1, Integer::sum);
        predictedCount.merge(predicted, 1, Integer::sum);
        if (gold.equals(predicted)) {
            correct++;
            correctCount.merge(gold, 1, Integer::sum);
        }
    }

    double accuracy() {
        return n == 0 ? 0 : (double) correct / n;
    }

    /** F1 of one label; 0 when it has neither gold nor predicted instances or none right. */
    double f1(String label) {
        int tp = correctCount.getOrDefault(label, 0);
        int denominator = goldCount.getOrDefault(label, 0) + predictedCount.getOrDefault(label, 0);
        return denominator == 0 ? 0 : 2.0 * tp / denominator;
    }

    double weightedF1() {
        return n == 0 ? 0 : goldCount.entrySet().stream().mapToDouble(e -> e.getValue() * f1(e.getKey())).sum() / n;
    }

    double macroF1() {
        return goldCount.keySet().stream().mapToDouble(this::f1).average().orElse(0);
    }

    int count(String goldLabel) {
        return goldCount.getOrDefault(goldLabel, 0);
    }

    Map<String, Number> scores() {
        Map<String, Number> s = new LinkedHashMap<>();
        s.put("accuracy", accuracy());
        s.put("weighted_f1", weightedF1());
        s.put("macro_f1", macroF1());
        s.put("n", n);
        return s;
    }
}
