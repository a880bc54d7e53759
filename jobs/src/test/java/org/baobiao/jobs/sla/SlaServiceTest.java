package org.baobiao.jobs.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.baobiao.jobs.service.InvalidRequestException;
import org.baobiao.jobs.service.ServiceFixture;
import org.baobiao.sla.SlaEvaluator;
import org.baobiao.sla.contract.Contract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SLA use cases called directly, on the ops-monthly October fixture under contract HT-2025-000
 * (see SlaComplianceIT for the hand computation).
 */
class SlaServiceTest {
  @TempDir Path dir;

  @Test
  void evaluateReturnsEachContractsCountsAsOfTheDataCutOff() throws Exception {
    try (ServiceFixture app = ServiceFixture.in(dir)) {
      app.load("reference", "ops-monthly/october/input/reference");
      app.load("tickets", "ops-monthly/october/input/tickets");
      SlaService sla = new SlaService(app.warehouse(), app.configuration());

      SlaEvaluation e = sla.evaluate(new SlaEvaluationRequest("441700001", null));

      assertThat(e.asOf()).isEqualTo(LocalDateTime.of(2026, 11, 3, 15, 0));
      assertThat(e.contracts()).hasSize(1);
      SlaEvaluator.Evaluation c = e.contracts().get(0);
      assertThat(c.contract().id()).isEqualTo("HT-2025-000");
      assertThat(c.asOf()).isEqualTo(e.asOf());
      Map<String, ?> key = Map.of("c", "HT-2025-000");
      assertThat(c.results())
          .isPositive()
          .isEqualTo(
              app.warehouse()
                  .query("SELECT count(*) FROM sla_results WHERE contract_id = :c", key)
                  .single());
      assertThat(c.tickets())
          .isEqualTo(
              app.warehouse()
                  .query(
                      "SELECT count(DISTINCT ticket_no) FROM sla_results WHERE contract_id = :c",
                      key)
                  .single());

      LocalDateTime earlier = LocalDateTime.of(2026, 10, 20, 12, 0);
      assertThat(sla.evaluate(new SlaEvaluationRequest("441700001", earlier)).asOf())
          .isEqualTo(earlier);
    }
  }

  /**
   * The results are appended in slices as the tickets stream by; with slices of two rows (many
   * appends per table) a contract's stored results are the same rows as with the default slice, and
   * a second evaluation replaces them instead of adding to them.
   */
  @Test
  void resultsWrittenInSmallSlicesAreTheSameRowsAndAreReplacedOnRerun() throws Exception {
    try (ServiceFixture app = ServiceFixture.in(dir)) {
      app.load("reference", "ops-monthly/october/input/reference");
      app.load("tickets", "ops-monthly/october/input/tickets");
      SlaService sla = new SlaService(app.warehouse(), app.configuration());
      Contract contract = sla.contracts("441700001").get(0);
      LocalDateTime asOf = LocalDateTime.of(2026, 11, 3, 15, 0);

      SlaEvaluator.Evaluation whole =
          new SlaEvaluator(app.warehouse(), app.configuration().statutoryCalendar())
              .evaluate(contract, asOf);
      Map<String, List<List<Object>>> expected = stored(app);
      SlaEvaluator sliced =
          new SlaEvaluator(app.warehouse(), app.configuration().statutoryCalendar(), 2);
      SlaEvaluator.Evaluation first = sliced.evaluate(contract, asOf);
      SlaEvaluator.Evaluation again = sliced.evaluate(contract, asOf);

      assertThat(expected.get("sla_results")).hasSizeGreaterThan(4);
      assertThat(expected.get("sla_day_ends")).hasSizeGreaterThan(4);
      assertThat(expected.get("sla_ticket_durations")).hasSizeGreaterThan(4);
      assertThat(stored(app)).isEqualTo(expected);
      assertThat(List.of(first.tickets(), first.results(), again.tickets(), again.results()))
          .containsExactly(whole.tickets(), whole.results(), whole.tickets(), whole.results());
    }
  }

  /** Every stored row of the per-ticket result tables, sorted, without the evaluation time. */
  private static Map<String, List<List<Object>>> stored(ServiceFixture app) {
    Map<String, List<List<Object>>> tables = new TreeMap<>();
    for (String table : List.of("sla_results", "sla_day_ends", "sla_ticket_durations")) {
      List<List<Object>> rows = new ArrayList<>();
      for (Object[] r :
          app.warehouse().query("SELECT * EXCLUDE (contract_id) FROM " + table, Map.of()).rows()) {
        rows.add(Arrays.asList(r));
      }
      rows.sort(Comparator.comparing(Object::toString));
      tables.put(table, rows);
    }
    return tables;
  }

  @Test
  void explainReturnsTheContractAndTheVerdictText() throws Exception {
    try (ServiceFixture app = ServiceFixture.in(dir)) {
      app.load("reference", "ops-monthly/october/input/reference");
      app.load("tickets", "ops-monthly/october/input/tickets");
      SlaService sla = new SlaService(app.warehouse(), app.configuration());

      TicketExplanation t = sla.explain(new TicketExplanationRequest("T3", "441700001", null));

      assertThat(t.contract().id()).isEqualTo("HT-2025-000");
      assertThat(t.ticket().orgCode()).isEqualTo("441700001");
      assertThat(t.asOf()).isEqualTo(LocalDateTime.of(2026, 11, 3, 15, 0));
      assertThat(t.text()).contains("合同 HT-2025-000 第 1 版").contains("结论: 超时，超出 120 分钟");
      assertThatThrownBy(() -> sla.explain(new TicketExplanationRequest("NOPE", null, null)))
          .isInstanceOf(InvalidRequestException.class)
          .hasMessage("没有找到工单 NOPE");
    }
  }

  @Test
  void anEmptyWarehouseOrAHospitalWithoutContractIsRefused() {
    try (ServiceFixture app = ServiceFixture.in(dir)) {
      SlaService sla = new SlaService(app.warehouse(), app.configuration());
      assertThatThrownBy(() -> sla.evaluate(SlaEvaluationRequest.all()))
          .isInstanceOf(InvalidRequestException.class)
          .hasMessageContaining("没有工单事件");
      assertThatThrownBy(() -> sla.contracts("999"))
          .isInstanceOf(InvalidRequestException.class)
          .hasMessageContaining("没有机构 999 的合同文件")
          .hasMessageContaining("HT-2025-000");
    }
  }
}
