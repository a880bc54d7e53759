package org.baobiao.sample.internal.interfaces;

import java.util.Arrays;
import org.baobiao.sample.internal.Draws;

/**
 * The resends after one outage: the business keys that failed during it, kept as ranges of (day,
 * sequence) rather than one by one, sent again evenly over the recovery window once the outage is
 * over.
 */
final class Resends {

  final Incident incident;
  final long outageStart;
  final long outageEnd;
  private final long from;
  private final long to;
  private final long end;
  private final Draws draws;
  private long[] days = new long[4];
  private int[] firsts = new int[4];
  private int[] lasts = new int[4];
  private int ranges;
  private int total;
  private int sent;
  private int range;
  private int seq;
  private boolean closed;
  private long nextAt = Long.MAX_VALUE;

  /** Resends after {@code incident}, none at or after {@code end} (the end of the export). */
  Resends(Incident incident, Draws draws, long end) {
    this.incident = incident;
    this.draws = draws;
    this.end = end;
    this.outageStart = Millis.of(incident.start());
    this.outageEnd = Millis.of(incident.end());
    this.from = Millis.of(incident.recoveryStart());
    this.to = Millis.of(incident.recoveryEnd());
  }

  /** Whether an exchange sent at {@code ms} falls in the outage. */
  boolean covers(long ms) {
    return ms >= outageStart && ms < outageEnd;
  }

  /** Remembers a business key that failed. */
  void add(long keyDay, int keySeq) {
    total++;
    if (ranges > 0 && days[ranges - 1] == keyDay && lasts[ranges - 1] == keySeq - 1) {
      lasts[ranges - 1] = keySeq;
      return;
    }
    if (ranges == days.length) {
      days = Arrays.copyOf(days, ranges * 2);
      firsts = Arrays.copyOf(firsts, ranges * 2);
      lasts = Arrays.copyOf(lasts, ranges * 2);
    }
    days[ranges] = keyDay;
    firsts[ranges] = keySeq;
    lasts[ranges] = keySeq;
    ranges++;
  }

  /**
   * Ends the collection once the traffic has passed the outage (or ended): from now on {@link
   * #nextAt()} is known.
   */
  void closeIfPassed(long reached) {
    if (!closed && reached >= outageEnd) {
      closed = true;
      if (total > 0) {
        seq = firsts[0];
        schedule();
      }
    }
  }

  /** When the next resend goes out; {@link Long#MAX_VALUE} when none is due (yet). */
  long nextAt() {
    return nextAt;
  }

  /** The day of the business key of the next resend. */
  long keyDay() {
    return days[range];
  }

  /** The sequence of the business key of the next resend. */
  int keySeq() {
    return seq;
  }

  /** Moves past the next resend. */
  void step() {
    sent++;
    if (sent == total) {
      nextAt = Long.MAX_VALUE;
      return;
    }
    if (seq == lasts[range]) {
      range++;
      seq = firsts[range];
    } else {
      seq++;
    }
    schedule();
  }

  // Resend i goes out in the i-th of total equal parts of the recovery window: in order.
  private void schedule() {
    double width = (double) (to - from) / total;
    nextAt = from + (long) ((sent + draws.uniform()) * width);
    if (nextAt >= end) {
      nextAt = Long.MAX_VALUE;
    }
  }
}
