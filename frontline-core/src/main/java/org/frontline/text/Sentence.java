package org.frontline.text;

import java.util.List;

/** A sentence: UTF-16 offsets into the body, end exclusive, with its tokens in order. */
public record Sentence(int index, int start, int end, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence offsets " + start + ".." + end);
        }
    }
}
