package org.frontline.app.bench;

import java.nio.file.Path;
import java.util.List;
import org.frontline.gazetteer.KeyIndexGazetteer;

/**
 * The gazetteer's cold load, timed in fresh JVMs with the launcher's options for a one-off extraction (the
 * gazetteer alone, so that neither the actor catalogs nor JIT work for the article are counted): wall seconds,
 * process CPU-seconds of the load, the heap it holds after a full collection, the resident set of the process after
 * it, and its place count; then the same load without the launcher's snapshot directory, which parses and indexes
 * the TSV (what the first start after a build, or a library user without the snapshot directory, pays). Medians.
 */
public record GazetteerLoad(double seconds, double cpuSeconds, double heapMb, double residentMb, int places,
                            double indexSeconds, double indexCpuSeconds) {
    /** @param gazetteer a user gazetteer, or null for the bundled one */
    public static GazetteerLoad measure(Path gazetteer, int runs) {
        String cp = JvmChild.ownClasspath();
        List<String> options = ColdStart.launcherOptions(Path.of(cp.split(java.io.File.pathSeparator)[0]));
        List<String> indexing = options.stream()
                .filter(o -> !o.startsWith("-D" + KeyIndexGazetteer.CACHE_PROPERTY + "=")).toList();
        List<String> args = gazetteer == null ? List.of() : List.of(gazetteer.toString());
        probe(options, cp, args); // writes the snapshot if this build has none yet
        double[][] loaded = runs(options, cp, args, runs);
        double[][] indexed = runs(indexing, cp, args, runs);
        return new GazetteerLoad(ColdStart.median(loaded[0]), ColdStart.median(loaded[1]),
                ColdStart.median(loaded[2]), ColdStart.median(loaded[3]), (int) loaded[4][0],
                ColdStart.median(indexed[0]), ColdStart.median(indexed[1]));
    }

    /** Heap per place, in bytes: what the columns and key indexes cost, whatever the gazetteer's size. */
    public double bytesPerPlace() {
        return heapMb * (1 << 20) / places;
    }

    /** figures[f][run] for the probe's five fields. */
    private static double[][] runs(List<String> options, String cp, List<String> args, int runs) {
        double[][] figures = new double[5][runs];
        for (int i = 0; i < runs; i++) {
            double[] line = probe(options, cp, args);
            for (int f = 0; f < line.length; f++) {
                figures[f][i] = line[f];
            }
        }
        return figures;
    }

    private static double[] probe(List<String> options, String cp, List<String> args) {
        String[] fields = JvmChild.run(options, cp, GazetteerProbe.class.getName(), args).stdout().strip().split(" ");
        double[] values = new double[fields.length];
        for (int f = 0; f < fields.length; f++) {
            values[f] = Double.parseDouble(fields[f]);
        }
        return values;
    }
}
