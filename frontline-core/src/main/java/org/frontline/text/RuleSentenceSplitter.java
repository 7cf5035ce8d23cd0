package org.frontline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sentences by rules over {@link RuleTokenizer} tokens. A sentence ends:
 * <ul>
 *   <li>at a blank line, always;</li>
 *   <li>at a single line break unless the next line starts with a lower-case letter (a hard-wrapped
 *       sentence), so a headline without punctuation ("Aveux de défaite") is a sentence of its own;</li>
 *   <li>after . ! ? … (with any closing quotes and brackets that follow) unless the next token starts in lower
 *       case or is , ; : — which also keeps "km." and "etc." inside a sentence that goes on in lower case;</li>
 *   <li>but not after a '.' that closes an abbreviation (M., Mme, Dr, St, Gen., Col., Lt., No., Mr…) or an
 *       initial ("George W. Bush"); dotted acronyms ("U.S.") and decimals ("3.5") are single tokens and never
 *       end a sentence;</li>
 *   <li>and not inside « … » or “ … ” when the text after the closing quote goes on in lower case or with a
 *       comma (« Ils ont fui. Nous avançons », a dit…).</li>
 * </ul>
 * Sentence offsets are UTF-16 indices into the body: from the first token's start to the last token's end.
 * Stateless and thread-safe.
 */
public final class RuleSentenceSplitter {
    /** Lower-cased abbreviations that precede a name or number and so never end a sentence with their dot. */
    static final Set<String> ABBREVIATIONS = Set.of(
            "m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "me", "st", "ste", "sts", "mgr", "gén", "gen",
            "col", "lt", "cdt", "cmdt", "capt", "cpt", "maj", "sgt", "brig", "cpl", "adj", "gov", "sen", "rep",
            "rev", "prof", "mr", "mrs", "ms", "jr", "sr", "no", "nos", "nº", "vs", "cf", "av", "env", "approx",
            "ca", "mt", "ft", "fig", "vol", "art", "p", "pp");
    private static final String OPENING_QUOTES = "«“";
    private static final String CLOSING_QUOTES = "»”";

    /** @param tokens the tokens of {@code body}, in order, as {@link RuleTokenizer} makes them */
    public List<Sentence> split(String body, List<Token> tokens) {
        List<Sentence> sentences = new ArrayList<>();
        int first = 0;
        int quoteDepth = 0;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            quoteDepth = Math.max(0, quoteDepth + quoteChange(t));
            int last = k;
            int depthAfter = quoteDepth;
            boolean ends;
            if (k + 1 == tokens.size()) {
                ends = true;
            } else if (isTerminal(t) && !isAbbreviationDot(tokens, k)) {
                last = closersEnd(body, tokens, k);
                for (int c = k + 1; c <= last; c++) {
                    depthAfter = Math.max(0, depthAfter + quoteChange(tokens.get(c)));
                }
                ends = last + 1 == tokens.size() || lineBreakEnds(body, tokens, last)
                        || (!isContinuation(tokens.get(last + 1))
                            && !(depthAfter > 0 && quoteGoesOnInLowerCase(body, tokens, last + 1)));
            } else {
                ends = lineBreakEnds(body, tokens, k);
            }
            if (ends) {
                sentences.add(sentence(sentences.size(), tokens.subList(first, last + 1)));
                quoteDepth = newlines(body, tokens, last) > 0 ? 0 : depthAfter;
                first = last + 1;
                k = last;
            }
        }
        return sentences;
    }

    private static Sentence sentence(int index, List<Token> tokens) {
        return new Sentence(index, tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens);
    }

    static boolean isTerminal(Token t) {
        if (t.kind() != Token.Kind.PUNCT) {
            return false;
        }
        for (int i = 0; i < t.text().length(); i++) {
            if (".!?…".indexOf(t.text().charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** A single '.' glued to an abbreviation or a one-letter initial just before it. */
    private static boolean isAbbreviationDot(List<Token> tokens, int k) {
        Token dot = tokens.get(k);
        if (!dot.text().equals(".") || k == 0) {
            return false;
        }
        Token before = tokens.get(k - 1);
        if (before.end() != dot.start() || before.kind() != Token.Kind.WORD) {
            return false;
        }
        String word = before.lower();
        return ABBREVIATIONS.contains(word) || (before.text().length() == 1 && before.isCapitalized());
    }

    /** Index of the last closing quote or bracket glued after the terminal at {@code k} on the same line. */
    private static int closersEnd(String body, List<Token> tokens, int k) {
        int last = k;
        while (last + 1 < tokens.size() && isCloser(tokens.get(last + 1)) && newlines(body, tokens, last) == 0) {
            last++;
        }
        return last;
    }

    private static boolean isCloser(Token t) {
        return t.kind() == Token.Kind.PUNCT && (CLOSING_QUOTES.contains(t.text()) || t.text().equals(")")
                || t.text().equals("]") || t.text().equals("\"") || t.text().equals("’") || t.text().equals("'"));
    }

    /** The next token carries the sentence on: lower-case start, or a comma, semicolon or colon. */
    private static boolean isContinuation(Token next) {
        if (next.kind() == Token.Kind.WORD || next.kind() == Token.Kind.NUMBER) {
            return Character.isLowerCase(next.text().codePointAt(0));
        }
        return next.text().equals(",") || next.text().equals(";") || next.text().equals(":");
    }

    /** Inside a quotation: does the text right after its closing quote go on in lower case or with a comma? */
    private static boolean quoteGoesOnInLowerCase(String body, List<Token> tokens, int from) {
        int depth = 1;
        for (int k = from; k < tokens.size(); k++) {
            if (k > from && newlines(body, tokens, k - 1) > 1) {
                return false;
            }
            depth += quoteChange(tokens.get(k));
            if (depth == 0) {
                return k + 1 < tokens.size() && isContinuation(tokens.get(k + 1));
            }
        }
        return false;
    }

    private static int quoteChange(Token t) {
        if (t.kind() != Token.Kind.PUNCT) {
            return 0;
        }
        if (OPENING_QUOTES.contains(t.text())) {
            return 1;
        }
        return CLOSING_QUOTES.contains(t.text()) ? -1 : 0;
    }

    /** A line break after token {@code k} ends the sentence: a blank line, or a new line not in lower case. */
    private static boolean lineBreakEnds(String body, List<Token> tokens, int k) {
        int breaks = newlines(body, tokens, k);
        if (breaks == 0) {
            return false;
        }
        return breaks > 1 || !Character.isLowerCase(tokens.get(k + 1).text().codePointAt(0));
    }

    /** Line breaks between token {@code k} and the next one. */
    private static int newlines(String body, List<Token> tokens, int k) {
        if (k + 1 >= tokens.size()) {
            return 0;
        }
        int count = 0;
        for (int i = tokens.get(k).end(); i < tokens.get(k + 1).start(); i++) {
            if (body.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }
}
