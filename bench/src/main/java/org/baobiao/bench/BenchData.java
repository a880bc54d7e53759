package org.baobiao.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.baobiao.sample.GeneratedFiles;
import org.baobiao.sample.InterfaceLayout;
import org.baobiao.sample.SampleDataGenerator;
import org.baobiao.sample.SampleOptions;

/**
 * The generated data a benchmark runs on, kept in the work folder between runs (generation is not
 * what is measured): the reference files and one file holding every hospital's interface exchanges
 * of the year, in one layout, so that Baobiao and the engine's own reader read the same bytes.
 *
 * @param reference the reference folder (hospitals, systems, the interface catalog…)
 * @param exchanges the single exchange file
 * @param lines its data lines (deliberately dirty ones included)
 */
record BenchData(Path reference, Path exchanges, long lines) {

  /** Generates (or finds) the year's interface logs at {@code scale} in {@code layout}. */
  static BenchData interfaces(Path work, int scale, long seed, InterfaceLayout layout)
      throws IOException {
    String ext = layout == InterfaceLayout.CSV ? "csv" : "jsonl";
    Path dir = work.resolve("data-" + ext + "-scale-" + scale + "-seed-" + seed);
    Path single = dir.resolve("interface_exchanges_bench." + ext);
    Path done = dir.resolve("ready.txt");
    if (Files.exists(done)) {
      return new BenchData(
          dir.resolve("gen/reference"), single, Long.parseLong(Files.readString(done).strip()));
    }
    Files.createDirectories(dir);
    GeneratedFiles files =
        new SampleDataGenerator(SampleOptions.defaults(scale, seed))
            .generateInterfaces(dir.resolve("gen"), (stage, rows) -> {}, layout);
    long lines = concatenate(files.interfaceFiles(), single, layout == InterfaceLayout.CSV);
    for (Path f : files.interfaceFiles()) {
      Files.delete(f);
    }
    Files.writeString(done, Long.toString(lines));
    return new BenchData(dir.resolve("gen/reference"), single, lines);
  }

  /**
   * Appends the files byte for byte into one (CSV: the first file's header only); returns the data
   * lines written.
   */
  private static long concatenate(List<Path> files, Path target, boolean csv) throws IOException {
    long lines = 0;
    byte[] buf = new byte[1 << 16];
    try (OutputStream out = Files.newOutputStream(target)) {
      for (int f = 0; f < files.size(); f++) {
        try (InputStream in = Files.newInputStream(files.get(f))) {
          boolean skipping = csv;
          boolean keepHeader = f == 0;
          int n;
          while ((n = in.read(buf)) > 0) {
            int from = 0;
            if (skipping) {
              while (from < n && buf[from] != '\n') {
                from++;
              }
              if (from == n) {
                if (keepHeader) {
                  out.write(buf, 0, n);
                }
                continue;
              }
              from++;
              skipping = false;
              if (keepHeader) {
                out.write(buf, 0, from);
              }
            }
            for (int k = from; k < n; k++) {
              if (buf[k] == '\n') {
                lines++;
              }
            }
            out.write(buf, from, n - from);
          }
        }
      }
    }
    return lines;
  }

  /**
   * A warehouse holding the reference data and the year's interface exchanges at {@code scale},
   * kept in the work folder (its {@code ready.txt} beside it holds the exchange count): the
   * hospitals' monthly logs as generated, one batch per file, so that no load needs a staging area
   * the size of the whole year; the logs are removed once loaded.
   *
   * @return the warehouse file
   */
  static Path interfaceWarehouse(BenchApp app, Path work, int scale, long seed) throws Exception {
    Path dir = work.resolve("report-warehouse-scale-" + scale + "-seed-" + seed);
    Path warehouse = dir.resolve("warehouse.duckdb");
    Path done = dir.resolve("ready.txt");
    if (!Files.exists(done)) {
      delete(dir);
      Path gen = dir.resolve("gen");
      new SampleDataGenerator(SampleOptions.defaults(scale, seed))
          .generateInterfaces(gen, (stage, rows) -> {}, InterfaceLayout.AS_EXPORTED);
      try (BenchApp.Session s = app.open(warehouse)) {
        s.ingest("reference", List.of(gen.resolve("reference")));
        s.ingest("interfaces", List.of(gen.resolve("interfaces")));
        Files.writeString(
            done, String.valueOf(s.single("SELECT count(*) FROM interface_exchanges")));
      }
      delete(gen.resolve("interfaces"));
    }
    return warehouse;
  }

  /** Removes a folder of runs. */
  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      List<Path> all = new ArrayList<>(walk.toList());
      java.util.Collections.reverse(all);
      for (Path p : all) {
        Files.delete(p);
      }
    }
  }
}
