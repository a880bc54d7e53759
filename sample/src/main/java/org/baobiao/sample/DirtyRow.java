package org.baobiao.sample;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import org.baobiao.etl.source.ReasonCode;

/**
 * One deliberately dirty line, as a validator should report it.
 *
 * @param file the file that holds it
 * @param line its physical line number, 1 being the first line: the header of a CSV file, the first
 *     record of a JSON-lines file, which is never dirty (no field of a generated file spans lines)
 * @param reason the reject reason code it must get
 * @param field the offending column (English name), or empty when the whole line is at fault
 * @param detail what was done to the row, in a few words
 */
public record DirtyRow(Path file, long line, ReasonCode reason, String field, String detail) {

  /** Validates the components. */
  public DirtyRow {
    requireNonNull(file, "file is null");
    requireNonNull(reason, "reason is null");
    requireNonNull(field, "field is null");
    requireNonNull(detail, "detail is null");
    if (line < 2) {
      throw new IllegalArgumentException("line must be after the first line, was " + line);
    }
  }
}
