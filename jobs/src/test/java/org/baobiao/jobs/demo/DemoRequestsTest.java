package org.baobiao.jobs.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.baobiao.jobs.request.AuditQuery;
import org.baobiao.jobs.request.AuditTrail;
import org.baobiao.jobs.request.RequestAuditService;
import org.baobiao.jobs.request.RequestEvent;
import org.baobiao.jobs.request.RequestPolicy;
import org.baobiao.jobs.request.RequestService;
import org.baobiao.jobs.service.ServiceFixture;
import org.baobiao.reports.run.ReportPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's sample requests on a real warehouse (the reference data and tickets of
 * golden/ops-quarterly/q3): delivered, refused, expired unused and rejected inside the quarter, the
 * ticket extract of 441700001 recorded as the vendor's 特殊数据提取, and nothing added on a rerun.
 */
class DemoRequestsTest {
  @TempDir Path dir;

  @Test
  void theSampleRequestsFillTheQuarterOnceAndReachTheVendorsActivities() throws Exception {
    try (ServiceFixture app = ServiceFixture.in(dir)) {
      app.load("reference", "ops-quarterly/q3/input/reference");
      app.load("tickets", "ops-quarterly/q3/input/tickets");
      Function<java.time.Clock, RequestService> services =
          clock ->
              new RequestService(
                  app.warehouse(),
                  app.configuration(),
                  app.dataDir(),
                  clock,
                  RequestPolicy.defaults());
      ReportPeriod q3 = ReportPeriod.parse("2026-Q3");

      List<String> made = DemoRequests.create(services, q3, dir.resolve("downloads"));

      assertThat(made).containsExactly("SQ-2026-0001", "SQ-2026-0002", "SQ-2026-0003");
      AuditTrail trail =
          new RequestAuditService(app.warehouse()).trail(new AuditQuery(q3, null, null));
      assertThat(trail.events())
          .extracting(e -> e.requestNo() + " " + e.action())
          .containsExactly(
              "SQ-2026-0001 新建",
              "SQ-2026-0001 提交",
              "SQ-2026-0001 批准",
              "SQ-2026-0001 交付",
              "SQ-2026-0001 下载",
              "SQ-2026-0002 新建",
              "SQ-2026-0002 提交",
              "SQ-2026-0002 拒绝",
              "SQ-2026-0002 批准",
              "SQ-2026-0002 交付",
              "SQ-2026-0001 过期",
              "SQ-2026-0002 过期",
              "SQ-2026-0003 新建",
              "SQ-2026-0003 提交",
              "SQ-2026-0003 驳回");
      assertThat(trail.events())
          .extracting(RequestEvent::actedAt)
          .isSorted()
          .allSatisfy(t -> assertThat(t.getMonthValue()).isBetween(7, 9));
      assertThat(
              app.warehouse()
                  .query(
                      "SELECT org_code, activity_id, contract_id FROM activities"
                          + " WHERE activity_type = 'DATA_EXTRACT'",
                      Map.of())
                  .rows())
          .extracting(r -> r[0] + " " + r[1] + " " + r[2])
          .containsExactly("441700001 SQ-2026-0001 HT-2025-000");

      assertThat(DemoRequests.create(services, q3, dir.resolve("downloads"))).isEmpty();
      assertThat(
              new RequestAuditService(app.warehouse())
                  .trail(new AuditQuery(ReportPeriod.parse("2026"), null, null))
                  .events())
          .hasSize(trail.events().size());
    }
  }
}
