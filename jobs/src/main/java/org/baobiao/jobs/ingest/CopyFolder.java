package org.baobiao.jobs.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.baobiao.etl.source.Utf8Copy;
import org.baobiao.warehouse.Warehouse;

/**
 * Where the SQL load path puts the {@link Utf8Copy UTF-8 copies} of the files it reads: {@code
 * staging/utf8/} beside the warehouse file (the system's temporary folder for an in-memory
 * warehouse). A copy is named {@code <file>.<process id>.utf8} and removed once its file is loaded
 * ({@link #removeAll}); copies left by a process that no longer runs (a killed load) are removed
 * when the next copy is made.
 */
final class CopyFolder {
  private static final String SUFFIX = ".utf8";

  private final Path dir;
  private final List<Path> made = new ArrayList<>();

  private CopyFolder(Path dir) {
    this.dir = dir;
  }

  /** The folder of a warehouse's copies; nothing is created until a copy is made. */
  static CopyFolder of(Warehouse warehouse) {
    String location = warehouse.location();
    Path dir =
        location.startsWith(":") || location.contains("://")
            ? Path.of(System.getProperty("java.io.tmpdir"), "baobiao-utf8")
            : Path.of(location).toAbsolutePath().getParent().resolve("staging").resolve("utf8");
    return new CopyFolder(dir);
  }

  /** The path of a new copy of {@code file}, in the folder, which is created if missing. */
  Path next(Path file) throws IOException {
    Files.createDirectories(dir);
    if (made.isEmpty()) {
      removeLeftovers();
    }
    Path copy =
        dir.resolve(
            file.getFileName() + "." + ProcessHandle.current().pid() + "." + made.size() + SUFFIX);
    made.add(copy);
    return copy;
  }

  /** Removes the copies made through this folder. */
  void removeAll() {
    for (Path copy : made) {
      try {
        Files.deleteIfExists(copy);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    made.clear();
  }

  /** Removes the copies of processes that no longer run. */
  private void removeLeftovers() throws IOException {
    try (DirectoryStream<Path> copies = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
      for (Path copy : copies) {
        String[] parts = copy.getFileName().toString().split("\\.");
        if (parts.length < 4) {
          continue;
        }
        long pid;
        try {
          pid = Long.parseLong(parts[parts.length - 3]);
        } catch (NumberFormatException e) {
          continue;
        }
        if (ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true)) {
          Files.deleteIfExists(copy);
        }
      }
    }
  }
}
