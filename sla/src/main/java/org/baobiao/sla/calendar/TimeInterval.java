package org.baobiao.sla.calendar;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A half-open span of local time {@code [start, end)}; empty when {@code start == end}.
 *
 * @param start first instant inside
 * @param end first instant after
 */
public record TimeInterval(LocalDateTime start, LocalDateTime end) {

  /** Checks that the interval does not run backwards. */
  public TimeInterval {
    requireNonNull(start, "start is null");
    requireNonNull(end, "end is null");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("时间区间的结束 " + end + " 早于开始 " + start);
    }
  }

  /** The wall-clock length. */
  public Duration duration() {
    return Duration.between(start, end);
  }

  /** Whether {@code t} is inside (start inclusive, end exclusive). */
  public boolean contains(LocalDateTime t) {
    return !t.isBefore(start) && t.isBefore(end);
  }

  /** Whether the interval contains no instant. */
  public boolean isEmpty() {
    return start.equals(end);
  }
}
