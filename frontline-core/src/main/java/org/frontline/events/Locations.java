package org.frontline.events;

import java.util.List;
import java.util.regex.Pattern;
import org.frontline.AnchoredPattern;
import org.frontline.geoparse.Origins;
import org.frontline.geoparse.PlaceMention;

/** Where an event happened: the place named right after its trigger, else right before, else the event it continues. */
final class Locations {
    static final double MIN_CONFIDENCE = 0.35;
    /** Below this confidence a town is not preferred over a surer, vaguer place. */
    private static final double DOUBTFUL = 0.5;
    /** How much less precise an origin counts than the places of the event ({@link Origins}). */
    private static final double ORIGIN = 4;
    /**
     * Words that make a place where an earlier event happened, told as the cause or the time of this one ("une
     * semaine après un attentat meurtrier à Istanbul", "in retaliation for the bombing in Kabul"): not where this
     * one happened, which even a country named beside them places better.
     */
    static final AnchoredPattern EARLIER_EVENT = AnchoredPattern.compile("\\b(?:apr[èe]s|following|after|"
            + TriggerPreamble.RETALIATION + ")\\s+(?:[\\p{L}'’-]+\\s+){0,4}?"
            + "(?:attentats?|attaques?|attacks?|bombings?|explosions?|blasts?|massacres?|assassinats?|assassinations?)"
            + "\\s+(?:[\\p{L}'’-]+\\s+){0,2}?(?:[àa]|au|en|in|at|de|du|d['’]|of|contre|against|on)\\s+"
            + "(?:la\\s+|le\\s+|l['’]\\s*|the\\s+)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int EARLIER_REACH = 80;
    /** An earlier event's place counts after even a country ({@link #EARLIER_EVENT}). */
    private static final double EARLIER = 10;

    /**
     * Words that open a clause telling of something else ("tandis que Moscou revendique la prise de Soledar",
     * "while Russia claimed Soledar", "alors que"): a place after them is not where the trigger before them happened.
     */
    static final AnchoredPattern CLAUSE_BREAK = AnchoredPattern.compile("\\b(?:tandis|alors|cependant) qu|"
            + "\\b(?:while|whereas|meanwhile|par ailleurs)\\b|;", Pattern.CASE_INSENSITIVE);
    /** How much less precise a place in another clause counts ({@link #CLAUSE_BREAK}). */
    private static final double OTHER_CLAUSE = 3;

    private Locations() {
    }

    /**
     * The most precise place named after the trigger (a town over the governorate it lies in: "shelled the
     * countryside of Idlib, hitting Kafr Nabl" is Kafr Nabl), the first of equal precision; else the most precise
     * before it, the nearest of equal precision.
     */
    static PlaceMention pick(Trigger t, List<PlaceMention> inSentence, String body, String folded,
                             int sentenceStart) {
        Ranks ranks = new Ranks(inSentence, body, folded);
        PlaceMention before = null;
        PlaceMention after = null;
        double beforeRank = 0;
        double afterRank = 0;
        for (PlaceMention m : inSentence) {
            if (m.place() == null || m.confidence() < MIN_CONFIDENCE) {
                continue;
            }
            if (m.end() <= t.start()) {
                double r = ranks.of(m);
                if (before == null || r <= beforeRank) {
                    before = m;
                    beforeRank = r;
                }
            } else if (m.start() >= t.start()) {
                double r = ranks.of(m)
                        + (otherClause(body, folded, t.start(), m.start()) ? OTHER_CLAUSE : 0);
                if (after == null || r < afterRank) {
                    after = m;
                    afterRank = r;
                }
            }
        }
        if (after != null && before != null && origin(after, body, folded) && !origin(before, body, folded)) {
            return before;
        }
        if (after != null && before == null && destination(after, body, folded)) {
            return null; // "se sont retirés vers Sinjar": where they went, not where ground changed hands
        }
        PlaceMention scene = Scene.of(inSentence, body, sentenceStart, t.start(), ranks);
        if (scene != null && (after == null || ranks.of(after) > ranks.of(scene)
                || ranks.of(after) == ranks.of(scene) && !Scene.near(after, scene))) {
            return scene;
        }
        return after != null ? after : before;
    }

    /**
     * Lower is better: geo precision, a doubtful resolution counting as less precise, an origin or a destination
     * less still, a country last.
     */
    static double rank(PlaceMention m, String body, String folded) {
        return m.place().isCountry() ? 9 : m.geoPrecision() + (m.confidence() < DOUBTFUL ? 1.5 : 0)
                + (origin(m, body, folded) || destination(m, body, folded) ? ORIGIN : 0)
                + (earlierEvent(m, body, folded) ? EARLIER : 0);
    }

    /**
     * The {@link #rank} of a sentence's places, each worked out once when first asked: {@link #pick} and the scene
     * compared the same places' ranks again and again, and a rank reads three windows of the body (its origin,
     * destination and earlier-event cues). A place not of the sentence is ranked each time. Not thread-safe: one
     * per pick.
     */
    static final class Ranks {
        private final List<PlaceMention> places;
        private final String body;
        private final String folded;
        /** Per place of {@link #places}, its rank, or NaN until asked (a rank is never NaN). */
        private final double[] rank;

        Ranks(List<PlaceMention> places, String body, String folded) {
            this.places = places;
            this.body = body;
            this.folded = folded;
            this.rank = new double[places.size()];
            java.util.Arrays.fill(rank, Double.NaN);
        }

        /** {@code rank(m, body, folded)}. */
        double of(PlaceMention m) {
            for (int i = 0; i < rank.length; i++) {
                if (places.get(i) == m) {
                    if (Double.isNaN(rank[i])) {
                        rank[i] = rank(m, body, folded);
                    }
                    return rank[i];
                }
            }
            return rank(m, body, folded);
        }
    }

    /** Where the losing side withdrew to: "se sont retirés vers Sinjar", "withdrew towards Saraqib", "fled to". */
    static final AnchoredPattern DESTINATION = AnchoredPattern.compile("\\b(?:retir\\p{L}*|repli\\p{L}*|withdr[ae]w\\p{L}*|"
            + "retreat\\p{L}*|fled|fleeing|enfui\\p{L}*|fui\\p{L}*)\\s+(?:\\p{L}+\\s+){0,2}?(?:vers|towards?|to|en direction "
            + "d['’e]|jusqu['’][àa])\\s*(?:the\\s+|la\\s+|le\\s+|l['’])?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static boolean destination(PlaceMention m, String body, String folded) {
        return DESTINATION.findIn(body, folded, Math.max(0, m.start() - 50), m.start());
    }

    /**
     * A clause break between the trigger and the place, read as a regex over that span alone (the span's slice of
     * the body's fold holds one of its anchors first: most spans have none).
     */
    private static boolean otherClause(String body, String folded, int trigger, int place) {
        return CLAUSE_BREAK.findIn(body, folded, trigger, place);
    }

    private static boolean earlierEvent(PlaceMention m, String body, String folded) {
        return EARLIER_EVENT.findIn(body, folded, Math.max(0, m.start() - EARLIER_REACH), m.start());
    }

    private static boolean origin(PlaceMention m, String body, String folded) {
        return Origins.at(body, folded, m.start());
    }

    /**
     * For an event whose sentences name no place: the most precise confident place the document names before it,
     * the first of equal precision ("On 9 May, in Rio de Janeiro, … . A shoot-out killed two." happened in Rio;
     * "in Chuao, Aragua state, a group tried to disembark. Security forces detained 13. The day before, another group
     * was found in Macuto" happened in Aragua, not Macuto); else the most precise of those after it; else {@code
     * current} (a country, or null). ACLED codes every event somewhere, to the best place the report gives.
     */
    static PlaceMention fallback(PlaceMention current, List<PlaceMention> document, String body, String folded,
                                 int eventStart) {
        if (current != null && current.place() != null && !current.place().isCountry()) {
            return current;
        }
        PlaceMention before = null;
        PlaceMention best = null;
        double beforeRank = 0;
        double bestRank = 0; // each place ranked once: a rank reads three windows of the body
        for (PlaceMention m : document) {
            if (m.place() != null && m.confidence() >= MIN_CONFIDENCE) {
                double rank = rank(m, body, folded);
                if (m.start() < eventStart && (before == null || rank < beforeRank)) {
                    before = m;
                    beforeRank = rank;
                }
                if (best == null || rank < bestRank) {
                    best = m;
                    bestRank = rank;
                }
            }
        }
        if (before != null && !before.place().isCountry()) {
            return before;
        }
        return best != null ? best : current;
    }

    /** The most precise place among earlier events, the latest of equal precision; null when none has a place. */
    static PlaceMention inherit(List<Draft> earlier) {
        Draft best = null;
        for (Draft d : earlier) {
            if (d.place != null && d.place.place() != null && (best == null || d.precision() <= best.precision())) {
                best = d;
            }
        }
        return best == null ? null : best.place;
    }
}
