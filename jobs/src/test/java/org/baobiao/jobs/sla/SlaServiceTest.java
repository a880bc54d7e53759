package org.baobiao.jobs.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import org.baobiao.jobs.service.InvalidRequestException;
import org.baobiao.jobs.service.ServiceFixture;
import org.baobiao.sla.SlaEvaluator;
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
