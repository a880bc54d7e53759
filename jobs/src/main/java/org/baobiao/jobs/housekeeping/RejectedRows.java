package org.baobiao.jobs.housekeeping;

import java.util.List;

/**
 * One page of the rejected rows of a domain for one reason, the rows behind a count of the load
 * status, as stored (personal values masked).
 *
 * @param domain the domain
 * @param reasonCode the reason code (docs/formats.md)
 * @param total rejects of that domain and reason in all
 * @param page the page, from 1
 * @param pageSize rows per page
 * @param rows the page's rejects, by batch and line
 */
public record RejectedRows(
    String domain, String reasonCode, long total, int page, int pageSize, List<Row> rows) {
  public RejectedRows {
    rows = List.copyOf(rows);
  }

  /** The number of pages (at least 1). */
  public int pages() {
    return (int) Math.max(1, (total + pageSize - 1) / pageSize);
  }

  /**
   * A rejected row's problem.
   *
   * @param batchId the load batch
   * @param sourceFile the file, as given to the load
   * @param line the line where the row starts (1 = header)
   * @param field the field, or {@code *} for the whole row
   * @param value the offending value as stored (masked when personal), or null
   * @param message what was expected, in Chinese
   * @param rawLine the row as stored (masked), or null
   */
  public record Row(
      long batchId,
      String sourceFile,
      long line,
      String field,
      String value,
      String message,
      String rawLine) {}
}
