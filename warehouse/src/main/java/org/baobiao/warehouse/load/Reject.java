package org.baobiao.warehouse.load;

import static java.util.Objects.requireNonNull;

/**
 * One problem of one rejected source row. A row with several problems has several rejects.
 *
 * @param sourceFile the file, as given to the load
 * @param line the physical line number where the row starts (1 = header)
 * @param field the field (column name as documented), or {@code *} for the whole row
 * @param value the offending value as read, or null
 * @param reasonCode reason code from docs/formats.md, e.g. {@code BAD_TIMESTAMP}
 * @param message what was expected, in Chinese
 * @param rawLine the row's text as read (for the rejects file), or null
 */
public record Reject(
    String sourceFile,
    long line,
    String field,
    String value,
    String reasonCode,
    String message,
    String rawLine) {
  public Reject {
    requireNonNull(sourceFile, "sourceFile is null");
    requireNonNull(field, "field is null");
    requireNonNull(reasonCode, "reasonCode is null");
    requireNonNull(message, "message is null");
  }

  /** The reject as a row of the {@code rejects} table, in its column order. */
  public Object[] row(long batchId) {
    return new Object[] {batchId, sourceFile, line, field, value, reasonCode, message, rawLine};
  }
}
