package org.frontline.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.frontline.app.Fixtures.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.frontline.Extraction;
import org.frontline.FrontlineException;
import org.frontline.app.Cli;
import org.frontline.app.Fixtures;
import org.frontline.article.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseEvalCommandTest {
    @TempDir
    Path dir;

    /** "warplanes" → Air/drone strike, "protest" → Peaceful protest, anything else → no event. */
    private static Extraction fake(Article a) {
        if (a.body().contains("warplanes")) {
            return Fixtures.withEvents(a, event("Air/drone strike", null, null, null, 0));
        }
        if (a.body().contains("protest")) {
            return Fixtures.withEvents(a, event("Peaceful protest", null, null, null, 0));
        }
        return Fixtures.withEvents(a);
    }

    private Cli.Run eval(String tsv) throws IOException {
        Path file = Files.writeString(dir.resolve("dev.tsv"), tsv);
        return Cli.run(Cli.context(CaseEvalCommandTest::fake, (n, b, f) -> {
            throw new FrontlineException("not used");
        }, ""), "eval", "case", file.toString(), "--json");
    }

    @Test
    void labelsTheFirstEventAndScoresAgainstGoldSupport() throws IOException {
        Cli.Run run = eval("id\tEventSnippet\tSubType\n"
                + "1\tThe US warplanes pounded the village of \"Kashkash\"\tAIR_STRIKE\n"
                + "2\tStudents held a protest in Delhi\tFORCE_AGAINST_PROTEST\n"
                + "3\tFloods destroyed 300 houses\tNATURAL_DISASTER\n"
                + "4\tMore warplanes\tAIR_STRIKE\n");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode s = new ObjectMapper().readTree(run.out());
        // AIR_STRIKE F1 1 (support 2); FORCE_AGAINST_PROTEST 0 (predicted PEACE_PROTEST); NATURAL_DISASTER is outside
        // ACLED's 25, so it is scored as NONE, predicted once and right: F1 1
        assertThat(s.get("accuracy").asDouble()).isEqualTo(0.75);
        assertThat(s.get("weighted_f1").asDouble()).isCloseTo(0.75, within(1e-12));
        assertThat(s.get("macro_f1").asDouble()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(s.get("n_gold_outside_acled").asInt()).isEqualTo(1);
        assertThat(s.get("n").asInt()).isEqualTo(4);
    }

    @Test
    void rejectsARowWithoutALabelByLine() throws IOException {
        Cli.Run run = eval("id\tEventSnippet\tSubType\n1\tThe US warplanes struck\tAIR_STRIKE\n2\tSomething\t\n");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("dev.tsv:3:SubType: empty label");
        assertThat(new ObjectMapper().readTree(run.out()).get("n").asInt()).isEqualTo(1);
    }
}
