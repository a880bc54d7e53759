package org.baobiao.console.store;

import java.time.OffsetDateTime;
import java.util.List;

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
    Progress progress) {

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
