package org.baobiao.sla;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.baobiao.sla.calendar.StatutoryCalendar;
import org.baobiao.sla.contract.ClockDef;
import org.baobiao.sla.contract.Contract;
import org.baobiao.sla.contract.ContractClocks;
import org.baobiao.sla.contract.GoalRule;
import org.baobiao.sla.engine.ClockResult;
import org.baobiao.sla.engine.ClockSpec;
import org.baobiao.sla.engine.DayEndClocks;
import org.baobiao.sla.engine.SlaEngine;
import org.baobiao.sla.engine.TicketTimeline;
import org.baobiao.sla.obligation.EvidenceReader;
import org.baobiao.sla.obligation.ObligationEvaluator;
import org.baobiao.sla.obligation.ObligationResult;
import org.baobiao.sla.obligation.ObligationRows;
import org.baobiao.sla.obligation.ObligationStatus;
import org.baobiao.warehouse.Warehouse;

/**
 * Evaluates a contract's clocks over the tickets in the warehouse and its obligations over the
 * activity log and tickets, and stores the results, the clocks running at each day's end, the
 * tickets' durations in working time, the terms, the obligation results and the run, all replaced
 * for the contract in one transaction, so a rerun changes nothing but the evaluation time.
 */
public final class SlaEvaluator {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private final Warehouse warehouse;
  private final StatutoryCalendar statutory;

  private final int flushRows;

  public SlaEvaluator(Warehouse warehouse, StatutoryCalendar statutory) {
    this(warehouse, statutory, FLUSH_ROWS);
  }

  /**
   * With the number of rows of a result table held before they are appended: fewer rows, less
   * memory and more statements (each a commit on Delta Lake).
   */
  public SlaEvaluator(Warehouse warehouse, StatutoryCalendar statutory, int flushRows) {
    this.warehouse = warehouse;
    this.statutory = statutory;
    this.flushRows = flushRows;
  }

  /**
   * What one evaluation did.
   *
   * @param contract the contract
   * @param asOf the evaluation time
   * @param tickets tickets measured
   * @param results clock results stored
   * @param obligations obligation results stored (one per obligation and due period)
   * @param missedObligations of those, the ones not met (未履行)
   */
  public record Evaluation(
      Contract contract,
      LocalDateTime asOf,
      long tickets,
      long results,
      long obligations,
      long missedObligations) {}

  /**
   * The default evaluation instant: the latest event in the warehouse (the data's cut-off), so that
   * the same data always gives the same figures; null when there are no events.
   */
  public static LocalDateTime dataCutOff(Warehouse warehouse) {
    return (LocalDateTime)
        warehouse.query("SELECT max(event_time) FROM ticket_events", Map.of()).single();
  }

  /**
   * Rows kept in memory per result table before they are appended to the transaction: a contract's
   * results are streamed into the warehouse, not held whole.
   */
  static final int FLUSH_ROWS = 20_000;

  /** The per-ticket result tables, replaced for the contract in the evaluation's transaction. */
  private static final List<String> TICKET_TABLES =
      List.of("sla_results", "sla_day_ends", "sla_ticket_durations");

  /**
   * Evaluates one contract as of an instant and stores the results. The tickets are read one at a
   * time as the engine streams them, and their results are appended in slices of {@link
   * #FLUSH_ROWS} rows, so memory does not grow with the contract's tickets. Everything is replaced
   * in one transaction: on DuckDB a crash leaves the earlier results whole; on Spark + Delta Lake,
   * where each statement commits on its own, a rerun converges.
   */
  public Evaluation evaluate(Contract contract, LocalDateTime asOf) {
    ContractClocks clocks = ContractClocks.of(contract, statutory);
    TicketDurations spans = TicketDurations.of(contract, clocks.calendars(), statutory);
    List<ObligationResult> obligations =
        new ObligationEvaluator(statutory)
            .evaluate(
                contract,
                new EvidenceReader(warehouse)
                    .read(contract.orgCode(), contract.effectiveFrom(), asOf),
                asOf);
    Map<String, Object> key = Map.of("contract", contract.id());
    long[] counted = new long[2]; // tickets, clock results
    warehouse.inTransaction(
        s -> {
          // The earlier results go just before the first slice is written, so that an evaluation
          // failing early (a calendar year missing) leaves them even where statements commit alone.
          Runnable clear =
              new Runnable() {
                private boolean done;

                @Override
                public void run() {
                  if (!done) {
                    done = true;
                    for (String table : TICKET_TABLES) {
                      s.update("DELETE FROM " + table + " WHERE contract_id = :contract", key);
                    }
                  }
                }
              };
          Slices results = new Slices(s, "sla_results", flushRows, clear);
          Slices dayEnds = new Slices(s, "sla_day_ends", flushRows, clear);
          Slices durations = new Slices(s, "sla_ticket_durations", flushRows, clear);
          new TimelineReader(warehouse)
              .eachReportedBetween(
                  contract.orgCode(),
                  contract.effectiveFrom(),
                  contract.effectiveTo(),
                  t -> {
                    counted[0]++;
                    for (ClockSpec clock : clocks.clocks()) {
                      for (ClockResult r : SlaEngine.evaluate(t, clock, asOf)) {
                        results.add(row(contract, t, clock, r, asOf));
                        counted[1]++;
                      }
                      for (DayEndClocks.DayEnd d : DayEndClocks.of(t, clock, asOf)) {
                        dayEnds.add(dayEndRow(contract, t, clock, d));
                      }
                    }
                    TicketDurations.Span span = spans.of(t, asOf);
                    if (span != null) {
                      durations.add(durationRow(contract, t, span, spans.calendar().description()));
                    }
                  });
          clear.run();
          results.flush();
          dayEnds.flush();
          durations.flush();
          replace(s, "sla_terms", key, terms(clocks));
          replace(s, "sla_obligations", key, ObligationRows.of(contract, obligations, asOf));
          replace(
              s,
              "sla_runs",
              key,
              List.<Object[]>of(
                  new Object[] {
                    contract.id(),
                    contract.version(),
                    contract.title(),
                    contract.orgCode(),
                    asOf,
                    counted[0],
                    counted[1],
                    warehouse.dataVersion().describe(),
                    LocalDateTime.now(ZONE).withNano(0)
                  }));
        });
    long missed = obligations.stream().filter(o -> o.status() == ObligationStatus.MISSED).count();
    return new Evaluation(contract, asOf, counted[0], counted[1], obligations.size(), missed);
  }

  private static void replace(
      Warehouse.SqlSession s, String table, Map<String, Object> key, List<Object[]> rows) {
    s.update("DELETE FROM " + table + " WHERE contract_id = :contract", key);
    s.append(table, rows);
  }

  /** A table's rows waiting to be appended, written out every {@code size} rows. */
  private static final class Slices {
    private final Warehouse.SqlSession session;
    private final String table;
    private final int size;
    private final Runnable beforeFirst;
    private final List<Object[]> rows = new ArrayList<>();

    Slices(Warehouse.SqlSession session, String table, int size, Runnable beforeFirst) {
      this.session = session;
      this.table = table;
      this.size = size;
      this.beforeFirst = beforeFirst;
    }

    void add(Object[] row) {
      rows.add(row);
      if (rows.size() >= size) {
        flush();
      }
    }

    void flush() {
      if (!rows.isEmpty()) {
        beforeFirst.run();
        session.append(table, rows);
        rows.clear();
      }
    }
  }

  private static Object[] row(
      Contract contract, TicketTimeline t, ClockSpec clock, ClockResult r, LocalDateTime asOf) {
    return new Object[] {
      contract.id(),
      contract.version(),
      t.orgCode(),
      t.ticketNo(),
      clock.id(),
      clock.name(),
      r.cycle(),
      t.severity(),
      t.channel(),
      t.category(),
      t.systemCode(),
      r.goal() == null ? null : r.goal().rule(),
      r.goal() == null ? null : r.goal().targetText(),
      r.goal() == null ? null : r.goal().calendar().id(),
      r.goal() == null ? null : r.goal().calendar().description(),
      r.goal() == null ? null : minutes(r.goal().budget()),
      r.start(),
      r.stop(),
      r.endEvent(),
      minutes(r.elapsed()),
      minutes(r.paused()),
      r.deadline(),
      r.verdict().name(),
      minutes(r.overrun()),
      asOf
    };
  }

  private static Object[] dayEndRow(
      Contract contract, TicketTimeline t, ClockSpec clock, DayEndClocks.DayEnd d) {
    ClockResult r = d.result();
    return new Object[] {
      contract.id(),
      contract.version(),
      t.orgCode(),
      d.day(),
      t.ticketNo(),
      clock.id(),
      clock.name(),
      r.cycle(),
      t.severity(),
      r.goal().rule(),
      r.goal().targetText(),
      r.goal().calendar().description(),
      minutes(r.goal().budget()),
      r.start(),
      minutes(r.elapsed()),
      d.paused() ? 1 : 0,
      r.deadline(),
      r.verdict().name(),
      minutes(r.overrun())
    };
  }

  private static Object[] durationRow(
      Contract contract, TicketTimeline t, TicketDurations.Span span, String calendar) {
    return new Object[] {
      contract.id(),
      contract.version(),
      t.orgCode(),
      t.ticketNo(),
      t.severity(),
      span.reportedAt(),
      span.resolvedAt(),
      span.wall() == null ? null : minutes(span.wall()),
      span.working() == null ? null : minutes(span.working()),
      calendar
    };
  }

  private List<Object[]> terms(ContractClocks clocks) {
    List<Object[]> rows = new ArrayList<>();
    Contract c = clocks.contract();
    for (int i = 0; i < c.clocks().size(); i++) {
      ClockDef clock = c.clocks().get(i);
      ClockSpec spec = clocks.clocks().get(i);
      for (int j = 0; j < clock.goals().size(); j++) {
        GoalRule g = clock.goals().get(j);
        rows.add(
            new Object[] {
              c.id(),
              c.version(),
              c.orgCode(),
              clock.id(),
              clock.name(),
              i + 1,
              j + 1,
              g.rule(),
              clocks.describe(g.when()),
              spec.goals().get(j).targetText(),
              spec.goals().get(j).calendar().description(),
              g.clause().section() + " " + g.clause().text()
            });
      }
    }
    return rows;
  }

  /** Minutes with two decimals (seconds are kept exactly to the hundredth of a minute). */
  static BigDecimal minutes(Duration d) {
    return BigDecimal.valueOf(d.getSeconds())
        .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
  }
}
