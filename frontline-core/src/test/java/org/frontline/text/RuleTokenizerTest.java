package org.frontline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RuleTokenizerTest {
    private final RuleTokenizer tokenizer = new RuleTokenizer();

    private List<String> texts(String body) {
        return tokenizer.tokenize(body).stream().map(Token::text).toList();
    }

    private List<Token.Kind> kinds(String body) {
        return tokenizer.tokenize(body).stream().map(Token::kind).toList();
    }

    @Test
    void splitsTheElidedArticleOffWithEitherApostrophe() {
        assertThat(texts("la province sud d'Alep")).containsExactly("la", "province", "sud", "d'", "Alep");
        assertThat(texts("la province sud d’Alep")).containsExactly("la", "province", "sud", "d’", "Alep");
        assertThat(texts("L’armée syrienne")).containsExactly("L’", "armée", "syrienne");
        assertThat(texts("des zones qu’elle avait conquises")).containsExactly("des", "zones", "qu’", "elle",
                "avait", "conquises");
        assertThat(kinds("d’Alep")).containsExactly(Token.Kind.WORD, Token.Kind.WORD);
    }

    @Test
    void keepsInnerApostrophesOfOtherWordsAndSplitsEnglishPossessives() {
        assertThat(texts("aujourd’hui à Ma'arrat al-Nu'man")).containsExactly("aujourd’hui", "à", "Ma'arrat",
                "al-Nu'man");
        assertThat(texts("Assad's forces")).containsExactly("Assad", "'s", "forces");
    }

    @Test
    void keepsHyphenatedNamesAsOneWord() {
        assertThat(texts("la région Tal-Damane et Jabal a-Arbaïne, le front al-Nosra, la province sud-est"))
                .containsExactly("la", "région", "Tal-Damane", "et", "Jabal", "a-Arbaïne", ",", "le", "front",
                        "al-Nosra", ",", "la", "province", "sud-est");
        assertThat(texts("pro-Houthi forces")).containsExactly("pro-Houthi", "forces");
    }

    @Test
    void separatesNumbersFromUnitsWithOrWithoutSpace() {
        List<Token> tokens = tokenizer.tokenize("raccourcie de 10 km à 2km.");

        assertThat(tokens).extracting(Token::text).containsExactly("raccourcie", "de", "10", "km", "à", "2", "km", ".");
        assertThat(tokens).extracting(Token::kind).containsExactly(Token.Kind.WORD, Token.Kind.WORD,
                Token.Kind.NUMBER, Token.Kind.WORD, Token.Kind.WORD, Token.Kind.NUMBER, Token.Kind.WORD,
                Token.Kind.PUNCT);
    }

    @Test
    void readsDecimalsAndThousandsSeparatorsAsOneNumber() {
        assertThat(texts("1,500 fighters, 1 500 combattants, 3.5 km, 2,5 km")).containsExactly(
                "1,500", "fighters", ",", "1 500", "combattants", ",", "3.5", "km", ",", "2,5", "km");
        assertThat(texts("en 2018 100 morts")).containsExactly("en", "2018", "100", "morts");
        assertThat(texts("On 9 May 2020, 12 people")).containsExactly("On", "9", "May", "2020", ",", "12", "people");
    }

    @Test
    void keepsNumberWordsAsWords() {
        assertThat(tokenizer.tokenize("Une vingtaine de villages")).extracting(Token::text, Token::kind)
                .startsWith(org.assertj.core.groups.Tuple.tuple("Une", Token.Kind.WORD),
                        org.assertj.core.groups.Tuple.tuple("vingtaine", Token.Kind.WORD));
    }

    @Test
    void makesGuillemetsQuotesAndParenthesesPunctuation() {
        List<Token> tokens = tokenizer.tokenize("baptisées « Riposte à la tyrannie », par Média de guerre (MG) \"ici\"");

        assertThat(tokens).extracting(Token::text).containsExactly("baptisées", "«", "Riposte", "à", "la",
                "tyrannie", "»", ",", "par", "Média", "de", "guerre", "(", "MG", ")", "\"", "ici", "\"");
        assertThat(tokens).filteredOn(t -> !Character.isLetter(t.text().charAt(0)))
                .extracting(Token::kind).containsOnly(Token.Kind.PUNCT);
    }

    @Test
    void keepsDottedAcronymsWhole() {
        assertThat(texts("U.S. forces, e.g. in Syria")).containsExactly("U.S.", "forces", ",", "e.g.", "in", "Syria");
        assertThat(texts("M. Assad")).containsExactly("M", ".", "Assad");
    }

    @Test
    void marksCurrencyAndPercentAsSymbols() {
        assertThat(kinds("$ 5 %")).containsExactly(Token.Kind.SYMBOL, Token.Kind.NUMBER, Token.Kind.PUNCT);
        assertThat(kinds("€")).containsExactly(Token.Kind.SYMBOL);
    }

    @Test
    void givesOffsetsIntoTheBodyEvenWithNoBreakSpacesAndSurrogates() {
        String body = "Alep\u00a0: 45\u202fkm 😀 « al-Nosra »";

        List<Token> tokens = tokenizer.tokenize(body);

        assertThat(tokens).allSatisfy(t -> assertThat(body.substring(t.start(), t.end())).isEqualTo(t.text()));
        assertThat(tokens).extracting(Token::text).containsExactly("Alep", ":", "45", "km", "😀", "«", "al-Nosra", "»");
    }

    @Test
    void givesEachTokenItsLowerCaseOnceAndTheSameAsTheTextsOwn() throws java.io.IOException {
        // "İ" lower-cases to two chars and "ẞ" to "ß": the lower case is the whole string's, not char by char
        String body = "DANS LA PROVINCE D'ALEP, İdlib ẞtraße: Tal-Damane et l’Armée "
                + org.frontline.TestTexts.read("corpus/2018-01-aleppo-khanasir.txt");
        List<Token> tokens = tokenizer.tokenize(body);
        assertThat(tokens).hasSizeGreaterThan(100);
        assertThat(tokens).allSatisfy(t -> assertThat(t.lower()).isEqualTo(t.text().toLowerCase(Locale.ROOT)));
        assertThat(tokens).filteredOn(t -> !t.lower().equals(t.text())).hasSizeGreaterThan(10);
        assertThat(tokens.get(6).text()).isEqualTo("İdlib");
        assertThat(tokens.get(6).lower()).hasSize(6);
        assertThat(new Token("Alep", 0, 4, Token.Kind.WORD).lower()).isEqualTo("alep");
    }

    /** Speed round 26g: the ASCII shortcuts of the char classes answer as the JDK's properties do, on every code point. */
    @Test
    void tellsSpacesAndWordCharsAsTheJdksPropertiesDo() {
        List<String> wrong = new java.util.ArrayList<>();
        int words = 0;
        int spaces = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            boolean space = Character.isWhitespace(cp) || Character.isSpaceChar(cp);
            int type = Character.getType(cp);
            boolean word = Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
            if (RuleTokenizer.isSpace(cp) != space || RuleTokenizer.isWordChar(cp) != word) {
                wrong.add(Integer.toHexString(cp));
            }
            words += cp < 0x80 && word ? 1 : 0;
            spaces += cp < 0x80 && space ? 1 : 0;
        }
        assertThat(wrong).isEmpty();
        assertThat(words).isEqualTo(62);
        assertThat(spaces).isEqualTo(10);
    }

    /**
     * Speed round 28g: one-char tokens are shared Strings; each still equals its chars in the body, with the lower
     * case the token's constructor would make, for every char of the two tables and a few outside them.
     */
    @Test
    void oneCharTokensHoldTheirCharsAndLowerCase() {
        StringBuilder body = new StringBuilder();
        for (char c = 0; c < 0x2100; c++) {
            if (c < 0x100 || c >= 0x2000 && c < 0x2070 || c == 'İ' || c == 'ẞ' || c == 'Ω' || c == 'ß') {
                body.append(c).append(' ');
            }
        }
        body.append("A. « b » c, D; d’Alep x–y é");
        String text = body.toString();
        List<Token> tokens = tokenizer.tokenize(text);
        assertThat(tokens).hasSizeGreaterThan(300);
        assertThat(tokens).allSatisfy(t -> {
            assertThat(t.text()).isEqualTo(text.substring(t.start(), t.end()));
            assertThat(t.lower()).isEqualTo(t.text().toLowerCase(Locale.ROOT));
        });
        assertThat(tokens).filteredOn(t -> t.text().equals("À")).singleElement()
                .satisfies(t -> assertThat(t.lower()).isEqualTo("à"));
        assertThat(RuleTokenizer.oneChar(',')).isSameAs(RuleTokenizer.oneChar(',')).isEqualTo(",");
        assertThat(RuleTokenizer.oneChar('…')).isEqualTo("…");
        assertThat(RuleTokenizer.oneChar('⁰')).isNull();
        assertThat(RuleTokenizer.oneChar('Ā')).isNull();
    }
}
