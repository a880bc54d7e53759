package org.baobiao.jobs.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.baobiao.etl.source.ContentHash;
import org.baobiao.jobs.service.InvalidRequestException;
import org.baobiao.jobs.service.ServiceFixture;
import org.baobiao.reports.run.ReportPeriod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit trail over real requests on a real DuckDB file (front pages of
 * golden/medrec-qc/october): one request created, refused once (its requester tries to approve it),
 * approved, delivered and downloaded in October; a second one rejected in November. Each listing is
 * checked event by event.
 */
class RequestAuditServiceTest {
  private static final Actor REQUESTER = new Actor("李统计", "测试@host-a");
  private static final Actor APPROVER = new Actor("陈主任", "测试@host-b");

  @TempDir Path dir;
  ServiceFixture app;
  RequestServiceTest.MutableClock clock;
  RequestService service;
  RequestAuditService audit;

  @BeforeEach
  void load() throws Exception {
    app = ServiceFixture.in(dir);
    app.load("reference", "medrec-qc/october/input/reference");
    app.load("medrec", "medrec-qc/october/input/medrec");
    // 2026-10-09 09:00 in Asia/Shanghai
    clock = new RequestServiceTest.MutableClock(Instant.parse("2026-10-09T01:00:00Z"));
    service =
        new RequestService(
            app.warehouse(), app.configuration(), app.dataDir(), clock, RequestPolicy.defaults());
    audit = new RequestAuditService(app.warehouse());
  }

  @AfterEach
  void close() {
    app.close();
  }

  @Test
  void listsEveryChangeRefusalAndDownloadOfThePeriodWithTheFileHash() throws Exception {
    ExtractionRequest r = service.create(request(), REQUESTER);
    service.submit(r.number(), REQUESTER);
    clock.advance(Duration.ofMinutes(30));
    assertThatThrownBy(() -> service.approve(r.number(), REQUESTER, Narrowing.none()))
        .isInstanceOf(InvalidRequestException.class);
    clock.advance(Duration.ofHours(2));
    service.approve(r.number(), APPROVER, Narrowing.none());
    clock.advance(Duration.ofHours(1));
    Delivered d = service.run(r.number(), REQUESTER);
    clock.advance(Duration.ofHours(1));
    Downloaded got = service.download(r.number(), REQUESTER, dir.resolve("got"));
    // November: a second request, rejected
    clock.advance(Duration.ofDays(30));
    ExtractionRequest other = service.create(request(), REQUESTER);
    service.submit(other.number(), REQUESTER);
    service.reject(other.number(), APPROVER, "用途与字段不符");

    AuditTrail october = audit.trail(new AuditQuery(ReportPeriod.parse("2026-10"), null, null));

    assertThat(october.events())
        .extracting(RequestEvent::requestNo, RequestEvent::action, RequestEvent::actor)
        .map(t -> t.toList().toString())
        .containsExactly(
            "[SQ-2026-0001, 新建, 李统计]",
            "[SQ-2026-0001, 提交, 李统计]",
            "[SQ-2026-0001, 拒绝, 李统计]",
            "[SQ-2026-0001, 批准, 陈主任]",
            "[SQ-2026-0001, 交付, 李统计]",
            "[SQ-2026-0001, 下载, 李统计]");
    RequestEvent refusal = october.events().get(2);
    assertThat(refusal.actedAt()).isEqualTo(LocalDateTime.of(2026, 10, 9, 9, 30));
    assertThat(refusal.client()).isEqualTo("测试@host-a");
    assertThat(refusal.details()).startsWith("批准：申请人不能批准自己的申请");
    RequestEvent download = october.events().get(5);
    assertThat(download.actedAt()).isEqualTo(LocalDateTime.of(2026, 10, 9, 13, 30));
    assertThat(download.fileSha256())
        .isEqualTo(got.sha256())
        .isEqualTo(d.sha256())
        .isEqualTo(ContentHash.sha256(got.file()))
        .matches("[0-9a-f]{64}");
    assertThat(october.events().get(4).fileSha256()).isEqualTo(d.sha256());
    assertThat(october.byAction())
        .containsExactly(
            java.util.Map.entry("新建", 1L),
            java.util.Map.entry("提交", 1L),
            java.util.Map.entry("拒绝", 1L),
            java.util.Map.entry("批准", 1L),
            java.util.Map.entry("交付", 1L),
            java.util.Map.entry("下载", 1L));
    assertThat(october.refusals()).isEqualTo(1);
    assertThat(october.downloads()).isEqualTo(1);
    assertThat(october.requests()).isEqualTo(1);

    AuditTrail quarter = audit.trail(new AuditQuery(ReportPeriod.parse("2026-Q4"), null, null));
    assertThat(quarter.events()).hasSize(9);
    assertThat(quarter.requests()).isEqualTo(2);
    assertThat(quarter.events().get(8).action()).isEqualTo("驳回");
    assertThat(quarter.events().get(8).details()).isEqualTo("用途与字段不符");

    AuditTrail approver =
        audit.trail(new AuditQuery(ReportPeriod.parse("2026"), null, APPROVER.name()));
    assertThat(approver.events()).extracting(RequestEvent::action).containsExactly("批准", "驳回");
    AuditTrail one =
        audit.trail(new AuditQuery(ReportPeriod.parse("2026-Q4"), other.number(), null));
    assertThat(one.events()).extracting(RequestEvent::action).containsExactly("新建", "提交", "驳回");
    assertThat(audit.trail(new AuditQuery(ReportPeriod.parse("2026-Q3"), null, null)).events())
        .isEmpty();

    Path csv = dir.resolve("audit/2026-Q4.csv");
    audit.writeCsv(quarter, csv);
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(10);
    assertThat(lines.get(0)).startsWith("\uFEFF时间,申请编号,操作");
    assertThat(lines.get(6))
        .startsWith("2026-10-09 13:30:00,SQ-2026-0001,下载,李统计,测试@host-a,已交付,已交付,");
    assertThat(lines.get(6)).endsWith("," + d.sha256());
  }

  private static NewRequest request() {
    return new NewRequest(
        "统计室",
        Purpose.RESEARCH,
        "胆囊结石住院患者费用研究",
        "medrec-front-pages",
        List.of("record_no", "patient_name", "discharge_dept"),
        new RequestFilters("2026-Q4", "430100003", null, List.of()),
        DeliveryFormat.XLSX,
        null,
        List.of(),
        null);
  }
}
