package org.baobiao.jobs.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.baobiao.jobs.service.InvalidRequestException;
import org.baobiao.jobs.service.ServiceFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The request workflow on a real DuckDB file loaded with the front-page fixture of
 * golden/medrec-qc/october (six stays of 430100003, five discharged in October): four eyes, no run
 * without approval, masking read back from the delivered workbook cell by cell, unmasked only what
 * the approval names, expiry by downloads and by days, filter values bound, and an audit row for
 * every action and refusal.
 */
class RequestServiceTest {
  private static final Actor REQUESTER = new Actor("李统计", "测试@host-a");
  private static final Actor APPROVER = new Actor("陈主任", "测试@host-b");
  private static final Actor SECOND = new Actor("王科长", "测试@host-c");
  private static final Pattern ID_18 = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])");
  private static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");

  @TempDir Path dir;
  ServiceFixture app;
  MutableClock clock;
  RequestService service;

  @BeforeEach
  void load() throws Exception {
    app = ServiceFixture.in(dir);
    app.load("reference", "medrec-qc/october/input/reference");
    app.load("medrec", "medrec-qc/october/input/medrec");
    clock = new MutableClock(ServiceFixture.CLOCK.instant());
    service =
        new RequestService(
            app.warehouse(), app.configuration(), app.dataDir(), clock, RequestPolicy.defaults());
  }

  @AfterEach
  void close() {
    app.close();
  }

  @Test
  void aRequesterCannotApproveTheirOwnRequest() throws Exception {
    ExtractionRequest r = submitted(request(List.of("record_no", "discharge_dept"), List.of()));

    assertThatThrownBy(() -> service.approve(r.number(), REQUESTER, Narrowing.none()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("申请人不能批准自己的申请（四眼原则");
    assertThatThrownBy(() -> service.reject(r.number(), REQUESTER, "不要了"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("申请人不能驳回自己的申请");
    assertThat(state(r.number())).isEqualTo(RequestState.SUBMITTED);
    assertThat(events(r.number()))
        .filteredOn(e -> e.action().equals("拒绝"))
        .extracting(RequestEvent::actor, RequestEvent::details)
        .anySatisfy(t -> assertThat(t.toList().get(1).toString()).startsWith("批准：申请人不能批准自己的申请"));
  }

  @Test
  void anUnapprovedRequestCannotRun() {
    ExtractionRequest draft = service.create(request(List.of("record_no"), List.of()), REQUESTER);
    assertThatThrownBy(() -> service.run(draft.number(), REQUESTER))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("尚未批准（当前状态：草稿），未经批准的申请不能提取数据");
    service.submit(draft.number(), REQUESTER);
    assertThatThrownBy(() -> service.run(draft.number(), REQUESTER))
        .hasMessageContaining("尚未批准（当前状态：已提交）");
    assertThatThrownBy(() -> service.reject(draft.number(), APPROVER, " "))
        .hasMessageContaining("驳回须写明理由");
    service.reject(draft.number(), APPROVER, "用途不明确");
    assertThatThrownBy(() -> service.run(draft.number(), REQUESTER))
        .hasMessageContaining("当前状态为 已驳回，只有已批准的申请可以提取");
    assertThat(dir.resolve("data/requests")).doesNotExist();
  }

  @Test
  void sensitiveFieldsNeedASecondDifferentApprover() {
    ExtractionRequest r = submitted(request(List.of(), List.of()));
    ExtractionRequest first = service.approve(r.number(), APPROVER, Narrowing.none());
    assertThat(first.state()).isEqualTo(RequestState.SUBMITTED);
    assertThatThrownBy(() -> service.run(r.number(), REQUESTER)).hasMessageContaining("尚未批准");
    assertThatThrownBy(() -> service.approve(r.number(), APPROVER, Narrowing.none()))
        .hasMessageContaining("第二次批准须由另一位审批人");
    ExtractionRequest second = service.approve(r.number(), SECOND, Narrowing.none());
    assertThat(second.state()).isEqualTo(RequestState.APPROVED);
    assertThat(second.approvers()).isEqualTo("陈主任、王科长");
  }

  @Test
  void aMaskedDeliveryOfFrontPagesHoldsNoIdNumberMobileOrFullName() throws Exception {
    ExtractionRequest r = submitted(request(List.of(), List.of()));
    service.approve(r.number(), APPROVER, Narrowing.none());
    service.approve(r.number(), SECOND, Narrowing.none());

    Delivered d = service.run(r.number(), REQUESTER);

    // A001–A004 were discharged in 2026-Q4 (A005 in September; A006 was rejected at loading).
    assertThat(d.rows()).isEqualTo(4);
    List<String> cells = cells(d.file());
    List<String> names = personNames();
    assertThat(names).contains("张三丰", "李秀兰");
    for (String cell : cells) {
      assertThat(ID_18.matcher(cell).find()).as("identity number in '%s'", cell).isFalse();
      assertThat(MOBILE.matcher(cell).find()).as("mobile number in '%s'", cell).isFalse();
      for (String name : names) {
        assertThat(cell).as("full name %s", name).doesNotContain(name);
      }
    }
    assertThat(cells)
        .contains("张**", "李*", "138****0001", "430102********3415", "湖南省长沙市芙蓉区******")
        .contains(r.number(), "李统计（统计室）", "陈主任、王科长");
    assertThat(cells).anyMatch(c -> c.matches("P[0-9A-F]{4}(-[0-9A-F]{4}){3}"));
    assertThat(cells)
        .anyMatch(c -> c.contains("；姓名（姓名保留姓）；") && c.contains("；身份证号（证件号保留前 6 位与后 4 位）；"));
  }

  @Test
  void anApprovedUnmaskedFieldIsShownAndOnlyThatOne() throws Exception {
    ExtractionRequest r =
        submitted(
            request(
                List.of("record_no", "patient_name", "phone", "contact_name"),
                List.of("patient_name", "phone")));
    ExtractionRequest approved =
        service.approve(
            r.number(), APPROVER, new Narrowing(List.of(), List.of("patient_name"), "2026-10"));
    assertThat(approved.state()).isEqualTo(RequestState.APPROVED);

    Delivered d = service.run(r.number(), REQUESTER);

    List<String> cells = cells(d.file());
    assertThat(cells).contains("张三丰", "李四", "王五", "138****0001", "李**", "王*");
    assertThat(cells).noneMatch(c -> MOBILE.matcher(c).find());
    assertThat(cells).doesNotContain("李秀兰", "王强");
  }

  @Test
  void anEncryptedWorkbookOpensOnlyWithThePasswordShownOnce() throws Exception {
    ExtractionRequest r = submitted(request(List.of("record_no", "patient_name"), List.of()));
    service.approve(r.number(), APPROVER, Narrowing.none());
    assertThatThrownBy(() -> service.run(r.number(), APPROVER, true))
        .hasMessageContaining("加密提取须由申请人 李统计 执行");

    Delivered d = service.run(r.number(), REQUESTER, true);

    assertThat(d.password()).hasSize(16);
    assertThatThrownBy(() -> cells(d.file())).isInstanceOf(EncryptedDocumentException.class);
    List<String> cells = new ArrayList<>();
    try (Workbook wb = WorkbookFactory.create(d.file().toFile(), d.password(), true)) {
      DataFormatter format = new DataFormatter();
      for (Sheet sheet : wb) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            cells.add(format.formatCellValue(cell));
          }
        }
      }
    }
    assertThat(cells).contains("张**", r.number()).doesNotContain("张三丰");
    assertThat(events(r.number()))
        .filteredOn(e -> e.action().equals("交付"))
        .singleElement()
        .satisfies(e -> assertThat(e.details()).contains("已加密").doesNotContain(d.password()));
  }

  @Test
  void narrowingCannotWidenARequest() {
    ExtractionRequest r = submitted(request(List.of("record_no"), List.of()));
    assertThatThrownBy(
            () ->
                service.approve(
                    r.number(), APPROVER, new Narrowing(List.of("patient_name"), null, null)))
        .hasMessageContaining("只能缩小，不能增加");
    assertThatThrownBy(
            () -> service.approve(r.number(), APPROVER, new Narrowing(List.of(), null, "2026")))
        .hasMessageContaining("超出申请的期间 2026-Q4");
  }

  @Test
  void theFileExpiresAfterTheLastDownloadAndIsDeleted() throws Exception {
    Delivered d = delivered();
    Path out = dir.resolve("download");
    for (int i = 1; i <= 3; i++) {
      Downloaded dl = service.download(d.request().number(), REQUESTER, out);
      assertThat(dl.sha256()).isEqualTo(d.sha256());
      assertThat(dl.downloadsLeft()).isEqualTo(3 - i);
    }
    assertThat(d.file()).doesNotExist();
    assertThat(state(d.request().number())).isEqualTo(RequestState.EXPIRED);
    assertThatThrownBy(() -> service.download(d.request().number(), REQUESTER, out))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("交付文件已过期并已删除");
  }

  @Test
  void theFileExpiresAfterItsDaysAndIsDeleted() throws Exception {
    Delivered d = delivered();
    assertThatThrownBy(() -> service.download(d.request().number(), APPROVER, dir.resolve("x")))
        .hasMessageContaining("只有申请人 李统计 可以下载");
    clock.advance(Duration.ofDays(7).minusSeconds(1));
    service.download(d.request().number(), REQUESTER, dir.resolve("x"));
    clock.advance(Duration.ofSeconds(1));

    assertThatThrownBy(() -> service.download(d.request().number(), REQUESTER, dir.resolve("y")))
        .hasMessageContaining("交付文件已过期并已删除（有效期 7 天");
    assertThat(d.file()).doesNotExist();
    assertThat(events(d.request().number()))
        .filteredOn(e -> e.action().equals("过期"))
        .singleElement()
        .satisfies(e -> assertThat(e.details()).contains("已过").contains("文件已删除"));
  }

  @Test
  void sqlInFilterValuesIsBoundNotExecuted() throws Exception {
    String fragment = "'; DROP TABLE medrec_front_pages; --";
    NewRequest in =
        new NewRequest(
            "统计室",
            Purpose.QUALITY,
            "质控抽查",
            "medrec-front-pages",
            List.of("record_no", "discharge_dept", "main_diagnosis_code"),
            new RequestFilters("2026-Q4", "430100003", fragment, List.of("K80' OR '1'='1")),
            DeliveryFormat.CSV,
            null,
            List.of(),
            null);
    Delivered d = approvedAndRun(in);

    assertThat(d.rows()).isZero();
    assertThat(app.warehouse().query("SELECT count(*) FROM medrec_front_pages", Map.of()).single())
        .isEqualTo(5L);
    assertThat(Files.readString(d.file(), StandardCharsets.UTF_8))
        .contains("# 筛选条件: 统计期间=2026-Q4；医院=430100003；科室=" + fragment);

    NewRequest plain =
        new NewRequest(
            "统计室",
            Purpose.QUALITY,
            "质控抽查",
            "medrec-front-pages",
            List.of("record_no", "discharge_dept", "main_diagnosis_code"),
            new RequestFilters("2026-10", "430100003", "普通外科", List.of("K80", "J18")),
            DeliveryFormat.CSV,
            null,
            List.of(),
            null);
    // October, 普通外科, K80 or J18: A001, A002, A004 (A003 is 呼吸内科).
    assertThat(approvedAndRun(plain).rows()).isEqualTo(3);
  }

  @Test
  void everyActionAndRefusalHasItsAuditRow() throws Exception {
    Delivered d = delivered();
    service.download(d.request().number(), REQUESTER, dir.resolve("dl"));
    ExtractionRequest withdrawn =
        service.create(request(List.of("record_no"), List.of()), REQUESTER);
    service.withdraw(withdrawn.number(), REQUESTER);
    assertThatThrownBy(() -> service.submit("SQ-2026-9999", REQUESTER))
        .hasMessageContaining("没有编号为 SQ-2026-9999 的数据提取申请");

    assertThat(events(d.request().number()))
        .extracting(RequestEvent::action)
        .containsExactly("新建", "提交", "批准", "交付", "下载");
    assertThat(events(d.request().number()))
        .filteredOn(e -> e.action().equals("下载") || e.action().equals("交付"))
        .allSatisfy(e -> assertThat(e.fileSha256()).isEqualTo(d.sha256()))
        .allSatisfy(e -> assertThat(e.client()).startsWith("测试@"));
    assertThat(events(withdrawn.number()))
        .extracting(RequestEvent::action, RequestEvent::stateAfter)
        .map(t -> t.toList().toString())
        .containsExactly("[新建, 草稿]", "[撤回, 已撤回]");
    assertThat(events("SQ-2026-9999")).extracting(RequestEvent::action).containsExactly("拒绝");
  }

  @Test
  void aRequestIsCheckedAgainstTheCatalog() {
    assertThatThrownBy(
            () ->
                service.create(
                    new NewRequest(
                        "统计室",
                        Purpose.RESEARCH,
                        "x",
                        "no-such",
                        List.of(),
                        null,
                        null,
                        null,
                        null,
                        null),
                    REQUESTER))
        .hasMessageContaining("提取目录中没有 'no-such'；可用: medrec-front-pages, blood-transfusions");
    assertThatThrownBy(
            () -> service.create(request(List.of("record_no", "nope"), List.of()), REQUESTER))
        .hasMessageContaining("字段 nope 不在提取目录 medrec-front-pages 中");
    assertThatThrownBy(
            () -> service.create(request(List.of("record_no", "sex"), List.of("sex")), REQUESTER))
        .hasMessageContaining("字段 sex 不是个人信息");
    assertThatThrownBy(
            () ->
                service.create(
                    new NewRequest(
                        "统计室",
                        Purpose.RESEARCH,
                        "x",
                        "medrec-front-pages",
                        List.of("patient_name"),
                        null,
                        null,
                        null,
                        List.of("patient_name"),
                        null),
                    REQUESTER))
        .hasMessageContaining("须写明依据");
    assertThat(events("（未编号）")).hasSize(4);
  }

  // ---- helpers

  private NewRequest request(List<String> fields, List<String> unmasked) {
    return new NewRequest(
        "统计室",
        Purpose.RESEARCH,
        "胆囊结石住院患者费用研究",
        "medrec-front-pages",
        fields,
        new RequestFilters("2026-Q4", "430100003", null, List.of()),
        DeliveryFormat.XLSX,
        null,
        unmasked,
        unmasked.isEmpty() ? null : "院伦理委员会批件 KY-2026-031");
  }

  private ExtractionRequest submitted(NewRequest in) {
    ExtractionRequest r = service.create(in, REQUESTER);
    return service.submit(r.number(), REQUESTER);
  }

  private Delivered delivered() throws Exception {
    return approvedAndRun(
        request(List.of("record_no", "patient_name", "discharge_dept"), List.of()));
  }

  private Delivered approvedAndRun(NewRequest in) throws Exception {
    ExtractionRequest r = submitted(in);
    service.approve(r.number(), APPROVER, Narrowing.none());
    return service.run(r.number(), REQUESTER);
  }

  private RequestState state(String number) throws Exception {
    return service.show(number).request().state();
  }

  private List<RequestEvent> events(String number) {
    return new RequestStore(app.warehouse()).events(number);
  }

  private List<String> personNames() {
    List<String> names = new ArrayList<>();
    for (Object[] row :
        app.warehouse()
            .query("SELECT patient_name, contact_name FROM medrec_front_pages", Map.of())
            .rows()) {
      names.add((String) row[0]);
      names.add((String) row[1]);
    }
    return names;
  }

  /** Every cell of every sheet as a person sees it. */
  private static List<String> cells(Path xlsx) throws Exception {
    List<String> cells = new ArrayList<>();
    DataFormatter format = new DataFormatter();
    try (InputStream in = Files.newInputStream(xlsx);
        Workbook wb = WorkbookFactory.create(in)) {
      for (Sheet sheet : wb) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            cells.add(format.formatCellValue(cell));
          }
        }
      }
    }
    return cells;
  }

  /** A clock the test moves forward. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("Asia/Shanghai");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
