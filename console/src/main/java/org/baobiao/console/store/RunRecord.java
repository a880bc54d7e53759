package org.baobiao.console.store;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One report run asked for in the console.
 *
 * @param startedAt when it started computing; null while queued
 * @param outcome the {@link RunStatus}'s label: {@code 排队中}, {@code 运行中}, {@code 成功} or {@code 失败}
 * @param message the error in Chinese when failed, else null
 * @param files the files written, in order
 * @param scheduleId the schedule that ran it, or null when a user asked for it
 * @param attempt the attempt of the schedule's execution (1 = first), or null
 * @param dataVersion the warehouse's data version the files were computed from, or null
 * @param queuedAt when it was asked for (runs recorded before background runs: null)
 * @param options the report's CHOICE values asked for, by name (empty: every default)
 * @param progress the last step told by the report service, or null before the first
 */
public record RunRecord(
    long id,
    String username,
    String reportId,
    String period,
    String hospital,
    String formats,
    OffsetDateTime startedAt,
    OffsetDateTime finishedAt,
    String outcome,
    String message,
    List<RunFile> files,
    Long scheduleId,
    Integer attempt,
    String dataVersion,
    OffsetDateTime queuedAt,
    Map<String, String> options,
    Progress progress) {
  public RunRecord {
    options = options == null ? Map.of() : Map.copyOf(options);
  }

  /** Options as stored: {@code name=value} pairs by name, comma-separated; null for none. */
  public static String optionsText(Map<String, String> options) {
    return options.isEmpty()
        ? null
        : new TreeMap<>(options)
            .entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
  }

  /** Options from their stored text. */
  public static Map<String, String> options(String text) {
    Map<String, String> out = new TreeMap<>();
    if (text != null && !text.isBlank()) {
      for (String pair : text.split(",")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          out.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
      }
    }
    return out;
  }

  /** Where the run is. */
  public RunStatus status() {
    return RunStatus.of(outcome);
  }

  /** Steps done of the run's total, with the last step in Chinese. */
  public record Progress(int done, int total, String text) {
    /** Percent done, 0–100. */
    public int percent() {
      return total <= 0 ? 0 : Math.min(100, done * 100 / total);
    }
  }

  /** Seconds from start to finish, or null while queued or running. */
  public Double seconds() {
    return finishedAt == null || startedAt == null
        ? null
        : java.time.Duration.between(startedAt, finishedAt).toMillis() / 1000.0;
  }

  /** A file a run wrote: its index in the run, its name, where it is and its size. */
  public record RunFile(int index, String name, String path, long size) {}
}
