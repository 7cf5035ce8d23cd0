package org.frontline.app.extract;

import java.io.IOException;
import org.frontline.Extraction;

/** Writes extractions in one output format, in the order given; {@link #finish} closes the document, not the stream. */
public interface ExtractionWriter {
    void write(Extraction extraction) throws IOException;

    void finish() throws IOException;
}
