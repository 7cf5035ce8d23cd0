package org.frontline.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Heap figures of this JVM. {@code peakMb} is the sum of the heap pools' peak usage since the JVM started (what
 * the run needed at worst, garbage included, within the -Xmx the launcher gives); {@code liveMb} is what stays
 * in use after a full collection with the pipeline and corpus loaded (what the run really holds).
 */
public record Heap(double peakMb, double liveMb, double maxMb) {
    public static Heap measure() {
        System.gc(); // asked for on purpose: the live figure is the heap left after a full collection
        double peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return new Heap(peak / (1 << 20), heap.getUsed() / (double) (1 << 20),
                heap.getMax() / (double) (1 << 20));
    }
}
