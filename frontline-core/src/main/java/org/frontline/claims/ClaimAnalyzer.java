package org.frontline.claims;

import org.frontline.text.AnalyzedText;

/** Finds sources, attribution phrases ("selon", "citant", "according to") and loaded terms. Thread-safe. */
public interface ClaimAnalyzer {
    Claims analyze(AnalyzedText text);
}
