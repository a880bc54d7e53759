package org.baobiao.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.baobiao.sla.calendar.StatutoryCalendar;
import org.baobiao.sla.contract.Contract;
import org.baobiao.sla.contract.ContractClocks;
import org.baobiao.sla.contract.ContractLoader;
import org.baobiao.sla.engine.ClockResult;
import org.baobiao.sla.engine.ClockSpec;
import org.baobiao.sla.engine.GoalSpec;
import org.baobiao.sla.engine.SlaEngine;
import org.baobiao.sla.engine.TicketEvent;
import org.baobiao.sla.engine.TicketTimeline;

/**
 * {@code sla-engine}: every clock of the five bundled contracts evaluated by {@link SlaEngine}
 * (goal matching, business calendars with the statutory holidays, pauses, reopened cycles,
 * deadlines) over generated tickets with their events, on one thread, so the rate is per core.
 * Tickets are generated in blocks between the timed evaluations (generation is not measured);
 * ticket {@code i} goes to contract {@code i % 5}. Only the engine is timed: reading the timelines
 * from the warehouse and storing the results ({@code SlaEvaluator}) are not part of this scenario.
 *
 * <p>Baseline: the naive evaluation a spreadsheet or one SQL query does, on the same tickets and
 * clocks: wall-clock time from a clock's first start event to its first stop event against the
 * first goal's budget, no calendar, no pause, no reopened cycle.
 */
final class SlaScenario implements Scenario {
  private static final int BLOCK = 10_000;
  private static final LocalDateTime FROM = LocalDateTime.of(2025, 11, 1, 0, 0);
  private static final int MINUTES_OF_YEAR = 355 * 24 * 60;
  private static final LocalDateTime AS_OF = LocalDateTime.of(2026, 11, 1, 0, 0);
  private static final String[] CHANNELS = {"PHONE", "REMOTE", "ONSITE", "IM", "PLATFORM"};
  private static final String[] CATEGORIES = {
    "CORRECTIVE",
    "CORRECTIVE",
    "CORRECTIVE",
    "INTERFACE",
    "DATA_FIX",
    "CONSULT",
    "CHANGE",
    "ADAPTIVE",
    "PERFECTIVE",
    "DATA_EXTRACT",
    "INSPECTION"
  };

  private final long tickets;
  private final long seed;
  private List<ContractClocks> contracts;

  SlaScenario(long tickets, long seed) {
    this.tickets = tickets;
    this.seed = seed;
  }

  @Override
  public String name() {
    return "sla-engine";
  }

  @Override
  public String unit() {
    return "tickets";
  }

  @Override
  public long prepare(Path work) {
    StatutoryCalendar statutory = StatutoryCalendar.loadDefault();
    contracts = new ArrayList<>();
    for (Contract c : ContractLoader.loadDefault()) {
      contracts.add(ContractClocks.of(c, statutory));
    }
    return tickets;
  }

  @Override
  public Timing.Run baobiao(Path run) throws Exception {
    return evaluate(true);
  }

  @Override
  public List<Baseline> baselines() {
    return List.of(
        Baseline.reference("naive wall-clock per ticket", tickets, dir -> evaluate(false)));
  }

  /**
   * Evaluates every ticket's clocks with the engine (or naively), timing the evaluations only.
   *
   * @return the run; its heap peak is that of the whole loop, generation included
   */
  private Timing.Run evaluate(boolean engine) throws Exception {
    long[] nanos = {0};
    long[] results = {0};
    long[] verdicts = {0};
    Timing.Run whole =
        Timing.run(
            () -> {
              for (long from = 0; from < tickets; from += BLOCK) {
                List<TicketTimeline> block = generate(from, Math.min(BLOCK, tickets - from));
                long start = System.nanoTime();
                for (int i = 0; i < block.size(); i++) {
                  ContractClocks contract = contracts.get((int) ((from + i) % contracts.size()));
                  for (ClockSpec clock : contract.clocks()) {
                    if (engine) {
                      for (ClockResult c : SlaEngine.evaluate(block.get(i), clock, AS_OF)) {
                        results[0]++;
                        verdicts[0] += c.verdict().ordinal();
                      }
                    } else {
                      int verdict = naive(block.get(i), clock);
                      results[0] += verdict == 0 ? 0 : 1;
                      verdicts[0] += verdict;
                    }
                  }
                }
                nanos[0] += System.nanoTime() - start;
              }
            });
    // The verdicts are summed so that no evaluation's work can be skipped as unused.
    if (results[0] == 0 || verdicts[0] == 0) {
      throw new IllegalStateException("no clock started on " + tickets + " tickets");
    }
    return new Timing.Run(nanos[0] / 1e9, whole.peakHeapMib());
  }

  /**
   * First start to first stop in wall-clock time against the first goal: 0 when the clock does not
   * apply or never started, 1 met, 2 breached, 3 still running.
   */
  private static int naive(TicketTimeline t, ClockSpec clock) {
    if (!clock.appliesTo().test(t) || clock.goals().isEmpty()) {
      return 0;
    }
    LocalDateTime start = null;
    for (TicketEvent e : t.events()) {
      if (start == null && clock.start().contains(e.type())) {
        start = e.time();
      } else if (start != null && clock.stop().contains(e.type())) {
        GoalSpec goal = clock.goals().get(0);
        boolean met = Duration.between(start, e.time()).compareTo(goal.budget()) <= 0;
        return met ? 1 : 2;
      }
    }
    return start == null ? 0 : 3;
  }

  /** Tickets {@code from}..{@code from + n - 1}, the same for every run. */
  List<TicketTimeline> generate(long from, long n) {
    List<TicketTimeline> out = new ArrayList<>((int) n);
    for (long i = from; i < from + n; i++) {
      out.add(ticket(i));
    }
    return out;
  }

  private TicketTimeline ticket(long i) {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
    Contract contract = contracts.get((int) (i % contracts.size())).contract();
    List<TicketEvent> events = new ArrayList<>(10);
    LocalDateTime t = FROM.plusMinutes(r.nextInt(MINUTES_OF_YEAR));
    int seq = 1;
    events.add(new TicketEvent(seq++, "REPORTED", t, null, null));
    if (r.nextInt(100) < 2) {
      events.add(new TicketEvent(seq, "CANCELLED", t.plusMinutes(1 + r.nextInt(60)), null, null));
      return timeline(contract, i, r, events);
    }
    t = t.plusMinutes(1 + r.nextInt(90));
    events.add(new TicketEvent(seq++, "ACKNOWLEDGED", t, "E01", null));
    t = t.plusMinutes(5 + r.nextInt(120));
    events.add(
        new TicketEvent(seq++, r.nextInt(100) < 60 ? "REMOTE_STARTED" : "ON_SITE", t, "E01", null));
    if (r.nextInt(100) < 20) {
      t = t.plusMinutes(30 + r.nextInt(600));
      events.add(new TicketEvent(seq++, "PAUSED", t, "E01", null));
      t = t.plusMinutes(60 + r.nextInt(4_000));
      events.add(new TicketEvent(seq++, "RESUMED", t, "E01", null));
    }
    if (r.nextInt(100) < 3) {
      return timeline(contract, i, r, events);
    }
    t = t.plusMinutes(30 + r.nextInt(3_000));
    events.add(new TicketEvent(seq++, "RESOLVED", t, "E01", null));
    if (r.nextInt(100) < 10) {
      t = t.plusMinutes(60 + r.nextInt(2_000));
      events.add(new TicketEvent(seq++, "REOPENED", t, null, null));
      t = t.plusMinutes(30 + r.nextInt(1_000));
      events.add(new TicketEvent(seq++, "RESOLVED", t, "E02", null));
    }
    if (r.nextInt(100) < 95) {
      events.add(new TicketEvent(seq, "CLOSED", t.plusMinutes(60 + r.nextInt(5_000)), null, null));
    }
    return timeline(contract, i, r, events);
  }

  private static TicketTimeline timeline(
      Contract contract, long i, SplittableRandom r, List<TicketEvent> events) {
    return new TicketTimeline(
        contract.orgCode(),
        "BENCH-" + i,
        1 + r.nextInt(3),
        CHANNELS[r.nextInt(CHANNELS.length)],
        CATEGORIES[r.nextInt(CATEGORIES.length)],
        "SYS",
        events);
  }
}
