package org.baobiao.jobs.housekeeping;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * How the console's schedules are doing, as the console last wrote it to the data folder ({@value
 * #FILE_NAME}) for {@code baobiao status}: the command line reads this file instead of the console
 * database, which belongs to the console and may be held by a running server.
 *
 * @param writtenAt when the console wrote it (Asia/Shanghai)
 * @param schedules schedules in the console's store
 * @param failingSchedules schedules whose latest run failed (shown red in the console)
 * @param failedRuns failed scheduled runs (each attempt) in the last 30 days
 * @param failing one line per failing schedule: number, report, period and the error
 */
public record ScheduleHealth(
    OffsetDateTime writtenAt,
    int schedules,
    int failingSchedules,
    int failedRuns,
    List<String> failing) {
  /** The file in the data folder. */
  public static final String FILE_NAME = "console-schedules.properties";

  public ScheduleHealth {
    failing = List.copyOf(failing);
  }

  /** Writes the file atomically (a temporary file moved over the old one). */
  public void write(Path dataDir) {
    Properties p = new Properties();
    p.setProperty("written_at", writtenAt.toString());
    p.setProperty("schedules", Integer.toString(schedules));
    p.setProperty("failing_schedules", Integer.toString(failingSchedules));
    p.setProperty("failed_runs_30d", Integer.toString(failedRuns));
    for (int i = 0; i < failing.size(); i++) {
      p.setProperty("failing." + i, failing.get(i));
    }
    try {
      Files.createDirectories(dataDir);
      Path tmp = Files.createTempFile(dataDir, FILE_NAME, ".tmp");
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        p.store(w, "written by the console (baobiao serve); read by baobiao status");
      }
      Files.move(
          tmp,
          dataDir.resolve(FILE_NAME),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file's content; empty when no console has written one in this data folder. */
  public static Optional<ScheduleHealth> read(Path dataDir) {
    Path file = dataDir.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> failing = new ArrayList<>();
    for (int i = 0; p.containsKey("failing." + i); i++) {
      failing.add(p.getProperty("failing." + i));
    }
    return Optional.of(
        new ScheduleHealth(
            OffsetDateTime.parse(p.getProperty("written_at")),
            Integer.parseInt(p.getProperty("schedules", "0")),
            Integer.parseInt(p.getProperty("failing_schedules", "0")),
            Integer.parseInt(p.getProperty("failed_runs_30d", "0")),
            failing));
  }
}
