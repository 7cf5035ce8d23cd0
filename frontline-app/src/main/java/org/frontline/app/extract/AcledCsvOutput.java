package org.frontline.app.extract;

import java.io.IOException;
import java.io.PrintWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.frontline.Extraction;
import org.frontline.events.AcledColumns;
import org.frontline.events.Event;

/** One CSV row per event, ACLED's columns and order ({@link AcledColumns}); articles with no event add no row. */
final class AcledCsvOutput implements ExtractionWriter {
    private final PrintWriter out;
    private final CSVPrinter printer;

    AcledCsvOutput(PrintWriter out) throws IOException {
        this.out = out;
        this.printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
        printer.printRecord(AcledColumns.HEADER);
    }

    @Override
    public void write(Extraction extraction) throws IOException {
        for (Event e : extraction.events()) {
            printer.printRecord(AcledColumns.of(e).values());
        }
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
        out.flush();
    }
}
