package org.frontline.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.frontline.FrontlineException;

/**
 * A linear sub-event classifier for English reports: an averaged perceptron over words, word pairs and the rules'
 * own decision ({@link SubEventFeatures}). Trained from ACLED rows ({@code frontline train sub-events}), shipped as
 * the resource {@code sub-event-model.tsv} (one {@code feature TAB sub-event-type TAB weight} line per weight).
 * It only re-types an event the rules found; {@link SubEventChoice} decides when the rules win. Immutable and
 * thread-safe.
 */
public final class SubEventModel {
    /** The bundled model's resource, beside this class. */
    public static final String RESOURCE = "sub-event-model.tsv";
    private static final int MIN_FEATURE_COUNT = 2;

    /** One training report: its text, what the rules coded (null: no event), and ACLED's sub-event type. */
    public record Example(String text, String ruleSubEventType, String subEventType) {
        public Example {
            EventType.typeOf(subEventType);
            if (ruleSubEventType != null) {
                EventType.typeOf(ruleSubEventType);
            }
        }
    }

    /** The model's pick, and by how much its score beats the runner-up (0 when there is none). */
    public record Decision(String subEventType, double margin) {
    }

    private final Map<String, Map<String, Double>> weights;
    /** Every label, in natural order (the order in which ties between scores are broken). */
    private final String[] labels;
    /** The weights as arrays: scoring adds doubles into an array instead of boxing them into a map. */
    private final SubEventWeights rows;

    private SubEventModel(Map<String, Map<String, Double>> weights) {
        this.weights = weights;
        Set<String> sorted = new java.util.TreeSet<>();
        weights.values().forEach(row -> sorted.addAll(row.keySet()));
        this.labels = sorted.toArray(String[]::new);
        this.rows = new SubEventWeights(weights, List.of(labels));
    }

    /** A model that never decides: the rules alone. */
    public static SubEventModel none() {
        return new SubEventModel(Map.of());
    }

    /** Empty for {@link #none()}: every decision is the rules'. */
    public boolean isEmpty() {
        return weights.isEmpty();
    }

    /**
     * The model's sub-event type, among {@code allowed}, for a report the rules coded as {@code ruleSubEventType}
     * (null: no event); empty when the model knows none of the allowed types.
     */
    public Optional<Decision> classify(String text, String ruleSubEventType, Set<String> allowed) {
        return weights.isEmpty() ? Optional.empty() : score(text, ruleSubEventType).decide(allowed);
    }

    /**
     * Every label's score for a report: {@link Scores#decide} then picks among the allowed ones. Scoring first lets
     * {@link SubEventChoice} skip working out the allowed types when no choice among them can overrule the rules.
     * Not for {@link #none()}.
     */
    Scores score(String text, String ruleSubEventType) {
        double[] scores = new double[labels.length];
        // -0.0 + w is w for every double w (+0.0 and -0.0 included), so each label's first weight is added to -0.0
        // rather than put in place: the same sums to the last bit, without a branch per weight
        java.util.Arrays.fill(scores, -0.0);
        // one row per feature: a repeat adds none. A bit per row of the model (9.6k rows: 1.2 KB, zeroed at once)
        // rather than a hash set: that cost a hash and a probe per feature, and grew (copying) with the report
        long[] added = new long[(rows.rowCount() + 63) >>> 6];
        // in feature order, as the training's map merge adds them
        int scoredMask = rows.addAll(text, ruleSubEventType, scores, added);
        boolean[] scored = new boolean[labels.length];
        for (int l = 0; l < labels.length; l++) {
            scored[l] = (scoredMask >>> l & 1) != 0;
        }
        return new Scores(labels, scores, scored);
    }

    /** A report's score for each of the model's labels (index order); a label no feature weighs is not scored. */
    static final class Scores {
        private final String[] labels;
        private final double[] scores;
        private final boolean[] scored;

        private Scores(String[] labels, double[] scores, boolean[] scored) {
            this.labels = labels;
            this.scores = scores;
            this.scored = scored;
        }

        /** Each scored label's score (tests compare them with the training's sums). */
        Map<String, Double> scored() {
            Map<String, Double> out = new HashMap<>();
            for (int l = 0; l < labels.length; l++) {
                if (scored[l]) {
                    out.put(labels[l], scores[l]);
                }
            }
            return out;
        }

        /** The best scored label among {@code allowed}, with its margin over the runner-up; empty when none. */
        Optional<Decision> decide(Set<String> allowed) {
            String best = null;
            double top = Double.NEGATIVE_INFINITY;
            double second = Double.NEGATIVE_INFINITY;
            for (int l = 0; l < labels.length; l++) {
                if (!scored[l] || !allowed.contains(labels[l])) {
                    continue;
                }
                if (scores[l] > top) {
                    second = top;
                    top = scores[l];
                    best = labels[l];
                } else if (scores[l] > second) {
                    second = scores[l];
                }
            }
            return best == null ? Optional.empty()
                    : Optional.of(new Decision(best, second == Double.NEGATIVE_INFINITY ? 0 : top - second));
        }

        /**
         * False when no allowed set holding {@code label} and none of {@code never} can make {@link #decide} pick
         * another label by {@code margin} or more: {@code label} is scored and no other label beats it by
         * {@code margin}. The picked label's runner-up then scores at least {@code label}'s, so its margin (a rounded
         * difference, monotone in the runner-up's score) is at most its lead over {@code label}, below {@code margin}.
         */
        boolean mayOverrule(String label, double margin, Set<String> never) {
            int own = java.util.Arrays.binarySearch(labels, label);
            if (own < 0 || !scored[own]) {
                return true;
            }
            for (int l = 0; l < labels.length; l++) {
                if (l != own && scored[l] && scores[l] - scores[own] >= margin && !never.contains(labels[l])) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A report's scores as training sums them: by feature strings, in a map (tests compare {@link #score} with it). */
    Map<String, Double> trainingScores(String text, String ruleSubEventType) {
        return scores(weights, SubEventFeatures.of(text, ruleSubEventType));
    }

    private static Map<String, Double> scores(Map<String, Map<String, Double>> w, Set<String> features) {
        Map<String, Double> scores = new HashMap<>();
        for (String f : features) {
            Map<String, Double> row = w.get(f);
            if (row != null) {
                row.forEach((label, v) -> scores.merge(label, v, Double::sum));
            }
        }
        return scores;
    }

    /**
     * Averaged perceptron: {@code epochs} passes in an order shuffled by {@code seed} (so training is repeatable),
     * features seen in fewer than two reports left out (they only memorise rows).
     */
    public static SubEventModel train(List<Example> examples, int epochs, long seed) {
        List<Set<String>> featureSets = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Example e : examples) {
            Set<String> fs = SubEventFeatures.of(e.text(), e.ruleSubEventType());
            featureSets.add(fs);
            fs.forEach(f -> counts.merge(f, 1, Integer::sum));
        }
        for (Set<String> fs : featureSets) {
            fs.removeIf(f -> counts.get(f) < MIN_FEATURE_COUNT);
        }
        Map<String, Map<String, Double>> w = new HashMap<>();
        Map<String, Map<String, Double>> sum = new HashMap<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            order.add(i);
        }
        Set<String> labels = new java.util.TreeSet<>();
        examples.forEach(e -> labels.add(e.subEventType()));
        Random random = new Random(seed);
        long step = 1;
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                String gold = examples.get(i).subEventType();
                Map<String, Double> scores = scores(w, featureSets.get(i));
                String guess = gold;
                double top = scores.getOrDefault(gold, 0.0);
                for (String label : labels) {
                    double score = scores.getOrDefault(label, 0.0);
                    if (!label.equals(gold) && score >= top) {
                        top = score;
                        guess = label;
                    }
                }
                if (!guess.equals(gold)) {
                    for (String f : featureSets.get(i)) {
                        update(w, sum, f, gold, 1, step);
                        update(w, sum, f, guess, -1, step);
                    }
                }
                step++;
            }
        }
        Map<String, Map<String, Double>> averaged = new HashMap<>();
        final long steps = step;
        w.forEach((f, row) -> row.forEach((label, v) -> {
            double avg = v - sum.get(f).get(label) / steps;
            if (Math.abs(avg) > 1e-4) {
                averaged.computeIfAbsent(f, k -> new HashMap<>()).put(label, avg);
            }
        }));
        return new SubEventModel(averaged);
    }

    private static void update(Map<String, Map<String, Double>> w, Map<String, Map<String, Double>> sum, String f,
                               String label, int sign, long step) {
        w.computeIfAbsent(f, k -> new HashMap<>()).merge(label, (double) sign, Double::sum);
        sum.computeIfAbsent(f, k -> new HashMap<>()).merge(label, (double) sign * step, Double::sum);
    }

    /** Writes the weights, sorted so that retraining on the same rows gives the same file. */
    public void write(Writer out) {
        PrintWriter p = new PrintWriter(out);
        p.println("# Frontline sub-event model (averaged perceptron). feature<TAB>sub_event_type<TAB>weight.");
        p.println("# Regenerate: frontline train sub-events ACLED.csv --out " + RESOURCE);
        new TreeMap<>(weights).forEach((f, row) -> new TreeMap<>(row).forEach((label, v) ->
                p.println(f + "\t" + label + "\t" + String.format(Locale.ROOT, "%.4f", v))));
        p.flush();
    }

    /** Reads what {@link #write} wrote; a malformed line is an error naming {@code name} and the line. */
    public static SubEventModel read(Reader in, String name) {
        Map<String, Map<String, Double>> w = new HashMap<>();
        try {
            BufferedReader r = new BufferedReader(in);
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 3) {
                    throw new FrontlineException(name + ":" + n + ": expected feature, sub_event_type, weight");
                }
                try {
                    EventType.typeOf(cols[1]);
                    w.computeIfAbsent(cols[0], k -> new HashMap<>()).put(cols[1], Double.parseDouble(cols[2]));
                } catch (IllegalArgumentException e) {
                    throw new FrontlineException(name + ":" + n + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return new SubEventModel(w);
    }

    /** The model shipped in the jar. */
    public static SubEventModel loadBundled() {
        try (InputStream in = SubEventModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new FrontlineException("missing resource org/frontline/events/" + RESOURCE);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
