package org.baobiao.jobs.sla;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.baobiao.jobs.service.Configuration;
import org.baobiao.jobs.service.InvalidRequestException;
import org.baobiao.sla.SlaEvaluator;
import org.baobiao.sla.SlaExplainer;
import org.baobiao.sla.TimelineReader;
import org.baobiao.sla.calendar.MissingCalendarYearException;
import org.baobiao.sla.calendar.StatutoryCalendar;
import org.baobiao.sla.contract.Contract;
import org.baobiao.sla.contract.ContractClocks;
import org.baobiao.sla.contract.ContractSet;
import org.baobiao.sla.engine.TicketTimeline;
import org.baobiao.spec.config.ConfigKind;
import org.baobiao.warehouse.Warehouse;

/**
 * Contract service levels: evaluates every ticket's clocks and the periodic obligations of the
 * contracts and stores the results for the sla-compliance report; explains one ticket's verdicts.
 */
public final class SlaService {
  private final Warehouse warehouse;
  private final Configuration configuration;

  /**
   * @param warehouse where the tickets are read and the results stored
   * @param configuration the contracts and the statutory calendar
   */
  public SlaService(Warehouse warehouse, Configuration configuration) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
    this.configuration = requireNonNull(configuration, "configuration is null");
  }

  /**
   * Evaluates the contracts asked for and replaces their earlier results.
   *
   * <p>A contract that cannot be evaluated (its file has problems, or a year of the statutory
   * calendar it needs is missing) fails alone: every other contract is evaluated and stored, and
   * the result lists the failures with the file to add or correct.
   *
   * @throws InvalidRequestException when there are no ticket events to fix the evaluation instant,
   *     or no contract of the hospital asked for
   */
  public SlaEvaluation evaluate(SlaEvaluationRequest request) {
    LocalDateTime asOf = asOf(request.asOf());
    ContractSet set = configuration.contractSet();
    List<SlaEvaluation.Failure> failures = new ArrayList<>();
    // A broken file is listed whichever hospital was asked for: which hospital it belongs to is
    // in the file that could not be read.
    for (ContractSet.BrokenFile broken : set.broken()) {
      failures.add(
          new SlaEvaluation.Failure(
              broken.contractId(),
              "合同条款文件有 "
                  + broken.problems().size()
                  + " 处错误:\n"
                  + broken.problems().stream()
                      .map(p -> "    " + p)
                      .collect(Collectors.joining("\n")),
              broken.file()));
    }
    List<Contract> contracts =
        request.hospital() == null || !failures.isEmpty()
            ? set.contracts().stream()
                .filter(c -> request.hospital() == null || c.orgCode().equals(request.hospital()))
                .toList()
            : contracts(request.hospital());
    SlaEvaluator evaluator = new SlaEvaluator(warehouse, configuration.statutoryCalendar());
    List<SlaEvaluator.Evaluation> done = new ArrayList<>();
    for (Contract c : contracts) {
      try {
        done.add(evaluator.evaluate(c, asOf));
      } catch (MissingCalendarYearException e) {
        failures.add(
            new SlaEvaluation.Failure(
                c.id(),
                e.getMessage(),
                configuration.folder().whereToAdd(ConfigKind.CALENDARS)
                    + StatutoryCalendar.fileName(e.year())));
      }
    }
    return new SlaEvaluation(asOf, done, failures);
  }

  /**
   * Explains one ticket under the contract in force when it was reported.
   *
   * @throws InvalidRequestException when the ticket is unknown, its number is used by several
   *     hospitals and none was named, or no contract covers it
   */
  public TicketExplanation explain(TicketExplanationRequest request) {
    String ticket = request.ticket();
    String hospital = request.hospital();
    List<TicketTimeline> found = new TimelineReader(warehouse).ticket(ticket, hospital);
    if (found.isEmpty()) {
      throw new InvalidRequestException(
          "没有找到工单 " + ticket + (hospital == null ? "" : "（机构 " + hospital + "）"));
    }
    if (found.size() > 1) {
      throw new InvalidRequestException(
          "工单号 "
              + ticket
              + " 在多家医院出现: "
              + found.stream().map(TicketTimeline::orgCode).toList()
              + "；请用 --hospital 指定");
    }
    TicketTimeline t = found.get(0);
    LocalDateTime at = asOf(request.asOf());
    LocalDateTime reported = t.events().get(0).time();
    Set<String> allowed = request.contracts();
    Contract c =
        contracts(t.orgCode()).stream()
            .filter(x -> allowed == null || allowed.contains(x.id()))
            .filter(x -> x.isEffectiveOn(reported.toLocalDate()))
            .findFirst()
            .orElseThrow(
                () ->
                    allowed == null
                        ? new InvalidRequestException(
                            "工单 " + ticket + " 的报障时间 " + reported + " 不在任何合同的服务期内")
                        : new OutsideContractsException(
                            "工单 "
                                + ticket
                                + " 的报障时间 "
                                + reported
                                + " 不在合同 "
                                + String.join("、", new java.util.TreeSet<>(allowed))
                                + " 的服务期内，或这些合同不属于工单的医院"));
    String text =
        SlaExplainer.explain(t, ContractClocks.of(c, configuration.statutoryCalendar()), at);
    return new TicketExplanation(t, c, at, text);
  }

  /**
   * Contracts of the given hospital, or all.
   *
   * @throws InvalidRequestException when the hospital has none, listing the contracts there are
   */
  public List<Contract> contracts(String hospital) {
    List<Contract> all = configuration.contractSet().contracts();
    if (hospital == null) {
      return all;
    }
    List<Contract> some = all.stream().filter(c -> c.orgCode().equals(hospital)).toList();
    if (some.isEmpty()) {
      throw new InvalidRequestException(
          "没有机构 "
              + hospital
              + " 的合同文件；已有: "
              + all.stream().map(c -> c.id() + "（" + c.orgCode() + "）").toList());
    }
    return some;
  }

  private LocalDateTime asOf(LocalDateTime given) {
    if (given != null) {
      return given;
    }
    LocalDateTime cutOff = SlaEvaluator.dataCutOff(warehouse);
    if (cutOff == null) {
      throw new InvalidRequestException("数据仓库中没有工单事件；请先加载 tickets 数据");
    }
    return cutOff;
  }

  /**
   * The ticket exists but falls under none of the contracts the request allowed (a vendor asking
   * about another vendor's ticket): the caller refuses it rather than reporting a data problem.
   */
  public static final class OutsideContractsException extends InvalidRequestException {
    OutsideContractsException(String message) {
      super(message);
    }
  }
}
