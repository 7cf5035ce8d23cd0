package org.frontline.text;

import java.util.List;
import java.util.Objects;

/**
 * The rule-based text stage: {@link RuleTokenizer} tokens, {@link RuleSentenceSplitter} sentences, the phrase
 * matchers' {@link Words}, and the declared language or else {@link StopwordLanguageDetector}'s guess. Offsets are
 * UTF-16 indices into the body as given (the readers' LF-normalized text). Stateless and thread-safe; build one and
 * share it.
 */
public final class RuleTextAnalyzer implements TextAnalyzer {
    private final RuleTokenizer tokenizer = new RuleTokenizer();
    private final RuleSentenceSplitter splitter = new RuleSentenceSplitter();
    private final StopwordLanguageDetector detector = new StopwordLanguageDetector();

    @Override
    public AnalyzedText analyze(String body, Language language) {
        Objects.requireNonNull(body, "body");
        List<Token> tokens = tokenizer.tokenize(body);
        Language detected = language != null ? language : detector.fromTokens(tokens);
        // the words read the tokens the tokenizer cut out and lower-cased, rather than copying them out again
        return new AnalyzedText(body, detected, splitter.split(body, tokens), CaseFold.of(body),
                Words.split(body, tokens));
    }
}
