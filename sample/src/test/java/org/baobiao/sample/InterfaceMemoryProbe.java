package org.baobiao.sample;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Generates one month of interface logs at scale 10 into the folder given as argument and prints
 * the rows written; run by {@link InterfaceMemoryTest} in a JVM with a small heap.
 */
public final class InterfaceMemoryProbe {

  private InterfaceMemoryProbe() {}

  /** Entry point: {@code InterfaceMemoryProbe DIR}. */
  public static void main(String[] args) throws Exception {
    SampleOptions january =
        new SampleOptions(
            10,
            SampleOptions.DEFAULT_SEED,
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 1, 31),
            SampleOptions.DEFAULT_EXPORTED_AT);
    GeneratedFiles files =
        new SampleDataGenerator(january)
            .generateInterfaces(Path.of(args[0]), ProgressListener.NONE);
    System.out.println("rows=" + files.interfaceRows());
  }
}
