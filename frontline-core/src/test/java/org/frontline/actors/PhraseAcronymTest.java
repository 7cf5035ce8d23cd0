package org.frontline.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.frontline.TestTexts;
import org.frontline.text.Words;
import org.junit.jupiter.api.Test;

/**
 * Speed round 29g: {@link PhraseMatcher#acronym} gathers the phrase's letters and digits by code point and stops past
 * six, where it removed {@code [^\p{L}\p{N}]} with a regex. Both forms answer alike for every code point alone, in
 * capitals and lower case around it, and for every line, quoted alias and word of the bundled catalogs and the test
 * reports. The words of each are joined ({@link PhraseMatcher#joined}) as {@code String.join} over a stream joined them.
 */
class PhraseAcronymTest {
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

    /** The regex form the char loop replaced. */
    private static boolean regexAcronym(String phrase) {
        String letters = NOT_LETTER_OR_DIGIT.matcher(phrase).replaceAll("");
        return !letters.isEmpty() && letters.length() <= 6 && letters.equals(letters.toUpperCase())
                && !letters.equals(letters.toLowerCase());
    }

    @Test
    void everyCodePointAloneAndBetweenLettersAnswersAsTheRegex() {
        int acronyms = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String c = new String(Character.toChars(cp));
            for (String phrase : new String[] {c, "AB" + c, c + "CD", "ABCDE" + c, "ab" + c + "C", c + c + c + c}) {
                boolean expected = regexAcronym(phrase);
                acronyms += expected ? 1 : 0;
                if (expected != PhraseMatcher.acronym(phrase)) {
                    assertThat(PhraseMatcher.acronym(phrase)).as("U+%04X in \"%s\"", cp, phrase).isEqualTo(expected);
                }
            }
        }
        assertThat(acronyms).as("both answers occur").isGreaterThan(1000);
        assertThat(PhraseMatcher.acronym("\uD800")).isFalse(); // an unpaired surrogate is no letter
        assertThat(PhraseMatcher.acronym("A\uD800B")).isTrue();
    }

    @Test
    void everyCatalogLineAliasAndWordAnswersAsTheRegex() throws IOException, URISyntaxException {
        List<String> texts = new ArrayList<>();
        Path dir = Path.of(PhraseMatcher.class.getResource("sy.yaml").toURI()).getParent();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                texts.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        for (String report : TestTexts.eightReports()) {
            texts.add(TestTexts.read(report));
        }
        int asked = 0;
        int acronyms = 0;
        for (String text : texts) {
            List<String> phrases = new ArrayList<>();
            for (String line : text.split("\n")) {
                phrases.add(line);
                String[] quoted = line.split("\"");
                for (int k = 1; k < quoted.length; k += 2) {
                    phrases.add(quoted[k]);
                }
                phrases.addAll(List.of(line.split("[\\s,\\[\\]]+")));
            }
            for (String p : phrases) {
                List<Words.Word> words = Words.split(p);
                assertThat(PhraseMatcher.joined(words, false)).as(p)
                        .isEqualTo(String.join(" ", words.stream().map(Words.Word::key).toList()))
                        .isEqualTo(Words.key(p));
                assertThat(PhraseMatcher.joined(words, true)).as(p)
                        .isEqualTo(String.join(" ", words.stream().map(Words.Word::raw).toList()));
                boolean expected = regexAcronym(p);
                assertThat(PhraseMatcher.acronym(p)).as(p).isEqualTo(expected);
                asked++;
                acronyms += expected ? 1 : 0;
            }
        }
        assertThat(asked).isGreaterThan(20_000);
        assertThat(acronyms).as("the catalogs' acronyms are among them").isGreaterThan(100);
    }
}
