package org.frontline.events;

/** A stretch of the body that supports an event: UTF-16 offsets, end exclusive. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
