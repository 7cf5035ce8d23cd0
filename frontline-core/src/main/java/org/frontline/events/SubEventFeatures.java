package org.frontline.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What the sub-event model sees of a report: its lower-cased words and word pairs (digits folded to one token,
 * because "2 fatalities" and "7 fatalities" say the same thing about the type), plus what the rules decided
 * ({@code rule=} sub-event type and {@code rule-type=} event type), so the model learns when to trust them.
 */
final class SubEventFeatures {
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    private SubEventFeatures() {
    }

    /** @param ruleSubEventType the rules' sub-event type for the report, null when they coded no event */
    static Set<String> of(String text, String ruleSubEventType) {
        Set<String> features = new LinkedHashSet<>();
        forEach(text, ruleSubEventType, features::add);
        return features;
    }

    /**
     * The features of {@link #of} in the same order, repeats included: the model looks each up as it comes and
     * skips the weights it already added, instead of hashing every feature into a set first.
     */
    static void forEach(String text, String ruleSubEventType, Consumer<String> feature) {
        visit(text, ruleSubEventType, new Visitor() {
            @Override
            public void named(String f) {
                feature.accept(f);
            }

            @Override
            public void word(String previous, String w) {
                feature.accept("w=" + w);
                feature.accept("b=" + previous + "_" + w);
            }
        });
    }

    /** What {@link #visit} hands over, in the order of {@link #forEach}'s features. */
    interface Visitor {
        /** A feature that is not a word's: "bias", "rule=…", "rule-type=…". */
        void named(String feature);

        /**
         * The features "w=" + w, then "b=" + previous + "_" + w; {@code previous} is the word of the call before
         * ({@link #START} for the first). Words hold no "_".
         */
        void word(String previous, String w);
    }

    /** The word before a report's first. */
    static final String START = "<s>";

    /** {@link #forEach} without building the words' feature strings: the model finds their weights by word. */
    static void visit(String text, String ruleSubEventType, Visitor visitor) {
        visitor.named("bias");
        String rule = ruleSubEventType == null ? "none" : ruleSubEventType;
        visitor.named("rule=" + rule);
        visitor.named("rule-type=" + (ruleSubEventType == null ? "none" : EventType.typeOf(ruleSubEventType)));
        String previous = START;
        for (String w : words(text)) {
            visitor.word(previous, w);
            previous = w;
        }
    }

    /**
     * The report's words as the pattern {@code \p{L}+|\d+} finds them in its lower-cased text (letters as
     * {@link Character#isLetter}, digits ASCII), digit runs as "<num>" and months as "<month>"; scanned by hand
     * (the model scores every English report: 11 to 9.5 µs a note with the weights found by word ids).
     */
    static List<String> words(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        int n = lower.length();
        int i = 0;
        while (i < n) {
            int c = lower.codePointAt(i);
            if (Character.isLetter(c)) {
                int start = i;
                do {
                    i += Character.charCount(c);
                } while (i < n && Character.isLetter(c = lower.codePointAt(i)));
                String w = lower.substring(start, i);
                out.add(MONTHS.contains(w) ? "<month>" : w);
            } else if (c >= '0' && c <= '9') {
                while (i < n && lower.charAt(i) >= '0' && lower.charAt(i) <= '9') {
                    i++;
                }
                out.add("<num>");
            } else {
                i += Character.charCount(c);
            }
        }
        return out;
    }
}
