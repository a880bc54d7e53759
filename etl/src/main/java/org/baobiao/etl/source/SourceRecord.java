package org.baobiao.etl.source;

import static java.util.Objects.requireNonNull;

/**
 * One data record of a source file.
 *
 * @param file the file name as given to the load (for messages and rejects)
 * @param line the physical line the record starts on (1 = header)
 * @param index the record's ordinal among data records (0 = first after the header)
 * @param fields the fields, trimmed; empty fields are empty strings
 * @param raw the record's text as read
 */
public record SourceRecord(String file, long line, long index, String[] fields, String raw) {
  public SourceRecord {
    requireNonNull(file, "file is null");
    requireNonNull(fields, "fields is null");
  }
}
