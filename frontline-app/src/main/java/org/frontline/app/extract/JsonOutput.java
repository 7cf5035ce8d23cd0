package org.frontline.app.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.IOException;
import java.io.PrintWriter;
import org.frontline.Extraction;

/** Pretty JSON: the extraction object itself for one article, a JSON array of them otherwise. */
final class JsonOutput implements ExtractionWriter {
    private final PrintWriter out;
    private final SequenceWriter sequence;

    JsonOutput(PrintWriter out, ObjectMapper mapper, boolean array) throws IOException {
        this.out = out;
        this.sequence = mapper.writerWithDefaultPrettyPrinter().writeValues(out).init(array);
    }

    @Override
    public void write(Extraction extraction) throws IOException {
        sequence.write(extraction);
    }

    @Override
    public void finish() throws IOException {
        sequence.close();
        out.println();
        out.flush();
    }
}
