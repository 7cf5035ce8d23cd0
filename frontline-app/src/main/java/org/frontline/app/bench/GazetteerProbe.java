package org.frontline.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.frontline.gazetteer.KeyIndexGazetteer;

/**
 * Main of the gazetteer child JVM: loads the gazetteer alone (bundled, or the user file given) and prints, on one
 * line, the seconds and process CPU-seconds the load took, the heap it holds after a full collection (MB, the heap
 * before it subtracted), the process's resident set after it (MB; -1 where /proc is missing) and the place count.
 * Run only in a fresh JVM by {@link GazetteerLoad}.
 */
public final class GazetteerProbe {
    private GazetteerProbe() {
    }

    /** @param args optionally a user gazetteer file */
    public static void main(String[] args) throws IOException {
        long heapBefore = liveHeap();
        double cpuBefore = cpuSeconds();
        long start = System.nanoTime();
        KeyIndexGazetteer gazetteer = args.length > 0 ? KeyIndexGazetteer.load(Path.of(args[0])) : KeyIndexGazetteer.loadBundled();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = cpuSeconds() - cpuBefore;
        double heapMb = (liveHeap() - heapBefore) / (double) (1 << 20);
        System.out.println(String.format(Locale.ROOT, "%.4f %.4f %.2f %.1f %d", seconds, cpu, heapMb, residentMb(),
                gazetteer.size()));
        Reference.reachabilityFence(gazetteer);
    }

    private static long liveHeap() {
        System.gc(); // on purpose: the figure is what stays in use after a full collection
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** VmRSS from /proc/self/status: the memory the process really occupies, JVM and code included. */
    private static double residentMb() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmRSS:"))
                .mapToDouble(l -> Double.parseDouble(l.replaceAll("[^0-9]", "")) / 1024).findFirst().orElse(-1);
    }
}
