package org.frontline.app.extract;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.stream.Collectors;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine;

/** The {@code --out} formats of {@code frontline extract}, with their command-line spelling. */
public enum OutputFormat {
    JSON("json"), JSONL("jsonl"), ACLED_CSV("acled-csv"), GEOJSON("geojson");

    private final String cliName;

    OutputFormat(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** A writer of this format for {@code articles} extractions onto {@code out}. */
    public ExtractionWriter open(PrintWriter out, ObjectMapper mapper, int articles) throws IOException {
        return switch (this) {
            case JSON -> new JsonOutput(out, mapper, articles != 1);
            case JSONL -> new JsonlOutput(out, mapper);
            case ACLED_CSV -> new AcledCsvOutput(out);
            case GEOJSON -> new GeoJsonOutput(out, mapper);
        };
    }

    /** Parses "json", "jsonl", "acled-csv", "geojson" (any case). */
    public static OutputFormat parse(String name) {
        for (OutputFormat f : values()) {
            if (f.cliName.equalsIgnoreCase(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown output format '" + name + "', expected one of " + names());
    }

    public static String names() {
        return Arrays.stream(values()).map(OutputFormat::cliName).collect(Collectors.joining(", "));
    }

    /** picocli's hook: a bad value becomes a usage error (exit 2). */
    public static final class Converter implements CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
