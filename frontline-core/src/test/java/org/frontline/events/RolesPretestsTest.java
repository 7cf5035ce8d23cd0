package org.frontline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.frontline.TestTexts;
import org.junit.jupiter.api.Test;

/**
 * {@link Roles#holderAfter} and {@link Roles#suffered}, which read a char or two before they make a matcher, answer
 * as the matcher alone did: at every offset of the test reports (as written and upper-cased) and of made-up texts,
 * and with every char of the BMP where the chars read in place stand.
 */
class RolesPretestsTest {
    private static final List<String> MADE_UP = List.of(
            "regime-held areas, rebel\u2010controlled villages, HTS\u2011run Idlib, the army Held it, SDF-hELD, "
                    + "IS-RUN town, a -runner, a - held one, the held-out, x-hel, y-c, z- ,-r",
            "Three soldiers were killed. Two policemen\twho were shot dead by gunmen; civilians ſont tués, "
                    + "Les soldats ont été tués. Two men WERE REPORTEDLY WOUNDED. He  \n was killed. Gunmen fut abattus"
                    + " and a été blessé, who, x qui sont enlevés ; nurses have been  abducted,");

    @Test
    void answerAsTheMatchersAtEveryOffset() throws IOException {
        List<String> texts = new ArrayList<>(TestTexts.asWrittenAndUpperCased(TestTexts.eightReports()));
        texts.addAll(MADE_UP);
        int held = 0;
        int hurt = 0;
        int checked = 0;
        for (String text : texts) {
            for (int at = 0; at < text.length(); at++) {
                for (int end : new int[] {text.length(), Math.min(text.length(), at + 12), at + 1, at}) {
                    boolean h = Roles.HOLDER_AFTER.matcher(text).region(at, end).lookingAt();
                    boolean s = Roles.SUFFERED.matcher(text).region(at, end).lookingAt();
                    assertThat(Roles.holderAfter(text, at, end)).as("held %d..%d of %.40s", at, end, text)
                            .isEqualTo(h);
                    assertThat(Roles.suffered(text, at, end)).as("suffered %d..%d of %.40s", at, end, text)
                            .isEqualTo(s);
                    held += h ? 1 : 0;
                    hurt += s ? 1 : 0;
                    checked++;
                }
            }
        }
        assertThat(held).isGreaterThan(10);
        assertThat(hurt).isGreaterThan(10);
        assertThat(checked).isGreaterThan(40_000);
    }

    @Test
    void answerAsTheMatchersWithEveryCharWhereTheyRead() {
        String[] heldWords = {"held", "controlled", "run"};
        String[] sufferedWords = {"who were killed", "qui ont été tués", "were killed", "was shot", "have been killed",
            "has been wounded", "had been abducted", "ont été tués", "a été tué", "avaient été blessés",
            "avait été enlevé", "sont tués", "est tué", "furent tués", "fut tué"};
        int held = 0;
        int hurt = 0;
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            for (String w : heldWords) {
                for (String text : new String[] {"rebels" + c + w + " areas", "rebels-" + c + w.substring(1) + " areas"}) {
                    boolean h = Roles.HOLDER_AFTER.matcher(text).region(6, text.length()).lookingAt();
                    assertThat(Roles.holderAfter(text, 6, text.length())).as("%s", text).isEqualTo(h);
                    held += h ? 1 : 0;
                }
            }
            for (String w : sufferedWords) {
                for (String text : new String[] {"Two soldiers" + c + w + " today", "Two soldiers " + c
                        + w.substring(1) + " today"}) {
                    boolean s = Roles.SUFFERED.matcher(text).region(12, text.length()).lookingAt();
                    assertThat(Roles.suffered(text, 12, text.length())).as("%s", text).isEqualTo(s);
                    hurt += s ? 1 : 0;
                }
            }
        }
        // four separators for each word, and its initial in either case
        assertThat(held).isEqualTo(4 * 3 + 2 * 3);
        // six white spaces for each phrase, and its initial in either case, or as "ſ" for "sont"
        assertThat(hurt).isEqualTo(6 * 15 + 2 * 15 + 1);
    }
}
