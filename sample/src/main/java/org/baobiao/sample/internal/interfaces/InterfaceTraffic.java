package org.baobiao.sample.internal.interfaces;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.baobiao.sample.internal.Draws;
import org.baobiao.sample.internal.WorkingCalendar;

/**
 * The exchanges of one interface in one month, produced one at a time in the order they were sent,
 * from the interface's own random stream.
 *
 * <p>New exchanges arrive as a Poisson process whose rate is constant within each half hour and
 * follows the interface's hours and kinds of day; an interface that uploads the previous day's
 * records at night adds a batch window, and a stopped job a catch-up window. Two small sources are
 * merged in: resends after an outage ({@link Resends}) and duplicate deliveries (a resend a minute
 * or two after a lost acknowledgement). Nothing is kept per exchange except the few duplicates due
 * in the next minutes, so memory does not grow with the volume.
 */
final class InterfaceTraffic {

  private static final int SLOTS = 48;
  private static final long SLOT_MS = 1_800_000L;
  private static final LocalDate NOMINAL_YEAR_START = LocalDate.of(2025, 11, 1);
  private static final double DUPLICATE = 0.003;
  private static final long PENDING_WINDOW_MS = 90 * Millis.MINUTE;
  private static final double PENDING_SHARE = 0.3;
  private static final int MAX_COUNTER = 9_999_999;
  private static final int REALTIME = 0;
  private static final int BATCH = 1;
  private static final int CATCH_UP = 2;

  private final InterfaceSpec spec;
  private final WorkingCalendar calendar;
  private final Draws draws;
  private final Outcomes outcomes;
  private final List<Incident> codeMappings = new ArrayList<>();
  private final List<Incident> stops = new ArrayList<>();
  private final List<Incident> lateBatches = new ArrayList<>();
  private final List<Resends> resends = new ArrayList<>();
  private final List<Exchange> duplicates = new ArrayList<>();
  private final long lastDay;
  private final long periodEndMs;
  private final long pendingFromMs;
  private final long exportMs;
  private final double realtimePerWeight;
  private final double batchPerWeight;
  private final double lagMeanMs;
  private final boolean singleType;
  private final double[] realtime = new double[SLOTS];
  private final double[] batch = new double[SLOTS];
  private final double[] catchUp = new double[SLOTS];

  private long day;
  private long dayStart;
  private int slot = SLOTS;
  private double t;
  private int keySeq;
  private double missed;
  private Incident catchUpOf;
  private Exchange next = new Exchange();
  private Exchange ahead = new Exchange();
  private boolean aheadValid;
  private long counterDay = Long.MIN_VALUE;
  private int counter;

  /**
   * The traffic of {@code spec} from {@code firstDay} to {@code lastDay} (one month at most).
   *
   * @param incidents the interface's incidents in that month
   * @param texts the everyday failure texts for its direction
   * @param scale volume multiplier
   * @param periodEnd the day after the last day of the whole export
   * @param exportMs the moment of the export: an answer after it is not there yet
   */
  InterfaceTraffic(
      InterfaceSpec spec,
      List<Incident> incidents,
      Map<ErrorCause, ErrorText[]> texts,
      WorkingCalendar calendar,
      Draws draws,
      LocalDate firstDay,
      LocalDate lastDay,
      int scale,
      LocalDate periodEnd,
      long exportMs) {
    this.spec = spec;
    this.calendar = calendar;
    this.draws = draws;
    this.outcomes = new Outcomes(spec, draws, texts);
    this.lastDay = lastDay.toEpochDay();
    this.periodEndMs = Millis.of(periodEnd);
    // Answers still outstanding when the log was exported: a file does not depend on how many
    // months were generated, only on the moment of the export.
    this.pendingFromMs = exportMs - PENDING_WINDOW_MS;
    this.exportMs = exportMs;
    for (Incident incident : incidents) {
      switch (incident.kind()) {
        case OUTAGE -> resends.add(new Resends(incident, draws, periodEndMs));
        case CODE_MAPPING -> codeMappings.add(incident);
        case STOPPED -> stops.add(incident);
        case LATE_BATCH -> lateBatches.add(incident);
      }
    }
    // Volumes are per year: spread over a nominal year's weights, whatever range is generated.
    double sameDay = 0;
    double dayBefore = 0;
    for (LocalDate d = NOMINAL_YEAR_START;
        d.isBefore(NOMINAL_YEAR_START.plusYears(1));
        d = d.plusDays(1)) {
      sameDay += weight(d);
      dayBefore += weight(d.minusDays(1));
    }
    double perYear = (double) spec.perYear() * scale;
    this.realtimePerWeight = perYear * (1 - spec.batchShare()) / sameDay;
    this.batchPerWeight = perYear * spec.batchShare() / dayBefore;
    this.lagMeanMs =
        switch (spec.direction()) {
          case "INTERNAL" -> 3_000;
          case "INBOUND" -> 120_000;
          default -> 45_000;
        };
    this.singleType = spec.messageTypes().values().size() == 1;
    this.day = firstDay.toEpochDay() - 1;
    aheadValid = arrive(ahead);
    closeResends();
  }

  /** The exchange made current by the last {@link #advance()}. */
  Exchange current() {
    return next;
  }

  /** Makes the next exchange current; false when the month has no more. */
  boolean advance() {
    long arrival = aheadValid ? ahead.sentMs : Long.MAX_VALUE;
    Resends due = null;
    for (int i = 0; i < resends.size(); i++) {
      Resends r = resends.get(i);
      if (r.nextAt() < (due == null ? Long.MAX_VALUE : due.nextAt())) {
        due = r;
      }
    }
    long resend = due == null ? Long.MAX_VALUE : due.nextAt();
    Exchange duplicate = null;
    for (int i = 0; i < duplicates.size(); i++) {
      Exchange d = duplicates.get(i);
      if (duplicate == null || d.sentMs < duplicate.sentMs) {
        duplicate = d;
      }
    }
    long repeat = duplicate == null ? Long.MAX_VALUE : duplicate.sentMs;
    if (arrival == Long.MAX_VALUE && resend == Long.MAX_VALUE && repeat == Long.MAX_VALUE) {
      return false;
    }
    if (arrival <= resend && arrival <= repeat) {
      Exchange taken = ahead;
      ahead = next;
      next = taken;
      aheadValid = arrive(ahead);
      closeResends();
    } else if (resend <= repeat) {
      resend(next, due);
    } else {
      duplicates.remove(duplicate);
      next.copy(duplicate);
      outcomes.succeed(next);
    }
    stamp(next);
    return true;
  }

  // --- arrivals ---

  private boolean arrive(Exchange e) {
    while (true) {
      if (slot >= SLOTS) {
        if (day >= lastDay) {
          return false;
        }
        startDay(day + 1);
        continue;
      }
      double slotEnd = (slot + 1) * (double) SLOT_MS;
      double rt = realtime[slot];
      double bt = batch[slot];
      double total = rt + bt + catchUp[slot];
      if (total > 0) {
        // Exponential gaps; crossing into the next half hour restarts there (memorylessness).
        t += -StrictMath.log(1.0 - draws.uniform()) / total;
        if (t < slotEnd) {
          double u = draws.uniform() * total;
          create(e, dayStart + (long) t, u < rt ? REALTIME : u < rt + bt ? BATCH : CATCH_UP);
          return true;
        }
      }
      t = slotEnd;
      slot++;
    }
  }

  /** Sets the day's rates per half hour (expected exchanges per millisecond). */
  private void startDay(long epochDay) {
    day = epochDay;
    dayStart = epochDay * Millis.DAY;
    slot = 0;
    t = 0;
    keySeq = 0;
    LocalDate date = LocalDate.ofEpochDay(epochDay);
    boolean active = spec.activeOn(date);
    double rt = active ? realtimePerWeight * weight(date) : 0;
    for (int s = 0; s < SLOTS; s++) {
      realtime[s] = rt * spec.hours().hourShare(s / 2) / 2 / SLOT_MS;
      batch[s] = 0;
      catchUp[s] = 0;
    }
    if (active && spec.batchShare() > 0) {
      int from = spec.batchFromMinute() / 30;
      int to = spec.batchToMinute() / 30;
      for (Incident late : lateBatches) {
        if (late.start().toLocalDate().equals(date)) {
          from = late.start().toLocalTime().toSecondOfDay() / 1800;
          to = late.end().toLocalTime().toSecondOfDay() / 1800;
        }
      }
      if (to <= from) {
        throw new IllegalStateException(spec.id() + ": batch window must end on its day");
      }
      // The night's batch carries the previous day's records: its size follows that day.
      double perSlot = batchPerWeight * weight(date.minusDays(1)) / (to - from) / SLOT_MS;
      for (int s = from; s < to; s++) {
        batch[s] = perSlot;
      }
    }
    for (Incident stop : stops) {
      stopAndCatchUp(stop, date);
    }
  }

  private void stopAndCatchUp(Incident stop, LocalDate date) {
    long from = Millis.of(stop.start());
    long to = Millis.of(stop.end());
    for (int s = 0; s < SLOTS; s++) {
      long at = dayStart + s * SLOT_MS;
      if (at >= from && at < to) {
        missed += (realtime[s] + batch[s]) * SLOT_MS;
        realtime[s] = 0;
        batch[s] = 0;
      }
    }
    if (stop.recoveryStart().toLocalDate().equals(date)) {
      int first = stop.recoveryStart().toLocalTime().toSecondOfDay() / 1800;
      int last = stop.recoveryEnd().toLocalTime().toSecondOfDay() / 1800;
      for (int s = first; s < last; s++) {
        catchUp[s] = missed / (last - first) / SLOT_MS;
      }
      catchUpOf = stop;
      missed = 0;
    }
  }

  private double weight(LocalDate date) {
    return spec.hours().dayWeight(calendar.kind(date));
  }

  private void create(Exchange e, long ms, int kind) {
    e.iface = spec.index();
    e.sentMs = ms;
    e.keyDay = day;
    e.keySeq = ++keySeq;
    e.messageType = messageType();
    if (kind == REALTIME) {
      e.records = 1;
      e.businessMs = -1;
      if (spec.businessTimeShare() >= 1 || draws.chance(spec.businessTimeShare())) {
        double lag = Math.min(-StrictMath.log(1.0 - draws.uniform()) * lagMeanMs, 7_200_000.0);
        e.businessMs = seconds(ms - (long) lag);
      }
    } else {
      e.records = batchRecords();
      if (kind == BATCH) {
        long back = spec.batchLag().at(draws.uniform());
        e.businessMs = seconds((day - back) * Millis.DAY + spec.hours().msOfDay(draws));
      } else {
        e.businessMs = spanBusiness(catchUpOf, ms);
      }
    }
    e.payloadBytes = payload(e.records);
    decide(e);
  }

  private void decide(Exchange e) {
    long ms = e.sentMs;
    for (int i = 0; i < resends.size(); i++) {
      Resends r = resends.get(i);
      if (r.covers(ms)) {
        outcomes.failOutage(e, r.incident);
        r.add(e.keyDay, e.keySeq);
        return;
      }
    }
    for (int i = 0; i < codeMappings.size(); i++) {
      Incident mapping = codeMappings.get(i);
      if (ms >= Millis.of(mapping.start())
          && ms < Millis.of(mapping.end())
          // A batch is refused whole when one of its records has an unmapped code.
          && draws.chance(mapping.share() * (e.records > 1 ? 2.5 : 1))) {
        outcomes.failCodeMapping(e, mapping);
        return;
      }
    }
    if (draws.chance(spec.failureRate())) {
      outcomes.failEveryday(e);
      return;
    }
    outcomes.succeed(e);
    if (draws.chance(DUPLICATE)) {
      // The acknowledgement got lost: the sender resends the same record on the same day.
      long at = ms + 30_000 + draws.nextInt(150_000);
      if (Millis.day(at) == Millis.day(ms) && at < periodEndMs) {
        Exchange duplicate = new Exchange();
        duplicate.copy(e);
        duplicate.sentMs = at;
        duplicates.add(duplicate);
      }
    }
  }

  private int messageType() {
    return singleType ? 0 : spec.messageTypes().indexAt(draws.uniform());
  }

  private int batchRecords() {
    double u = draws.uniform();
    int span = spec.batchRecordsMax() - spec.batchRecordsMin();
    return spec.batchRecordsMin() + (int) (span * u * u);
  }

  private long payload(int records) {
    double factor = records == 1 ? 0.6 + 0.9 * draws.uniform() : 0.85 + 0.3 * draws.uniform();
    return (long) (records * spec.payloadBytes() * factor) + (records == 1 ? 0 : 480);
  }

  /** A business time of a record missed or refused during {@code incident}, before {@code sent}. */
  private long spanBusiness(Incident incident, long sent) {
    long from = Millis.of(incident.start());
    long to = Millis.of(incident.end());
    long b;
    if (spec.batchShare() >= 0.5) {
      long first = Millis.day(from) - 1;
      long last = Millis.day(to - 1) - 1;
      long d = first + draws.nextInt((int) (last - first + 1));
      b = d * Millis.DAY + spec.hours().msOfDay(draws);
    } else {
      b = from + (long) (draws.uniform() * (to - from));
    }
    return seconds(Math.min(b, sent - Millis.MINUTE));
  }

  private static long seconds(long ms) {
    return Math.floorDiv(ms, 1000) * 1000;
  }

  // --- resends after an outage ---

  private void closeResends() {
    long reached = aheadValid ? ahead.sentMs : Long.MAX_VALUE;
    for (int i = 0; i < resends.size(); i++) {
      resends.get(i).closeIfPassed(reached);
    }
  }

  private void resend(Exchange e, Resends r) {
    e.iface = spec.index();
    e.sentMs = r.nextAt();
    e.keyDay = r.keyDay();
    e.keySeq = r.keySeq();
    e.messageType = messageType();
    e.records = spec.batchShare() >= 0.5 ? batchRecords() : 1;
    e.payloadBytes = payload(e.records);
    e.businessMs = spanBusiness(r.incident, e.sentMs);
    outcomes.succeed(e);
    e.retries = 1 + draws.nextInt(3);
    r.step();
  }

  /** Numbers the exchange within its interface and day, and holds answers not yet in. */
  private void stamp(Exchange e) {
    long sentDay = e.sentDay();
    if (sentDay != counterDay) {
      counterDay = sentDay;
      counter = 0;
    }
    if (++counter > MAX_COUNTER) {
      throw new IllegalStateException(spec.id() + ": more exchanges a day than an id can number");
    }
    e.counter = counter;
    boolean unanswered =
        e.ackedMs > exportMs || (e.sentMs >= pendingFromMs && draws.chance(PENDING_SHARE));
    if (e.status != Exchange.PENDING && unanswered) {
      e.status = Exchange.PENDING;
      e.cause = null;
      e.error = null;
      e.ackedMs = -1;
      e.receivedMs = -1;
    }
  }
}
