package org.frontline.claims;

/** A source named in the text; UTF-16 offsets into the body, end exclusive. */
public record SourceMention(String text, int start, int end, Source source) {
}
