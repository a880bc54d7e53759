package org.baobiao.console.store;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One report run asked for in the console.
 *
 * @param outcome {@code 运行中}, {@code 成功} or {@code 失败}
 * @param message the error in Chinese when failed, else null
 * @param files the files written, in order
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
    List<RunFile> files) {

  /** A file a run wrote: its index in the run, its name, where it is and its size. */
  public record RunFile(int index, String name, String path, long size) {}
}
