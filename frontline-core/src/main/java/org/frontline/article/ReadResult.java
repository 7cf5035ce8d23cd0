package org.frontline.article;

import java.util.List;

/**
 * What one input gave: its articles, and one line per part that was rejected ("file:line: why"), so a bad line
 * in a JSONL file costs only that line.
 */
public record ReadResult(List<Article> articles, List<String> problems) {
    public ReadResult {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }
}
