package org.baobiao.jobs.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.baobiao.jobs.service.ServiceFixture;
import org.baobiao.reports.catalog.ReportCatalog;
import org.baobiao.reports.run.DatasetResult;
import org.baobiao.reports.run.ReportPeriod;
import org.baobiao.reports.run.ReportRequest;
import org.baobiao.reports.run.ReportResult;
import org.baobiao.reports.run.ReportRunner;
import org.baobiao.sla.contract.Contract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A delivered request of 阳江市妇幼保健院 (441700001, contract HT-2025-000 whose services include 特殊数据提取,
 * seed 000) becomes the vendor's DATA_EXTRACT activity and is counted in that hospital's 季度运维报告;
 * written again, it is still one activity; a request of a hospital whose contract does not count it
 * (430100003, HT-2025-003) or without a hospital filter records nothing.
 */
class OpsActivityLinkTest {
  private static final Actor REQUESTER = new Actor("李统计", "测试@host-a");
  private static final Actor APPROVER = new Actor("陈主任", "测试@host-b");

  @TempDir Path dir;
  ServiceFixture app;
  RequestService service;

  @BeforeEach
  void load() throws Exception {
    app = ServiceFixture.in(dir);
    app.load("reference", "ops-quarterly/q3/input/reference");
    app.load("tickets", "ops-quarterly/q3/input/tickets");
    // 2026-10-20 10:00 in Asia/Shanghai: HT-2025-000 is in force until 2026-10-31.
    RequestServiceTest.MutableClock clock =
        new RequestServiceTest.MutableClock(Instant.parse("2026-10-20T02:00:00Z"));
    service =
        new RequestService(
            app.warehouse(), app.configuration(), app.dataDir(), clock, RequestPolicy.defaults());
  }

  @AfterEach
  void close() {
    app.close();
  }

  @Test
  void aDeliveryWhereTheContractCountsItIsTheVendorsDataExtractActivity() throws Exception {
    Delivered d = deliver("441700001");

    List<Map<String, Object>> rows = activities();
    assertThat(rows).hasSize(1);
    Map<String, Object> a = rows.get(0);
    assertThat(a)
        .containsEntry("org_code", "441700001")
        .containsEntry("activity_id", d.request().number())
        .containsEntry("activity_type", "DATA_EXTRACT")
        .containsEntry("contract_id", "HT-2025-000")
        .containsEntry("started_at", LocalDateTime.of(2026, 10, 20, 10, 0))
        .containsEntry("department", "统计室")
        .containsEntry("result", "OK")
        .containsEntry("batch_id", 0L);
    assertThat((String) a.get("note"))
        .startsWith("来源：数据提取申请 " + d.request().number() + "（tickets，")
        .contains("批准人 陈主任")
        .endsWith("按合同 HT-2025-000 第 1 版 的特殊数据提取条款记录");
    assertThat(service.show(d.request().number()).events())
        .filteredOn(e -> e.action().equals("交付"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.details())
                    .endsWith("；按合同 HT-2025-000 第 1 版 记为服务商的特殊数据提取活动 " + d.request().number()));

    // Written again (a retried delivery), it stays one activity.
    OpsActivityLink link = new OpsActivityLink(app.configuration().contracts());
    Contract contract = link.countingContract(d.request(), d.request().deliveredAt()).orElseThrow();
    app.warehouse().inTransaction(s -> link.record(s, d.request(), contract));
    assertThat(activities()).hasSize(1);

    // 季度运维报告 of 2026-Q4 counts it among the vendor's work.
    ReportCatalog catalog = app.configuration().reports();
    ReportResult report =
        new ReportRunner(app.warehouse(), catalog, ServiceFixture.CLOCK)
            .run(
                catalog.find("ops-quarterly").orElseThrow(),
                new ReportRequest(ReportPeriod.parse("2026-Q4"), "441700001"));
    DatasetResult counts = report.dataset("duty_counts").orElseThrow();
    assertThat(counts.rows())
        .extracting(r -> r[1] + " " + r[2] + " " + r[3])
        .containsExactly("DATA_EXTRACT 特殊数据提取 1");
  }

  @Test
  void noActivityWhereTheContractDoesNotCountItOrNoHospitalIsNamed() throws Exception {
    Delivered other = deliver("430100003");
    Delivered none = deliver(null);

    assertThat(activities()).isEmpty();
    assertThat(service.show(other.request().number()).events())
        .filteredOn(e -> e.action().equals("交付"))
        .singleElement()
        .satisfies(e -> assertThat(e.details()).doesNotContain("特殊数据提取"));
    assertThat(none.rows()).isPositive();
  }

  private Delivered deliver(String hospital) throws Exception {
    ExtractionRequest r =
        service.create(
            new NewRequest(
                "统计室",
                Purpose.MANAGEMENT,
                "合同考核核对工单",
                "tickets",
                List.of("org_code", "ticket_no", "category"),
                new RequestFilters("2026-Q3", hospital, null, List.of()),
                DeliveryFormat.CSV,
                null,
                List.of(),
                null),
            REQUESTER);
    service.submit(r.number(), REQUESTER);
    service.approve(r.number(), APPROVER, Narrowing.none());
    return service.run(r.number(), REQUESTER);
  }

  private List<Map<String, Object>> activities() {
    return app.warehouse()
        .query("SELECT * FROM activities WHERE activity_type = 'DATA_EXTRACT'", Map.of())
        .asMaps();
  }
}
