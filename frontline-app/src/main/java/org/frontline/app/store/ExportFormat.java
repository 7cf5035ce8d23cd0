package org.frontline.app.store;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.frontline.app.extract.OutputFormat;
import picocli.CommandLine;

/** The {@code --out} formats of {@code frontline export}: the extract command's writers, plus Parquet. */
public enum ExportFormat {
    ACLED_CSV("acled-csv", OutputFormat.ACLED_CSV), GEOJSON("geojson", OutputFormat.GEOJSON),
    JSONL("jsonl", OutputFormat.JSONL), PARQUET("parquet", null);

    private final String cliName;
    private final OutputFormat text;

    ExportFormat(String cliName, OutputFormat text) {
        this.cliName = cliName;
        this.text = text;
    }

    /** The extract writer for this format; null for Parquet, which is binary and written to a file. */
    public OutputFormat textFormat() {
        return text;
    }

    public static String names() {
        return Arrays.stream(values()).map(f -> f.cliName).collect(Collectors.joining(", "));
    }

    /** picocli's hook: a bad value becomes a usage error (exit 2). */
    public static final class Converter implements CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            for (ExportFormat f : values()) {
                if (f.cliName.equalsIgnoreCase(value)) {
                    return f;
                }
            }
            throw new CommandLine.TypeConversionException("unknown export format '" + value + "', expected one of "
                    + names());
        }
    }
}
