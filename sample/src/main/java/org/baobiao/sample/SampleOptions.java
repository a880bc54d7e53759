package org.baobiao.sample;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What to generate.
 *
 * @param scale volume multiplier, 1 to {@value #MAX_SCALE}; scale 1 is about 20,000 tickets a year
 * @param seed random seed; the same seed and options give byte-identical files
 * @param from first day on which tickets are reported
 * @param to last day on which tickets are reported (inclusive)
 * @param exportedAt moment of the export: events after it are not written; not before the end of
 *     {@code to}
 */
public record SampleOptions(
    int scale, long seed, LocalDate from, LocalDate to, LocalDateTime exportedAt) {

  /** Largest supported scale: keeps every ticket number within its five-digit daily counter. */
  public static final int MAX_SCALE = 1000;

  /** The seed the command line uses when none is given. */
  public static final long DEFAULT_SEED = 20261122L;

  /** Default first report day. */
  public static final LocalDate DEFAULT_FROM = LocalDate.of(2025, 11, 1);

  /** Default last report day (inclusive). */
  public static final LocalDate DEFAULT_TO = LocalDate.of(2026, 10, 31);

  /** Default export moment. */
  public static final LocalDateTime DEFAULT_EXPORTED_AT = LocalDateTime.of(2026, 11, 1, 0, 0);

  /** Validates the options. */
  public SampleOptions {
    requireNonNull(from, "from is null");
    requireNonNull(to, "to is null");
    requireNonNull(exportedAt, "exportedAt is null");
    if (scale < 1 || scale > MAX_SCALE) {
      throw new IllegalArgumentException(
          "scale must be between 1 and " + MAX_SCALE + ", was " + scale);
    }
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
    }
    if (exportedAt.isBefore(to.plusDays(1).atStartOfDay())) {
      throw new IllegalArgumentException(
          "exportedAt (" + exportedAt + ") must not be before the end of " + to);
    }
  }

  /**
   * The documented defaults: tickets reported 2025-11-01 to 2026-10-31, exported 2026-11-01 00:00.
   */
  public static SampleOptions defaults(int scale, long seed) {
    return new SampleOptions(scale, seed, DEFAULT_FROM, DEFAULT_TO, DEFAULT_EXPORTED_AT);
  }
}
