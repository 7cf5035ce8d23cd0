package org.frontline.app.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import org.frontline.Extraction;

/** One compact extraction per line; the input id travels in {@code article.input_id}. */
final class JsonlOutput implements ExtractionWriter {
    private final PrintWriter out;
    private final ObjectMapper mapper;

    JsonlOutput(PrintWriter out, ObjectMapper mapper) {
        this.out = out;
        this.mapper = mapper;
    }

    @Override
    public void write(Extraction extraction) throws IOException {
        out.print(mapper.writeValueAsString(extraction));
        out.print('\n');
    }

    @Override
    public void finish() {
        out.flush();
    }
}
