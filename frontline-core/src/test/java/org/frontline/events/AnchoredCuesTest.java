package org.frontline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.TestTexts.asWrittenAndUpperCased;
import static org.frontline.TestTexts.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import org.frontline.AnchoredPattern;
import org.frontline.TestTexts;
import org.junit.jupiter.api.Test;

/**
 * The event coder's cue patterns that now run only on texts holding one of their anchors (speed round 12) find
 * what their plain regexes find: on every sentence of French and English reports, on the windows before each word
 * that the coder hands them (25 to 80 chars), upper-cased too, and on texts made to match.
 */
class AnchoredCuesTest {
    private static final String[] REPORTS = TestTexts.eightReports();
    private static final List<String> MADE_TO_MATCH = List.of(
            "Venezuelan migrants protested in Bogota.", "Chinese demonstrators clashed with Nepal Police.",
            "Des réfugiés vénézuéliens ont manifesté ; des DEMANDEURS D'ASILE afghans aussi.",
            "A week after the bombing in Kabul, gunmen attacked a checkpoint in ",
            "une semaine après un attentat meurtrier à Istanbul, des frappes sur la ",
            "In retaliation for the deadly blasts of Monday at the ",
            "des déplacés venus de Deraa et rentrés de la ",
            "Families who fled from the ", "Les rebelles se sont retirés vers ", "the militants withdrew towards ", "au moins 31 personnes ont été tuées, dont 18 combattants kurdes.",
            "Three soldiers died, including two officers.", "Islamic State claimed responsibility for the attack.",
            "Le groupe État islamique a revendiqué l'attentat.", "according to the ", "selon l'", "cité par la ",
            "Turkish and Russian forces conducted a joint patrol; des patrouilles conjointes.",
            "The army shelled Idlib WHILE rebels held Saraqib, whereas Ariha fell.",
            "L'armée a bombardé Alep, TANDIS QU'à Idleb les rebelles tenaient, alors qu'Ariha tombait.");
    private static final Map<String, AnchoredPattern> CUES = Map.of("Nationals.BEFORE", Nationals.BEFORE,
            "Nationals.AFTER", Nationals.AFTER, "Origins.BEFORE", org.frontline.geoparse.Origins.BEFORE,
            "Locations.EARLIER_EVENT", Locations.EARLIER_EVENT, "ATTRIBUTED", RuleEventCoder.ATTRIBUTED,
            "JOINT", RuleEventCoder.JOINT, "BackReferences.BREAKDOWN", BackReferences.BREAKDOWN,
            "BackReferences.CLAIMS_IT", BackReferences.CLAIMS_IT, "Locations.DESTINATION", Locations.DESTINATION);

    @Test
    void everyCueHasAnchorsSoThatMostTextsAreNotScanned() {
        CUES.forEach((name, p) -> assertThat(p.anchors()).as(name).isNotEmpty());
        assertThat(Nationals.BEFORE.mayMatch("Des obus sont tombés sur la ville.")).isFalse();
    }

    @Test
    void anchoredCuesFindWhatTheirRegexesFind() throws IOException {
        List<String> texts = texts();
        int found = 0;
        for (Map.Entry<String, AnchoredPattern> cue : CUES.entrySet()) {
            AnchoredPattern p = cue.getValue();
            for (String text : texts) {
                List<String> plain = matches(p.pattern().matcher(text));
                assertThat(matches(p.matcher(text))).as(cue.getKey() + " on " + text).isEqualTo(plain);
                assertThat(matches(p.matcher(text, AnchoredPattern.fold(text)))).as(cue.getKey()).isEqualTo(plain);
                found += plain.size();
            }
        }
        assertThat(found).as("matches seen: the texts exercise the cues").isGreaterThan(20);
    }

    /**
     * The windows before a place or an actor, read in the document's fold (speed round 13), find what the window cut
     * out and folded alone finds: before every word of the reports (whole, upper-cased, with the texts made to
     * match), at the reaches the coder and the geoparser use, with the body's fold or a longer text's.
     */
    @Test
    void windowsReadInTheDocumentsFoldFindWhatTheWindowsFind() throws IOException {
        int found = 0;
        for (String body : bodies()) {
            String folded = AnchoredPattern.fold(body);
            String longer = AnchoredPattern.fold(body + " Après les frappes de l'armée, selon l'OSDH.");
            for (Map.Entry<String, AnchoredPattern> cue : CUES.entrySet()) {
                AnchoredPattern p = cue.getValue();
                for (int at = 1; at < body.length(); at++) {
                    if (body.charAt(at - 1) != ' ') {
                        continue;
                    }
                    for (int reach : new int[] {25, 36, 70}) {
                        int from = Math.max(0, at - reach);
                        boolean expected = p.pattern().matcher(body.substring(from, at)).find();
                        assertThat(p.findIn(body, folded, from, at)).as(cue.getKey() + " before " + at)
                                .isEqualTo(expected);
                        assertThat(p.findIn(body, longer, from, at)).as(cue.getKey()).isEqualTo(expected);
                        found += expected ? 1 : 0;
                    }
                }
                assertThat(p.find(body, folded)).as(cue.getKey()).isEqualTo(p.pattern().matcher(body).find());
            }
        }
        assertThat(found).as("windows that match: the texts exercise the cues").isGreaterThan(20);
    }

    /**
     * A clause break between a trigger and a place (a span of the body searched by region, opaque bounds) is found
     * in the span's slice of the document's fold as the region search finds it: every span between two word starts
     * of the reports, whole and upper-cased, and of texts made to match.
     */
    @Test
    void clauseBreaksInASpanOfTheBodyAreFoundAsByARegionSearch() throws IOException {
        AnchoredPattern p = Locations.CLAUSE_BREAK;
        assertThat(p.anchors()).isNotEmpty();
        int found = 0;
        for (String body : bodies()) {
            String folded = AnchoredPattern.fold(body);
            for (int from = 0; from < body.length(); from = body.indexOf(' ', from + 1) < 0 ? body.length()
                    : body.indexOf(' ', from + 1) + 1) {
                for (int to = from; to <= Math.min(body.length(), from + 120); to += 7) {
                    boolean expected = p.pattern().matcher(body).region(from, to).find();
                    assertThat(p.findIn(body, folded, from, to)).as(from + ".." + to).isEqualTo(expected);
                    found += expected ? 1 : 0;
                }
            }
        }
        assertThat(found).as("spans holding a break: the texts exercise the cue").isGreaterThan(20);
    }

    /** The reports whole and upper-cased, and the texts made to match joined in one body. */
    private static List<String> bodies() throws IOException {
        List<String> bodies = new ArrayList<>(asWrittenAndUpperCased(REPORTS));
        bodies.add(String.join(" ", MADE_TO_MATCH));
        return bodies;
    }

    /** Sentences, windows before every word, whole reports, the same upper-cased, and texts made to match. */
    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>(MADE_TO_MATCH);
        for (String report : REPORTS) {
            String text = read(report);
            texts.add(text);
            for (String sentence : text.split("(?<=[.!?])\\s+")) {
                texts.add(sentence);
            }
        }
        for (String t : List.copyOf(texts)) {
            for (int at = 1; at < t.length(); at++) {
                if (t.charAt(at - 1) == ' ') {
                    texts.add(t.substring(Math.max(0, at - 25), at));
                    texts.add(t.substring(Math.max(0, at - 80), at));
                }
            }
        }
        for (String t : List.copyOf(texts)) {
            texts.add(t.toUpperCase(Locale.ROOT));
        }
        return texts;
    }

    private static List<String> matches(Matcher m) {
        List<String> out = new ArrayList<>();
        while (m.find()) {
            StringBuilder sb = new StringBuilder().append(m.start()).append(':').append(m.group());
            for (int g = 1; g <= m.groupCount(); g++) {
                sb.append('|').append(m.group(g));
            }
            out.add(sb.toString());
        }
        return out;
    }
}
