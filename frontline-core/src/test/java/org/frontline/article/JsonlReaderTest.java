package org.frontline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonlReaderTest {
    private final JsonlReader reader = new JsonlReader();

    @Test
    void keepsTheGoodLinesAndNamesLineAndFieldOfEachBadOne() {
        ReadResult result = reader.read("notes.jsonl", Fixtures.bytes("notes-one-bad-line-each.jsonl"));

        assertThat(result.articles()).extracting(Article::inputId).containsExactly("YEM1", "SYR3");
        assertThat(result.problems()).hasSize(4);
        assertThat(result.problems().get(0)).startsWith("notes.jsonl:3: invalid JSON (");
        assertThat(result.problems().get(1)).isEqualTo("notes.jsonl:4: missing text (field text)");
        assertThat(result.problems().get(2)).isEqualTo("notes.jsonl:5: published must be a date YYYY, YYYY-MM or "
                + "YYYY-MM-DD, got 'janvier 2018' (field published)");
        assertThat(result.problems().get(3)).isEqualTo("notes.jsonl:7: language must be fr or en, got 'de' (field language)");
        assertThat(result.problems()).allSatisfy(p -> assertThat(p).doesNotContain("\n"));
    }

    @Test
    void carriesEveryFieldOfAGoodLine() {
        Article note = reader.read("notes.jsonl", Fixtures.bytes("notes-one-bad-line-each.jsonl")).articles().get(0);

        assertThat(note.body()).isEqualTo(
                "On 9 May 2020, clashes erupted between pro-Houthi forces and pro-Hadi forces in Nihm (Sanaa).");
        assertThat(note.published()).isEqualTo("2020-05-09");
        assertThat(note.source()).isEqualTo("Xinhua");
        assertThat(note.language()).isEqualTo("en");
    }

    @Test
    void needsOnlyTheText() {
        String line = "{\"text\": \"Selon MG, la route libérée est d’une longueur de 45 km.\"}";

        ReadResult result = reader.read("one.jsonl", line.getBytes(StandardCharsets.UTF_8));

        assertThat(result.problems()).isEmpty();
        assertThat(result.articles()).singleElement().satisfies(a -> {
            assertThat(a.inputId()).isNull();
            assertThat(a.published()).isNull();
            assertThat(a.language()).isNull();
        });
    }

    @Test
    void rejectsAnEmptyTextAndANonObjectLine() {
        String lines = "{\"id\": 7, \"text\": \"  \"}\n[1, 2]\n{\"text\": \"ok.\"} trailing\n";

        ReadResult result = reader.read("x.jsonl", lines.getBytes(StandardCharsets.UTF_8));

        assertThat(result.articles()).isEmpty();
        assertThat(result.problems()).containsExactly("x.jsonl:1: text is empty (field text)",
                "x.jsonl:2: not a JSON object", result.problems().get(2));
        assertThat(result.problems().get(2)).startsWith("x.jsonl:3: invalid JSON");
    }
}
