package org.frontline.app.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * The gazetteer's cold load, timed in fresh JVMs with the launcher's options for a one-off extraction (the
 * gazetteer alone, so that neither the actor catalogs nor JIT work for the article are counted): wall seconds,
 * process CPU-seconds of the load, the heap it holds after a full collection, the resident set of the process after
 * it, and its place count. Medians of the runs.
 */
public record GazetteerLoad(double seconds, double cpuSeconds, double heapMb, double residentMb, int places) {
    /** @param gazetteer a user gazetteer, or null for the bundled one */
    public static GazetteerLoad measure(Path gazetteer, int runs) {
        String cp = JvmChild.ownClasspath();
        List<String> options = ColdStart.launcherOptions(Path.of(cp.split(java.io.File.pathSeparator)[0]));
        List<String> args = gazetteer == null ? List.of() : List.of(gazetteer.toString());
        double[][] figures = new double[4][runs];
        int places = 0;
        for (int i = 0; i < runs; i++) {
            String[] fields = JvmChild.run(options, cp, GazetteerProbe.class.getName(), args).stdout().strip()
                    .split(" ");
            for (int f = 0; f < 4; f++) {
                figures[f][i] = Double.parseDouble(fields[f]);
            }
            places = Integer.parseInt(fields[4]);
        }
        return new GazetteerLoad(ColdStart.median(figures[0]), ColdStart.median(figures[1]),
                ColdStart.median(figures[2]), ColdStart.median(figures[3]), places);
    }

    /** Heap per place, in bytes: what the columns and key indexes cost, whatever the gazetteer's size. */
    public double bytesPerPlace() {
        return heapMb * (1 << 20) / places;
    }
}
