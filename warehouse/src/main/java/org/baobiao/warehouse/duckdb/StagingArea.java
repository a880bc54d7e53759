package org.baobiao.warehouse.duckdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.baobiao.warehouse.error.WarehouseException;
import org.baobiao.warehouse.load.StagedChunk;

/**
 * The folder where staged chunks wait, one CSV file per chunk ({@code <table>.<batch>.<first
 * line>.csv}, see {@link StagingSpool}), until their batch is published and they are loaded into
 * the staging table in one statement. A chunk written again after a crash replaces its file, and
 * every file of a chunk whose lines it covers, so nothing is staged twice.
 */
final class StagingArea implements AutoCloseable {
  private final Path dir;
  private final boolean temporary;

  private StagingArea(Path dir, boolean temporary) {
    this.dir = dir;
    this.temporary = temporary;
  }

  /** {@code staging/} beside the warehouse file. */
  static StagingArea beside(Path warehouseFile) {
    return new StagingArea(warehouseFile.getParent().resolve("staging"), false);
  }

  /** A temporary folder, removed on close (in-memory warehouses). */
  static StagingArea temporary() {
    try {
      return new StagingArea(Files.createTempDirectory("baobiao-staging-"), true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a chunk's rows, replacing the files of earlier attempts at the same lines. */
  void write(StagedChunk chunk) {
    try {
      Files.createDirectories(dir);
      for (Path old : files(chunk.stagingTable(), chunk.batchId())) {
        long first = firstLine(old);
        if (first >= chunk.firstLine() && first <= chunk.lastLine()) {
          Files.deleteIfExists(old);
        }
      }
      if (!chunk.rows().isEmpty()) {
        StagingSpool.write(
            dir.resolve(
                chunk.stagingTable() + "." + chunk.batchId() + "." + chunk.firstLine() + ".csv"),
            chunk.rows());
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new WarehouseException("无法写入暂存文件（" + dir + "）: " + e.getMessage(), e);
    }
  }

  /** The chunk files of a table and batch, in line order. */
  List<Path> files(String table, long batchId) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    String prefix = table + "." + batchId + ".";
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(
              p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix) && n.endsWith(".csv");
              })
          .sorted(Comparator.comparingLong(StagingArea::firstLine))
          .toList();
    } catch (IOException e) {
      throw new WarehouseException("无法读取暂存目录 " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The SQL list literal of some files, for read_csv. */
  static String list(List<Path> files) {
    List<String> quoted = new ArrayList<>(files.size());
    for (Path f : files) {
      quoted.add("'" + f.toAbsolutePath().toString().replace("'", "''") + "'");
    }
    return "[" + String.join(", ", quoted) + "]";
  }

  /**
   * Deletes files whose rows are now in the staging table (after the commit that put them there).
   */
  void delete(List<Path> files) {
    for (Path f : files) {
      try {
        Files.deleteIfExists(f);
      } catch (IOException e) {
        // A leftover file of a published batch is removed on the next open.
      }
    }
  }

  /** Removes the files of every batch not in {@code unfinished}: leftovers of published batches. */
  void removeExcept(Set<Long> unfinished) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        String[] parts = p.getFileName().toString().split("\\.");
        boolean ours = parts.length == 4 && parts[3].equals("csv");
        if (ours && !unfinished.contains(Long.parseLong(parts[1]))) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException | NumberFormatException e) {
      throw new WarehouseException("无法清理暂存目录 " + dir + ": " + e.getMessage(), e);
    }
  }

  private static long firstLine(Path p) {
    String[] parts = p.getFileName().toString().split("\\.");
    return Long.parseLong(parts[parts.length - 2]);
  }

  @Override
  public void close() {
    if (!temporary) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temporary folder; the OS cleans it eventually
    }
  }
}
