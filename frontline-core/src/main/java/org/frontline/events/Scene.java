package org.frontline.events;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.AnchoredPattern;
import org.frontline.geoparse.Geo;
import org.frontline.geoparse.PlaceMention;

/**
 * The place a sentence opens with, before its main clause: "On 30 April 2020, in Andahuaylas, Apurimac, citizens
 * ... demanded to return to their homes in Lima", "Le 3 mai, à Alep, des manifestants…". That fronted locative sets
 * where the whole clause happens; places named later in it are where people came from, live or want to go, unless
 * they are more precise than the scene or lie inside it (a refinement: "In Idlib province, the regime shelled Kafr
 * Nabl"). The fronted phrase runs from "in"/"à" over its comma-separated qualifiers ("Guarenas, Miranda state",
 * "the Jose Felix Ribas zone, Petare, Sucre municipality in Caracas"): short segments that name something; the main
 * clause is the first long or unnamed segment. The phrase's last name sets its country: "in Valencia, Sangre
 * Grande" is in Trinidad, not in Venezuela's Valencia. Read from the sentence's start only: no scan of the text.
 */
final class Scene {
    /** An optional leading date clause ("On 9 May 2020,", "Around 2 May 2020 (as reported),"), then the preposition. */
    static final Pattern OPENING = Pattern.compile("^(?:[^,]{0,50}\\d[^,]{0,30},\\s*)?(?:in|at|à|dans|en)\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** {@link #OPENING} without its date clause: all of it that can match a head with no digit before a comma. */
    private static final Pattern PREPOSITION = Pattern.compile("^(?:in|at|à|dans|en)\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The most words a qualifier of the scene has ("Sucre municipality in Caracas"); a clause is longer. */
    private static final int MAX_SEGMENT_WORDS = 6;
    /** How far a place of the clause may lie from the scene and still be a part of it. */
    private static final double NEAR_KM = 30;

    private Scene() {
    }

    /**
     * Where {@link #OPENING}'s match at the head's start ends; -1 when there is none. Its "^" matches only there, so
     * it is the one attempt {@code find()} could succeed with. Its date clause, when present, ends at the head's
     * first comma ({@code [^,]} crosses none) and holds a digit at most 50 chars from the start and at most 30 before
     * that comma; whichever digit the engine settles on, the clause ends at the same comma and the white space after
     * it (which no preposition begins with), so the clause is checked by hand, and only the preposition is left to the
     * regex ({@link #PREPOSITION}, anchored where the clause ends; then at the head's start, as the engine tries it
     * without the clause). The whole pattern backtracked through the clause's digits and up to 80 chars for each.
     */
    static int openingEnd(String head) {
        int comma = head.indexOf(',');
        if (comma >= 0 && digitIn(head, Math.max(0, comma - 31), Math.min(50, comma - 1))) {
            int at = comma + 1;
            while (at < head.length() && AnchoredPattern.regexSpace(head.charAt(at))) {
                at++;
            }
            Matcher preposition = PREPOSITION.matcher(head).region(at, head.length()); // "^" at the region's start
            if (preposition.lookingAt()) {
                return preposition.end();
            }
        }
        Matcher preposition = PREPOSITION.matcher(head);
        return preposition.lookingAt() ? preposition.end() : -1;
    }

    /** Whether {@code head} holds an ASCII digit ({@code \d}) at an offset from {@code from} to {@code to}. */
    private static boolean digitIn(String head, int from, int to) {
        for (int i = from; i <= to; i++) {
            char c = head.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * The most precise place of the sentence's fronted locative (the first of equal precision), or null.
     *
     * @param ranks the sentence's places' {@link Locations#rank}s, each worked out once for the trigger's pick
     */
    static PlaceMention of(List<PlaceMention> inSentence, String body, int sentenceStart, int triggerStart,
                           Locations.Ranks ranks) {
        if (inSentence.isEmpty() || triggerStart <= sentenceStart) {
            return null;
        }
        String head = body.substring(sentenceStart, triggerStart);
        int opened = openingEnd(head);
        if (opened < 0) {
            return null;
        }
        int from = sentenceStart + opened;
        int to = sentenceStart + clauseEnd(head, opened);
        List<PlaceMention> inScene = inSentence.stream().filter(m -> m.place() != null
                && m.confidence() >= Locations.MIN_CONFIDENCE && m.start() >= from && m.end() <= to).toList();
        if (inScene.isEmpty()) {
            return null;
        }
        String country = inScene.get(inScene.size() - 1).place().country();
        PlaceMention best = null;
        for (PlaceMention m : inScene) {
            if (Objects.equals(country, m.place().country())
                    && (best == null || ranks.of(m) < ranks.of(best))) {
                best = m;
            }
        }
        return best;
    }

    /** Where the fronted phrase starting at {@code from} ends: before the first segment that is no qualifier. */
    private static int clauseEnd(String head, int from) {
        int end = from;
        int at = from;
        while (at < head.length()) {
            int comma = head.indexOf(',', at);
            int segmentEnd = comma < 0 ? head.length() : comma;
            String segment = head.substring(at, segmentEnd).strip();
            if (segment.isEmpty() || AnchoredPattern.wordCount(segment) > MAX_SEGMENT_WORDS || !hasUpperCase(segment)) {
                break;
            }
            end = segmentEnd;
            at = segmentEnd + 1;
        }
        return end;
    }

    /** Whether a code point of {@code segment} is upper case ({@link Character#isUpperCase(int)}). */
    private static boolean hasUpperCase(String segment) {
        for (int i = 0; i < segment.length(); ) {
            int c = segment.codePointAt(i);
            if (Character.isUpperCase(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** Whether {@code m} lies inside or next to the scene: a part of it rather than another place. */
    static boolean near(PlaceMention m, PlaceMention scene) {
        if (scene.place().isCountry()) {
            return true;
        }
        if (scene.place().isAdmin()) {
            return scene.place().country().equals(m.place().country()) && scene.place().admin1() != null
                    && scene.place().admin1().equals(m.place().admin1());
        }
        return Geo.km(m.place().lat(), m.place().lon(), scene.place().lat(), scene.place().lon()) <= NEAR_KM;
    }
}
