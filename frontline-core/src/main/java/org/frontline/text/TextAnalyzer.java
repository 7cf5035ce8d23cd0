package org.frontline.text;

/**
 * Splits a body into sentences and tokens and decides its language. Thread-safe.
 */
public interface TextAnalyzer {
    /**
     * @param body     the article body; offsets of the result index into it
     * @param language the declared language, or null to detect fr/en from the text
     */
    AnalyzedText analyze(String body, Language language);
}
