package org.frontline.events;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the sub-event model sees of a report: its lower-cased words and word pairs (digits folded to one token,
 * because "2 fatalities" and "7 fatalities" say the same thing about the type), plus what the rules decided
 * ({@code rule=} sub-event type and {@code rule-type=} event type), so the model learns when to trust them.
 */
final class SubEventFeatures {
    private static final Pattern WORD = Pattern.compile("\\p{L}+|\\d+");
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
        feature.accept("bias");
        String rule = ruleSubEventType == null ? "none" : ruleSubEventType;
        feature.accept("rule=" + rule);
        feature.accept("rule-type=" + (ruleSubEventType == null ? "none" : EventType.typeOf(ruleSubEventType)));
        List<String> words = words(text);
        String previous = "<s>";
        for (String w : words) {
            feature.accept("w=" + w);
            feature.accept("b=" + previous + "_" + w);
            previous = w;
        }
    }

    private static List<String> words(String text) {
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            String w = m.group();
            if (Character.isDigit(w.charAt(0))) {
                out.add("<num>");
            } else if (MONTHS.contains(w)) {
                out.add("<month>");
            } else {
                out.add(w);
            }
        }
        return out;
    }
}
