package org.frontline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.TestTexts.read;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.AnchoredPattern;
import org.frontline.WordAlternation;
import org.frontline.text.Language;
import org.junit.jupiter.api.Test;

/**
 * The lexicon, which runs each trigger regex only near the anchors its automaton found, finds what each entry's
 * whole alternation finds over the whole sentence, on every sentence of real French and English reports.
 */
class TriggerWindowsTest {
    private static final String[] FRENCH = {"corpus/2018-01-aleppo-khanasir.txt",
        "fusion/offensive/2018-01-20-afp-abou-douhour-fr.txt", "fusion/offensive/2018-01-22-enab-saraqib-fr.txt",
        "fusion/offensive/2018-01-21-sana-tall-sultan-fr.txt", "fusion/offensive/2018-01-20-step-abou-douhour-fr.txt"};
    private static final String[] ENGLISH = {"fusion/offensive/2018-01-20-sana-abu-duhur-en.txt",
        "fusion/offensive/2018-01-22-sohr-saraqib-en.txt", "fusion/offensive/2018-01-23-ebaa-jarjanaz-en.txt",
        "fusion/offensive/2018-01-21-orient-tall-sultan-en.txt"};
    private static final List<String> ODD = List.of("Des avionsavion ont bombardé, puis BOMBARDÉ Saraqeb.",
            "Rebels seized 3 tons of weapons and captured alive two soldiers; a shell company was shelled.",
            "Le corps de trois civils a été retrouvé ; des mines d'or, une mine.", "İDLIB: ſarin, chlore.",
            // a Kelvin sign, Greek sigmas (a final one lower-cases to ς), supplementary letters that lower-case
            // (Deseret) next to triggers: the sentence's own fold stands for its lower case's
            "\u212Aidnapped; ΟΔΟΣ killed ΣΑΣ, shelled \uD801\uDC00bombed \uD801\uDC00 bombed 𝐀 killed.",
            "Des soldats ont été TUÉS à \uD801\uDC00 ; \u212Alashnikov, ΑΣ bombardé.");
    private final TriggerLexicon lexicon = new TriggerLexicon();
    private final List<Reference> entries = reference();

    @Test
    void findsWhatTheWholeRegexesFindInEverySentenceOfFrenchAndEnglishReports() throws IOException {
        int found = 0;
        for (String[] reports : new String[][] {FRENCH, ENGLISH}) {
            Language language = reports == FRENCH ? Language.FR : Language.EN;
            List<String> texts = new ArrayList<>(ODD);
            for (String report : reports) {
                String text = read(report);
                texts.add(text);
                texts.addAll(List.of(text.split("(?<=[.!?;])\\s+")));
            }
            for (String text : texts) {
                for (String t : List.of(text, text.toUpperCase(Locale.ROOT))) {
                    List<Trigger> expected = wholeRegexes(t, 7, language);
                    assertThat(lexicon.find(t, 7, language)).as(t).isEqualTo(expected);
                    found += expected.size();
                }
            }
        }
        assertThat(found).isGreaterThan(100);
    }

    @Test
    void findsTheSameInASentenceGivenItsSliceOfTheReportsFold() throws IOException {
        int found = 0;
        for (String[] reports : new String[][] {FRENCH, ENGLISH}) {
            Language language = reports == FRENCH ? Language.FR : Language.EN;
            List<String> texts = new ArrayList<>(ODD);
            for (String report : reports) {
                texts.add(read(report));
            }
            for (String text : texts) {
                for (String t : List.of(text, text.toUpperCase(Locale.ROOT))) {
                    String folded = AnchoredPattern.fold(t);
                    Matcher end = Pattern.compile("(?<=[.!?;])\\s+|$").matcher(t);
                    for (int from = 0; from < t.length() && end.find(); from = end.end()) {
                        String sentence = t.substring(from, end.start());
                        List<Trigger> expected = wholeRegexes(sentence, from, language);
                        assertThat(lexicon.find(sentence, folded.substring(from, end.start()), from, language))
                                .as(sentence).isEqualTo(expected);
                        assertThat(lexicon.kinds(sentence, folded.substring(from, end.start()), language))
                                .as(sentence).isEqualTo(expected.stream().map(Trigger::kind)
                                        .collect(java.util.stream.Collectors.toSet()));
                        found += expected.size();
                    }
                }
            }
        }
        assertThat(found).isGreaterThan(90);
    }

    /** What the lexicon found before it searched near anchors: each entry's whole pattern over the whole text. */
    private List<Trigger> wholeRegexes(String sentence, int offset, Language language) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        boolean aligned = lower.length() == sentence.length();
        String text = aligned ? lower : sentence;
        List<Trigger> out = new ArrayList<>();
        for (Reference e : entries) {
            Pattern p = (language == Language.FR ? (aligned ? e.fr() : e.frAnyCase())
                    : aligned ? e.en() : e.enAnyCase()).pattern();
            Matcher m = p.matcher(text);
            while (m.find()) {
                out.add(new Trigger(e.kind(), e.priority(), offset + m.start(), offset + m.end(),
                        sentence.substring(m.start(), m.end())));
            }
        }
        out.sort(Comparator.comparingInt(Trigger::start));
        return out;
    }

    private record Reference(String kind, int priority, WordAlternation fr, WordAlternation en,
                             WordAlternation frAnyCase, WordAlternation enAnyCase) {
    }

    @SuppressWarnings("unchecked")
    private static List<Reference> reference() {
        try (InputStream in = TriggerLexicon.class.getResourceAsStream("triggers.yaml")) {
            List<Map<String, Object>> raw = new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<>() { });
            List<Reference> out = new ArrayList<>();
            for (Map<String, Object> e : raw) {
                List<String> fr = ((List<String>) e.getOrDefault("fr", List.of())).stream()
                        .map(TriggerLexicon::unicodeWords).toList();
                List<String> en = ((List<String>) e.getOrDefault("en", List.of())).stream()
                        .map(TriggerLexicon::unicodeWords).toList();
                int ci = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                out.add(new Reference((String) e.get("sub_event_type"), (Integer) e.get("priority"),
                        WordAlternation.of(fr.stream().map(TriggerLexicon::lowerOutsideEscapes).toList(), 0),
                        WordAlternation.of(en.stream().map(TriggerLexicon::lowerOutsideEscapes).toList(), 0),
                        WordAlternation.of(fr, ci), WordAlternation.of(en, ci)));
            }
            return out;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
