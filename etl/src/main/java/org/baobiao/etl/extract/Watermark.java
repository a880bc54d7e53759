package org.baobiao.etl.extract;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Where an incremental extraction stands: the last-updated time and key of the last row it
 * committed. Rows are read in (time, key) order, so everything up to here is in the warehouse.
 *
 * @param time the watermark column's value (local time, Asia/Shanghai)
 * @param key the key column's value as text
 */
public record Watermark(LocalDateTime time, String key) implements Serializable {
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
  private static final DateTimeFormatter MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS");

  public Watermark {
    requireNonNull(time, "time is null");
    requireNonNull(key, "key is null");
  }

  /** {@code 2026-10-03 08:05:00 / 5}, with milliseconds when the time has them. */
  @Override
  public String toString() {
    return (time.getNano() == 0 ? SECONDS : MILLIS).format(time) + " / " + key;
  }
}
