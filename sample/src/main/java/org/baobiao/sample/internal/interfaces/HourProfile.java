package org.baobiao.sample.internal.interfaces;

import org.baobiao.sample.internal.Draws;
import org.baobiao.sample.internal.WorkingCalendar;

/**
 * When an interface's business events happen: a weight per hour of the day and a factor per kind of
 * day (weekends and statutory holidays are quieter, by how much depends on who drives the traffic:
 * outpatient clinics close, wards keep working).
 */
public enum HourProfile {
  /** Outpatient clinics and working-hour desks: peaks 08–12 and 14–17, little at night. */
  OUTPATIENT(
      new double[] {
        0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 2.5, 8, 10, 9.5, 7, 2.5, 2.5, 7.5, 8, 7, 3.5, 1.2, 0.8,
        0.6, 0.5, 0.4, 0.3
      },
      0.45,
      0.25),
  /** Wards and laboratories: the same peaks, but around the clock and on every day. */
  WARD(
      new double[] {
        1, 0.8, 0.6, 0.6, 0.6, 1.2, 3, 5, 8, 9, 8.5, 7, 3.5, 3, 6.5, 7, 6, 4, 2.5, 2, 1.8, 1.6, 1.4,
        1.2
      },
      0.75,
      0.6),
  /** Discharges: mostly late morning and afternoon. */
  DISCHARGE(
      new double[] {
        0.1, 0.1, 0.05, 0.05, 0.05, 0.1, 0.2, 0.5, 2, 5, 7, 6, 2, 2, 4, 5, 4, 2, 1, 0.6, 0.4, 0.3,
        0.2, 0.1
      },
      0.6,
      0.5),
  /** Messages to patients (SMS, WeChat): sent 08:00–21:00 only. */
  DAYTIME(
      new double[] {0, 0, 0, 0, 0, 0, 0, 0.5, 5, 6, 6, 5, 2, 2, 5, 6, 6, 5, 4, 4, 3, 1, 0, 0},
      0.7,
      0.5);

  private static final long HOUR_MS = 3_600_000L;

  private final double[] share;
  private final double[] cumulative;
  private final double weekend;
  private final double holiday;

  HourProfile(double[] weights, double weekend, double holiday) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    this.share = new double[24];
    this.cumulative = new double[24];
    double sum = 0;
    for (int h = 0; h < 24; h++) {
      share[h] = weights[h] / total;
      sum += share[h];
      cumulative[h] = sum;
    }
    this.weekend = weekend;
    this.holiday = holiday;
  }

  /** The share of a day's events in hour {@code h} (0–23). */
  public double hourShare(int h) {
    return share[h];
  }

  /** How busy a day of this kind is, a working day being 1. */
  public double dayWeight(WorkingCalendar.DayKind kind) {
    return switch (kind) {
      case WORKDAY -> 1.0;
      case MAKEUP_WORKDAY -> 0.95;
      case WEEKEND -> weekend;
      case HOLIDAY -> holiday;
    };
  }

  /** A random moment of a day, in milliseconds after midnight, following the hour weights. */
  public long msOfDay(Draws draws) {
    double u = draws.uniform();
    int h = 0;
    while (h < 23 && u >= cumulative[h]) {
      h++;
    }
    return h * HOUR_MS + (long) (draws.uniform() * HOUR_MS);
  }
}
