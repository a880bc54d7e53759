package org.baobiao.sample.internal.interfaces;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * A planned incident of one interface, the same at every seed and scale, so that the interface
 * reports have something to find (data file {@code interface-incidents.csv}).
 *
 * @param orgCode hospital
 * @param interfaceId interface
 * @param kind what happens
 * @param start first moment affected
 * @param end end (exclusive)
 * @param cause failure cause ({@link Kind#OUTAGE}, {@link Kind#CODE_MAPPING}), or null
 * @param errors the error texts the target answers with, or empty
 * @param share share of the exchanges failing ({@link Kind#CODE_MAPPING}), or 0
 * @param recoveryStart start of the resends ({@link Kind#OUTAGE}) or the catch-up upload ({@link
 *     Kind#STOPPED}), or null
 * @param recoveryEnd end of that window (exclusive), or null
 */
public record Incident(
    String orgCode,
    String interfaceId,
    Kind kind,
    LocalDateTime start,
    LocalDateTime end,
    ErrorCause cause,
    List<ErrorText> errors,
    double share,
    LocalDateTime recoveryStart,
    LocalDateTime recoveryEnd) {

  /** The kinds of incident. */
  public enum Kind {
    /**
     * The target is unreachable or refuses the hospital ({@code TARGET_DOWN}, {@code AUTH}): every
     * exchange fails; afterwards the engine resends the failed ones, with {@code retries > 0}.
     */
    OUTAGE,
    /**
     * The sending job is stopped: no exchange at all, then a catch-up upload of what was missed.
     */
    STOPPED,
    /** A dictionary changed at the target: a share of the exchanges fail with CODE_MAPPING. */
    CODE_MAPPING,
    /** The night's batch runs late, in the window from start to end. */
    LATE_BATCH
  }

  /** Checks that the incident is complete for its kind and lies within one month. */
  public Incident {
    requireNonNull(kind, "kind is null");
    errors = List.copyOf(errors);
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException(interfaceId + ": incident ends before it starts");
    }
    boolean recovers = kind == Kind.OUTAGE || kind == Kind.STOPPED;
    if (recovers != (recoveryStart != null && recoveryEnd != null)) {
      throw new IllegalArgumentException(interfaceId + ": recovery window wrong for " + kind);
    }
    if ((kind == Kind.OUTAGE || kind == Kind.CODE_MAPPING) && (cause == null || errors.isEmpty())) {
      throw new IllegalArgumentException(interfaceId + ": " + kind + " needs a cause and errors");
    }
    LocalDateTime last = recovers ? recoveryEnd : end;
    if (recovers && (recoveryStart.isBefore(end) || !recoveryEnd.isAfter(recoveryStart))) {
      throw new IllegalArgumentException(interfaceId + ": recovery must follow the incident");
    }
    // Each hospital-month file is simulated on its own, so an incident must not span two.
    if (!YearMonth.from(start).equals(YearMonth.from(last.minusNanos(1)))) {
      throw new IllegalArgumentException(interfaceId + ": incident spans two months");
    }
    if (kind == Kind.STOPPED || kind == Kind.LATE_BATCH) {
      for (LocalDateTime t :
          recovers ? List.of(start, end, recoveryStart, recoveryEnd) : List.of(start, end)) {
        if (t.getMinute() % 30 != 0 || t.getSecond() != 0) {
          throw new IllegalArgumentException(interfaceId + ": " + kind + " on half hours only");
        }
      }
    }
  }

  /** Whether it affects {@code month}. */
  public boolean in(YearMonth month) {
    return YearMonth.from(start).equals(month);
  }
}
