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
        named(ruleSubEventType, visitor::named);
        String previous = START;
        for (String w : words(text)) {
            visitor.word(previous, w);
            previous = w;
        }
    }

    /** The features that are not words', in {@link #forEach}'s order: "bias", "rule=…", "rule-type=…". */
    static void named(String ruleSubEventType, Consumer<String> feature) {
        feature.accept("bias");
        String rule = ruleSubEventType == null ? "none" : ruleSubEventType;
        feature.accept("rule=" + rule);
        feature.accept("rule-type=" + (ruleSubEventType == null ? "none" : EventType.typeOf(ruleSubEventType)));
    }

    /** Where {@link #spans} finds a word: chars [start, end) of the lower-cased text, a digit run or letters. */
    interface Spans {
        void word(String lower, int start, int end, boolean digits);
    }

    /**
     * The report's words as the pattern {@code \p{L}+|\d+} finds them in its lower-cased text (letters as
     * {@link Character#isLetter}, digits ASCII), digit runs as "<num>" and months as "<month>"; scanned by hand
     * (the model scores every English report: 11 to 9.5 µs a note with the weights found by word ids).
     */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        spans(text.toLowerCase(Locale.ROOT), (lower, start, end, digits) -> {
            String w = digits ? "<num>" : lower.substring(start, end);
            out.add(MONTHS.contains(w) ? "<month>" : w);
        });
        return out;
    }

    /**
     * The words of {@link #words} as spans of {@code lower} (the text in lower case, {@link Locale#ROOT}), in text
     * order: the model looks a span up without making its string ({@link WordTable}).
     */
    static void spans(String lower, Spans out) {
        int n = lower.length();
        int i = 0;
        while (i < n) {
            int c = lower.codePointAt(i);
            if (Character.isLetter(c)) {
                int start = i;
                do {
                    i += Character.charCount(c);
                } while (i < n && Character.isLetter(c = lower.codePointAt(i)));
                out.word(lower, start, i, false);
            } else if (c >= '0' && c <= '9') {
                int start = i;
                while (i < n && lower.charAt(i) >= '0' && lower.charAt(i) <= '9') {
                    i++;
                }
                out.word(lower, start, i, true);
            } else {
                i += Character.charCount(c);
            }
        }
    }

    /** The words {@link #words} writes as "<month>". */
    static Set<String> months() {
        return MONTHS;
    }
}
