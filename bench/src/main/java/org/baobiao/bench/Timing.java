package org.baobiao.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs a piece of work and measures its wall time and the peak heap it used. */
final class Timing {
  private Timing() {}

  /** Work to time. */
  @FunctionalInterface
  interface Work {
    void run() throws Exception;
  }

  /** A run: wall seconds and peak heap in MiB. */
  record Run(double seconds, long peakHeapMib) {}

  /** Runs {@code work} once, after a GC so that the peak belongs to it. */
  static Run run(Work work) throws Exception {
    System.gc();
    List<MemoryPoolMXBean> heap = new ArrayList<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
        heap.add(pool);
      }
    }
    long start = System.nanoTime();
    work.run();
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : heap) {
      peak += pool.getPeakUsage().getUsed();
    }
    return new Run(seconds, peak >> 20);
  }

  /** The median of some values. */
  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
}
