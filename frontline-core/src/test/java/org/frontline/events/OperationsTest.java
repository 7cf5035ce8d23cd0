package org.frontline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.frontline.TestTexts;
import org.frontline.text.AnalyzedText;
import org.frontline.text.Language;
import org.frontline.text.NameKey;
import org.frontline.text.RuleTextAnalyzer;
import org.frontline.text.Sentence;
import org.junit.jupiter.api.Test;

class OperationsTest {
    @Test
    void ordinalsPointAtTheOperationsInOrder() {
        assertThat(Operations.ordinal("Selon MG, ont participé à la bataille dans le cadre de la première, les milices"))
                .isZero();
        assertThat(Operations.ordinal("Alors que dans la seconde se trouvaient les milices suivantes")).isEqualTo(1);
        assertThat(Operations.ordinal("In the second, the following groups took part")).isEqualTo(1);
        assertThat(Operations.ordinal("Les milices ont reconnu leurs défaites")).isEqualTo(-1);
    }

    /**
     * The cue sought in the report's fold, then near its anchors in each sentence's slice of it, finds the operations
     * the cue's and the quotes' regexes find over each sentence.
     */
    @Test
    void findsTheOperationsTheWholeRegexesFindInEverySentence() throws IOException {
        List<String> texts = new ArrayList<>(TestTexts.asWrittenAndUpperCased("corpus/2018-01-aleppo-khanasir.txt",
                "fusion/offensive/2018-01-20-afp-abou-douhour-fr.txt",
                "fusion/offensive/2018-01-22-sohr-saraqib-en.txt"));
        texts.add("\"Olive Branch\" began. Turkey launched an offensive dubbed \"Olive Branch\" on Afrin. "
                + "The campaign, called “Dawn of Idlib”, went on; \"Dawn of Idlib\" named again in a battle.");
        texts.add("Des frappes ont visé « Alep » hier. Aucune opération ce jour-là.");
        texts.add("Nothing here is named.");
        int found = 0;
        for (String body : texts) {
            AnalyzedText text = new RuleTextAnalyzer().analyze(body,
                    body.contains(" the ") || body.contains(" The ") ? Language.EN : Language.FR);
            List<Operations.Operation> expected = wholeRegexes(text);
            assertThat(Operations.find(text)).as(body).isEqualTo(expected);
            found += expected.size();
        }
        assertThat(found).isGreaterThanOrEqualTo(6);
    }

    /**
     * Given each sentence's slice of the report's fold, the quoted names an operation sentence refers to and its
     * ordinal are what they are from the sentence alone; an operation's failure is found where the sentence's old
     * {@code matches("(?is).*(…).*")} told it.
     */
    @Test
    void readsReferencesOrdinalsAndFailuresFromTheReportsFoldAsFromTheSentence() throws IOException {
        List<String> texts = new ArrayList<>(TestTexts.asWrittenAndUpperCased("corpus/2018-01-aleppo-khanasir.txt",
                "fusion/offensive/2018-01-20-afp-abou-douhour-fr.txt",
                "fusion/offensive/2018-01-22-sohr-saraqib-en.txt"));
        texts.add("Turkey launched « Olive Branch ». In the first, \"Olive Branch\" was REPELLED. La seconde a échoué: "
                + "un ÉCHEC, une défaite, un revers. The third \"Dawn of Idlib\" suffered a Setback.\nLa première "
                + "fut repoussée. Rien de tel.");
        int referenced = 0;
        int failed = 0;
        java.util.regex.Pattern old = java.util.regex.Pattern.compile(
                "(?is).*(revers|[ée]chec|d[ée]faite|failed|repelled|setback|repouss).*");
        for (String body : texts) {
            AnalyzedText text = new RuleTextAnalyzer().analyze(body,
                    body.contains(" the ") || body.contains(" The ") ? Language.EN : Language.FR);
            List<Operations.Operation> ops = new ArrayList<>(Operations.find(text));
            ops.add(new Operations.Operation("Dawn of Idlib", 0, 0));
            for (Sentence s : text.sentences()) {
                String sentence = text.text(s);
                String folded = text.folded(s);
                List<Integer> named = Operations.referenced(sentence, folded, ops);
                assertThat(named).isEqualTo(wholeRegexReferences(sentence, ops));
                referenced += named.size();
                assertThat(Operations.ordinal(sentence, folded)).isEqualTo(Operations.ordinal(sentence));
                boolean f = old.matcher(sentence).matches();
                assertThat(RuleEventCoder.FAILED.matcher(sentence, folded).find()).as(sentence).isEqualTo(f);
                failed += f ? 1 : 0;
            }
        }
        assertThat(referenced).isGreaterThanOrEqualTo(4);
        assertThat(failed).isGreaterThanOrEqualTo(5);
    }

    /** What {@link Operations#referenced} found before it sought the quotes at their marks: the regex's find(). */
    private static List<Integer> wholeRegexReferences(String sentence, List<Operations.Operation> ops) {
        List<Integer> out = new ArrayList<>();
        Matcher q = Operations.QUOTED.pattern().matcher(sentence);
        while (q.find()) {
            String name = q.group(1) != null ? q.group(1).strip()
                    : q.group(2) != null ? q.group(2).strip() : q.group(3).strip();
            for (int i = 0; i < ops.size(); i++) {
                if (NameKey.normalize(ops.get(i).name()).equals(NameKey.normalize(name))) {
                    if (!out.contains(i)) {
                        out.add(i);
                    }
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The toll's breakdown word ({@link BackReferences#BREAKDOWN}) found near its anchors in a sentence starts where
     * the regex over the sentence's region of the body finds it.
     */
    @Test
    void findsTheBreakdownWordWhereTheRegexOverTheSentencesRegionDoes() throws IOException {
        int found = 0;
        for (String body : TestTexts.asWrittenAndUpperCased("corpus/2018-01-aleppo-khanasir.txt",
                "fusion/offensive/2018-01-20-afp-abou-douhour-fr.txt", "fusion/offensive/2018-01-22-sohr-saraqib-en.txt")) {
            String all = body + " Au moins 31 personnes ont été tuées, dont 18 combattants. Including 3 soldiers, "
                    + "among whom two officers; parmi eux, PARMI LESQUELLES; dontx, redont.";
            AnalyzedText text = new RuleTextAnalyzer().analyze(all, Language.FR);
            for (Sentence s : text.sentences()) {
                Matcher m = BackReferences.BREAKDOWN.pattern().matcher(all).region(s.start(), s.end());
                org.frontline.WindowedFind f = BackReferences.BREAKDOWN.finder(text.text(s), text.folded(s));
                boolean expected = m.find();
                assertThat(f.find()).as(text.text(s)).isEqualTo(expected);
                if (expected) {
                    assertThat(s.start() + f.match().start()).isEqualTo(m.start());
                    found++;
                }
            }
        }
        assertThat(found).isGreaterThanOrEqualTo(8);
    }

    /** What {@link Operations#find} found before it read the fold: both regexes over every sentence. */
    private static List<Operations.Operation> wholeRegexes(AnalyzedText text) {
        List<Operations.Operation> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            String sentence = text.text(s);
            Matcher cue = Operations.CUE.pattern().matcher(sentence);
            if (!cue.find()) {
                continue;
            }
            Matcher q = Operations.QUOTED.pattern().matcher(sentence);
            while (q.find()) {
                String name = q.group(1) != null ? q.group(1).strip()
                        : q.group(2) != null ? q.group(2).strip() : q.group(3).strip();
                if (q.start() >= cue.start() && name.split("\\s+").length <= 8 && out.stream()
                        .noneMatch(o -> NameKey.normalize(o.name()).equals(NameKey.normalize(name)))) {
                    out.add(new Operations.Operation(name, s.index(), s.start() + q.start()));
                }
            }
        }
        return out;
    }
}
