package org.baobiao.sla.calendar;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The calendar arithmetic of the SLA clocks: business time between two instants three days apart (a
 * public holiday and a weekend between them) and the deadline 20 working hours on, in a working-day
 * window calendar with the statutory holidays, and in the 24×7 calendar.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CalendarBench {
  private static final LocalDateTime FROM = LocalDateTime.of(2026, 9, 25, 16, 30);
  private static final LocalDateTime TO = LocalDateTime.of(2026, 9, 28, 10, 15);
  private BusinessCalendar workHours;
  private BusinessCalendar always;

  @Setup
  public void setUp() {
    StatutoryCalendar statutory = StatutoryCalendar.loadDefault();
    workHours =
        BusinessCalendars.create(
            CalendarSpec.workdayWindow(LocalTime.of(8, 0), LocalTime.of(18, 0)), statutory);
    always = BusinessCalendars.create(CalendarSpec.always(), statutory);
  }

  @Benchmark
  public Duration elapsedWorkHours() {
    return workHours.elapsed(FROM, TO);
  }

  @Benchmark
  public LocalDateTime deadlineWorkHours() {
    return workHours.plus(FROM, Duration.ofHours(20));
  }

  @Benchmark
  public Duration elapsedAlways() {
    return always.elapsed(FROM, TO);
  }
}
