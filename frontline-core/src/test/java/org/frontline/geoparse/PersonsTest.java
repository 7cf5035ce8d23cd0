package org.frontline.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.frontline.text.RuleTokenizer;
import org.frontline.text.Token;
import org.junit.jupiter.api.Test;

/** A capitalised run right after a title, or after a title and one lower-case word of letters, names a person. */
class PersonsTest {
    private static boolean titledAt(String text, String word) {
        List<Token> tokens = new RuleTokenizer().tokenize(text);
        int at = tokens.stream().map(Token::text).toList().indexOf(word);
        assertThat(at).as(word).isNotNegative();
        return Persons.titled(tokens, at);
    }

    @Test
    void aTitleOrATitleAndOneLowerCaseWordMakesTheRunAPerson() {
        assertThat(titledAt("le Premier ministre Haider al-Abadi", "Haider")).isTrue();
        assertThat(titledAt("le Premier ministre irakien Haider al-Abadi", "Haider")).isTrue();
        assertThat(titledAt("le ministre irako-kurde Haider", "Haider")).isTrue();
        assertThat(titledAt("the Iraqi governor Haider", "Haider")).isTrue();
    }

    @Test
    void aLinkADigitOrACapitalBetweenMakesNoPerson() {
        assertThat(titledAt("the governor of Idlib", "Idlib")).isFalse();
        assertThat(titledAt("le ministre irakien2 Haider", "Haider")).isFalse();
        assertThat(titledAt("le ministre Irakien Haider", "Haider")).isFalse();
        assertThat(titledAt("les forces irakiennes Haider", "Haider")).isFalse();
        assertThat(titledAt("Haider", "Haider")).isFalse();
    }
}
