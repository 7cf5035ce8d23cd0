package org.frontline.events;

import java.util.List;

/** Codes the events an article reports from its analysed text and recognised mentions. Thread-safe. */
public interface EventCoder {
    /** @return events most salient first; empty when the text reports no conflict event */
    List<Event> code(CodingInput input);
}
