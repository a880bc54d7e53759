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
 * tickets' durations in working time, the terms, the obligation results and the run, each replaced
 * for the contract in one transaction, so a rerun changes nothing but the evaluation time.
 */
public final class SlaEvaluator {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private final Warehouse warehouse;
  private final StatutoryCalendar statutory;

  public SlaEvaluator(Warehouse warehouse, StatutoryCalendar statutory) {
    this.warehouse = warehouse;
    this.statutory = statutory;
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

  /** Evaluates one contract as of an instant and stores the results. */
  public Evaluation evaluate(Contract contract, LocalDateTime asOf) {
    ContractClocks clocks = ContractClocks.of(contract, statutory);
    List<TicketTimeline> tickets =
        new TimelineReader(warehouse)
            .reportedBetween(contract.orgCode(), contract.effectiveFrom(), contract.effectiveTo());
    List<Object[]> rows = new ArrayList<>();
    List<Object[]> dayEnds = new ArrayList<>();
    List<Object[]> durations = new ArrayList<>();
    TicketDurations spans = TicketDurations.of(contract, clocks.calendars(), statutory);
    for (TicketTimeline t : tickets) {
      for (ClockSpec clock : clocks.clocks()) {
        for (ClockResult r : SlaEngine.evaluate(t, clock, asOf)) {
          rows.add(row(contract, t, clock, r, asOf));
        }
        for (DayEndClocks.DayEnd d : DayEndClocks.of(t, clock, asOf)) {
          dayEnds.add(dayEndRow(contract, t, clock, d));
        }
      }
      TicketDurations.Span span = spans.of(t, asOf);
      if (span != null) {
        durations.add(durationRow(contract, t, span, spans.calendar().description()));
      }
    }
    List<ObligationResult> obligations =
        new ObligationEvaluator(statutory)
            .evaluate(
                contract,
                new EvidenceReader(warehouse)
                    .read(contract.orgCode(), contract.effectiveFrom(), asOf),
                asOf);
    Map<String, Object> key = Map.of("contract", contract.id());
    warehouse.replaceRows("sla_results", "contract_id = :contract", key, rows);
    warehouse.replaceRows("sla_terms", "contract_id = :contract", key, terms(clocks));
    warehouse.replaceRows("sla_day_ends", "contract_id = :contract", key, dayEnds);
    warehouse.replaceRows("sla_ticket_durations", "contract_id = :contract", key, durations);
    warehouse.replaceRows(
        "sla_obligations",
        "contract_id = :contract",
        key,
        ObligationRows.of(contract, obligations, asOf));
    warehouse.replaceRows(
        "sla_runs",
        "contract_id = :contract",
        key,
        List.<Object[]>of(
            new Object[] {
              contract.id(),
              contract.version(),
              contract.title(),
              contract.orgCode(),
              asOf,
              (long) tickets.size(),
              (long) rows.size(),
              warehouse.dataVersion().describe(),
              LocalDateTime.now(ZONE).withNano(0)
            }));
    long missed = obligations.stream().filter(o -> o.status() == ObligationStatus.MISSED).count();
    return new Evaluation(contract, asOf, tickets.size(), rows.size(), obligations.size(), missed);
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
