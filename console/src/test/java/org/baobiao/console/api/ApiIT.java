package org.baobiao.console.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.baobiao.console.ConsoleApplication;
import org.baobiao.console.ConsoleOptions;
import org.baobiao.console.security.ApiTokens;
import org.baobiao.console.store.AuditRecord;
import org.baobiao.console.store.ConsoleStore;
import org.baobiao.console.store.HospitalGrants;
import org.baobiao.console.store.Role;
import org.baobiao.jobs.cli.Fixtures;
import org.baobiao.jobs.service.Configuration;
import org.baobiao.jobs.service.ServiceFixture;
import org.baobiao.jobs.sla.SlaEvaluationRequest;
import org.baobiao.jobs.sla.SlaService;
import org.baobiao.spec.config.ConfigFolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON API of a real console on a random port over a real DuckDB warehouse (the golden
 * ops-monthly fixture), called over HTTP with personal access tokens as a machine client would.
 */
class ApiIT {
  @TempDir static Path dir;
  static ConsoleApplication.Running console;
  static String adminToken;
  static String vendorToken;
  static String otherVendorToken;
  static ConsoleStore store;

  @BeforeAll
  static void start() throws Exception {
    try (ServiceFixture fixture = ServiceFixture.in(dir)) {
      fixture.load("reference", "ops-monthly/october/input/reference");
      fixture.load("tickets", "ops-monthly/october/input/tickets");
      // A contract with acceptance conditions (HT-2025-002 at 440100002), evaluated.
      fixture.load("reference", "acceptance/ht-2025-002/input/reference");
      fixture.load("tickets", "acceptance/ht-2025-002/input/tickets");
      fixture.load("activities", "acceptance/ht-2025-002/input/activities");
      new SlaService(fixture.warehouse(), fixture.configuration())
          .evaluate(new SlaEvaluationRequest("440100002", null));
      // A second maintenance contract of 441700001 (another vendor's, in the configuration
      // folder the console reads), both of the hospital's contracts evaluated.
      Fixtures.copy("sla-compliance/two-contracts/conf", dir.resolve("conf"));
      new SlaService(fixture.warehouse(), Configuration.of(ConfigFolder.at(dir.resolve("conf"))))
          .evaluate(new SlaEvaluationRequest("441700001", null));
    }
    console =
        ConsoleApplication.start(
            new ConsoleOptions(
                0, "127.0.0.1", dir.resolve("data/warehouse.duckdb"), dir.resolve("conf"), false),
            Map.of("BAOBIAO_ADMIN_PASSWORD", "Admin-Passw0rd-1"));
    store = console.context().getBean(ConsoleStore.class);
    ApiTokens tokens = console.context().getBean(ApiTokens.class);
    adminToken = tokens.create("admin", "测试", null);
    store.addUser("fuwu", "x", Role.VENDOR, false, new HospitalGrants(false, Set.of("441700001")));
    store.setContracts("fuwu", Set.of("HT-2025-000"));
    vendorToken = tokens.create("fuwu", "服务商取数", 30);
    // The other vendor of the same hospital, with its own contract.
    store.addUser(
        "kuaixiang", "x", Role.VENDOR, false, new HospitalGrants(false, Set.of("441700001")));
    store.setContracts("kuaixiang", Set.of("HT-2026-000"));
    otherVendorToken = tokens.create("kuaixiang", "服务商取数", 30);
  }

  @AfterAll
  static void stop() {
    if (console != null) {
      console.close();
    }
  }

  @Test
  void withoutAValidTokenTheApiAnswers401InChinese() throws Exception {
    HttpResponse<String> none = call("GET", "api/reports", null, null);
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(none.body()).contains("缺少访问令牌");
    HttpResponse<String> bad = call("GET", "api/reports", "bbt_wrong", null);
    assertThat(bad.statusCode()).isEqualTo(401);
    assertThat(bad.body()).contains("访问令牌无效、已过期或已撤销");
    assertThat(store.audit(50))
        .anyMatch(a -> a.action().equals("API 认证") && "拒绝".equals(a.outcome()));
  }

  @Test
  void aTokenRunsAReportAndDownloadsItsPdf() throws Exception {
    HttpResponse<String> reports = call("GET", "api/reports", adminToken, null);
    assertThat(reports.statusCode()).isEqualTo(200);
    assertThat(reports.body())
        .contains("\"id\":\"ops-monthly\"", "\"granularities\":[\"month\",\"quarter\",\"year\"]");

    HttpResponse<String> run =
        call(
            "POST",
            "api/reports/ops-monthly/runs",
            adminToken,
            "{\"period\":\"2026-10\",\"hospital\":\"441700001\",\"formats\":[\"pdf\"]}");
    // Accepted at once, queued; polled at its Location until over.
    assertThat(run.statusCode()).as(run.body()).isEqualTo(202);
    assertThat(run.body()).contains("\"status\":\"QUEUED\"", "\"outcome\":\"排队中\"");
    String location = run.headers().firstValue("Location").orElseThrow();
    assertThat(location).matches("/api/runs/\\d+");
    String done = awaitFinished(location);
    assertThat(done)
        .contains("\"status\":\"SUCCEEDED\"", "\"outcome\":\"成功\"")
        .contains("ops-monthly_441700001_2026-10.pdf")
        // The last step told by the report service: six datasets then the PDF, 7 of 7.
        .contains("\"progress\":{\"done\":7,\"total\":7,\"text\":\"医院 441700001：已生成 PDF（1 个文件）\"}")
        .containsPattern(
            "\"queuedAt\":\"[^\"]+\",\"startedAt\":\"[^\"]+\",\"finishedAt\":\"[^\"]+\"");
    String href = done.replaceAll(".*\"href\":\"([^\"]+)\".*", "$1");
    HttpResponse<byte[]> pdf =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(console.address()).resolve(href))
                    .header("Authorization", "Bearer " + adminToken)
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(call("GET", "api/runs", adminToken, null).body())
        .contains("\"report\":\"ops-monthly\"");
    List<AuditRecord> audit = store.audit(50);
    assertThat(audit).anyMatch(a -> a.action().equals("运行报表") && a.detail().startsWith("API 运行"));
    assertThat(audit).anyMatch(a -> a.action().equals("下载") && "API".equals(a.detail()));
  }

  /**
   * A report's option rides with the run: the files are named after it, the run shows it, and a
   * value the report does not offer fails the run with the values it does.
   */
  @Test
  void aRunCarriesTheReportsOptions() throws Exception {
    HttpResponse<String> run =
        call(
            "POST",
            "api/reports/major-fault/runs",
            adminToken,
            "{\"period\":\"2026-10\",\"hospital\":\"441700001\",\"formats\":[\"csv\"],"
                + "\"options\":{\"severity\":\"2\"}}");
    assertThat(run.statusCode()).as(run.body()).isEqualTo(202);
    String done = awaitFinished(run.headers().firstValue("Location").orElseThrow());
    assertThat(done)
        .contains("\"status\":\"SUCCEEDED\"", "\"options\":{\"severity\":\"2\"}")
        .contains("major-fault_441700001_2026-10_severity-2.faults.csv");

    HttpResponse<String> bad =
        call(
            "POST",
            "api/reports/major-fault/runs",
            adminToken,
            "{\"period\":\"2026-10\",\"hospital\":\"441700001\",\"formats\":[\"csv\"],"
                + "\"options\":{\"severity\":\"9\"}}");
    assertThat(bad.statusCode()).as(bad.body()).isEqualTo(202);
    assertThat(awaitFinished(bad.headers().firstValue("Location").orElseThrow()))
        .contains("\"status\":\"FAILED\"", "不接受 '9'", "2=一级和二级故障");
  }

  /**
   * A run that can only fail once it runs (ops-monthly has no daily granularity) is accepted, then
   * ends FAILED with the Chinese reason, no files, and its audit entry.
   */
  @Test
  void aRunThatFailsInTheBackgroundEndsFailedWithItsReason() throws Exception {
    HttpResponse<String> run =
        call(
            "POST",
            "api/reports/ops-monthly/runs",
            adminToken,
            "{\"period\":\"2026-10-15\",\"hospital\":\"441700001\",\"formats\":[\"csv\"]}");
    assertThat(run.statusCode()).as(run.body()).isEqualTo(202);
    String location = run.headers().firstValue("Location").orElseThrow();
    String done = awaitFinished(location);
    assertThat(done)
        .contains("\"status\":\"FAILED\"", "\"outcome\":\"失败\"", "不支持按day统计")
        .contains("\"files\":[]");
    String id = location.substring("/api/runs/".length());
    assertThat(store.audit(200))
        .anyMatch(
            a ->
                a.action().equals("运行报表")
                    && "失败".equals(a.outcome())
                    && a.detail().startsWith("API 运行 #" + id + "：")
                    && a.detail().contains("不支持按day统计"));
  }

  @Test
  void badRequestsAreClearFourHundreds() throws Exception {
    HttpResponse<String> period =
        call(
            "POST",
            "api/reports/ops-monthly/runs",
            adminToken,
            "{\"period\":\"2026年10月\",\"formats\":[\"csv\"]}");
    assertThat(period.statusCode()).isEqualTo(422);
    assertThat(period.body()).contains("\"outcome\":\"失败\"", "统计期间 '2026年10月' 格式不对");
    HttpResponse<String> unknown =
        call("POST", "api/reports/no-such/runs", adminToken, "{\"period\":\"2026-10\"}");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("\"status\":404", "没有编号为 'no-such' 的报表");
    HttpResponse<String> json =
        call("POST", "api/reports/ops-monthly/runs", adminToken, "{period: 2026");
    assertThat(json.statusCode()).isEqualTo(400);
    assertThat(json.body()).contains("请求体不是有效的 JSON");
    assertThat(call("GET", "api/runs/999999", adminToken, null).statusCode()).isEqualTo(404);
  }

  @Test
  void aFinishedRunCannotBeCancelledAndAnotherUsersRunNotByAVendor() throws Exception {
    HttpResponse<String> run =
        call(
            "POST",
            "api/reports/sla-compliance/runs",
            adminToken,
            "{\"period\":\"2026-Q3\",\"hospital\":\"441700001\",\"formats\":[\"csv\"],"
                + "\"options\":{\"contract\":\"HT-2025-000\"}}");
    String location = run.headers().firstValue("Location").orElseThrow();
    awaitFinished(location);
    // The vendor may see the run (its report, hospital and contract) but did not ask for it.
    HttpResponse<String> vendor = call("POST", location.substring(1) + "/cancel", vendorToken, "");
    assertThat(vendor.statusCode()).as(vendor.body()).isEqualTo(403);
    assertThat(vendor.body()).contains("只能取消自己提交的运行");
    HttpResponse<String> over = call("POST", location.substring(1) + "/cancel", adminToken, "");
    assertThat(over.statusCode()).as(over.body()).isEqualTo(409);
    assertThat(over.body())
        .contains("\"outcome\":\"OVER\"", "未取消：该运行已经结束", "\"status\":\"SUCCEEDED\"");
    assertThat(store.audit(50))
        .anyMatch(a -> a.action().equals("取消运行") && a.outcome().equals("未取消"));
  }

  @Test
  void aVendorsTokenHasTheVendorsGrantsOnly() throws Exception {
    assertThat(call("GET", "api/hospitals", vendorToken, null).body())
        .isEqualTo("{\"441700001\":\"阳江市妇幼保健院\"}");
    assertThat(call("GET", "api/reports", vendorToken, null).body())
        .contains("sla-compliance")
        .doesNotContain("ops-monthly");
    HttpResponse<String> other =
        call(
            "POST",
            "api/reports/sla-compliance/runs",
            vendorToken,
            "{\"period\":\"2026-Q3\",\"hospital\":\"440100002\","
                + "\"options\":{\"contract\":\"HT-2025-000\"}}");
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(other.body()).contains("未被授权查看医院 440100002（已授权：441700001）");
    assertThat(store.audit(50))
        .anyMatch(
            a ->
                "fuwu".equals(a.username())
                    && a.action().equals("拒绝访问")
                    && a.detail().contains("440100002"));
  }

  /**
   * Two vendors of one hospital (441700001: HT-2025-000 and HT-2026-000), each granted its own
   * contract: each runs and reads sla-compliance of its contract only, sees only its own contract's
   * runs and dashboard sections; the other contract, or none, is 403 with the reason, audited.
   */
  @Test
  void twoVendorsOfOneHospitalEachSeeOnlyTheirOwnContract() throws Exception {
    // Without a contract: every contract of the hospital, which a vendor may not read.
    HttpResponse<String> none =
        call(
            "POST",
            "api/reports/sla-compliance/runs",
            vendorToken,
            "{\"period\":\"2026-10\",\"hospital\":\"441700001\",\"formats\":[\"csv\"]}");
    assertThat(none.statusCode()).as(none.body()).isEqualTo(403);
    assertThat(none.body()).contains("服务商须选择自己的合同（选项 合同，已授权：HT-2025-000）");
    HttpResponse<String> theOthers =
        call(
            "POST",
            "api/reports/sla-compliance/runs",
            vendorToken,
            "{\"period\":\"2026-10\",\"hospital\":\"441700001\",\"formats\":[\"csv\"],"
                + "\"options\":{\"contract\":\"HT-2026-000\"}}");
    assertThat(theOthers.statusCode()).as(theOthers.body()).isEqualTo(403);
    assertThat(theOthers.body()).contains("未被授权查看合同 HT-2026-000（已授权：HT-2025-000）");
    assertThat(store.audit(100))
        .anyMatch(
            a ->
                "fuwu".equals(a.username())
                    && a.action().equals("拒绝访问")
                    && a.detail().contains("未被授权查看合同 HT-2026-000"));

    // Each vendor's own contract: its rows only.
    String own = runCsv(vendorToken, "HT-2025-000");
    String other = runCsv(otherVendorToken, "HT-2026-000");
    assertThat(own).contains("_contract-HT-2025-000");
    assertThat(other).contains("_contract-HT-2026-000");
    String ownRun = own.replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
    String otherRun = other.replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
    String ownCompliance = file(vendorToken, ownRun, "compliance");
    assertThat(ownCompliance).contains("报障反馈", "现场到达").doesNotContain("快速响应");
    String otherCompliance = file(otherVendorToken, otherRun, "compliance");
    assertThat(otherCompliance).contains("快速响应").doesNotContain("报障反馈", "现场到达");
    // The administrator without a contract: both contracts of the hospital.
    String all = runCsv(adminToken, null);
    String allRun = all.replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
    assertThat(file(adminToken, allRun, "compliance")).contains("报障反馈", "快速响应");

    // The other vendor's run: not listed, and refused by its address.
    assertThat(call("GET", "api/runs", vendorToken, null).body())
        .contains("\"id\":" + ownRun + ",")
        .doesNotContain("\"id\":" + otherRun + ",")
        .doesNotContain("\"id\":" + allRun + ",");
    HttpResponse<String> refused = call("GET", "api/runs/" + otherRun, vendorToken, null);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("未被授权查看合同 HT-2026-000");
    assertThat(call("GET", "api/runs/" + allRun, otherVendorToken, null).statusCode())
        .isEqualTo(403);
    assertThat(call("GET", "api/runs/" + otherRun + "/files/0", vendorToken, null).statusCode())
        .isEqualTo(403);

    // The dashboard: each vendor's SLA sections are its own contract's.
    String ownDashboard =
        call("GET", "api/dashboard?hospital=441700001&year=2026", vendorToken, null).body();
    assertThat(ownDashboard)
        .contains("合同 HT-2025-000", "报障反馈达标率")
        .doesNotContain("HT-2026-000", "快速响应");
    String otherDashboard =
        call("GET", "api/dashboard?hospital=441700001&year=2026", otherVendorToken, null).body();
    assertThat(otherDashboard)
        .contains("合同 HT-2026-000", "快速响应达标率")
        .doesNotContain("HT-2025-000", "报障反馈");
  }

  /**
   * 工单说明 (a page, no API) for two vendors of one hospital: each sees the ticket's clocks under its
   * own contract; a vendor without a contract at that hospital is refused (403, audited).
   */
  @Test
  void aVendorSeesATicketsClocksUnderItsOwnContractOnly() throws Exception {
    var encoder =
        console
            .context()
            .getBean(org.springframework.security.crypto.password.PasswordEncoder.class);
    HospitalGrants yangjiang = new HospitalGrants(false, Set.of("441700001"));
    String password = "Vendor-Passw0rd-1";
    store.addUser("fuwu-web", encoder.encode(password), Role.VENDOR, false, yangjiang);
    store.setContracts("fuwu-web", Set.of("HT-2025-000"));
    store.addUser("kuaixiang-web", encoder.encode(password), Role.VENDOR, false, yangjiang);
    store.setContracts("kuaixiang-web", Set.of("HT-2026-000"));
    store.addUser("xueye-web", encoder.encode(password), Role.VENDOR, false, yangjiang);
    store.setContracts("xueye-web", Set.of("HT-2025-002"));

    String ticket = "sla/tickets?hospital=441700001&ticket=T4";
    HttpResponse<String> own = get(signedIn("fuwu-web", password), ticket);
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(contractCell(own.body())).startsWith("HT-2025-000");
    assertThat(own.body()).contains("报障反馈").doesNotContain("快速响应");
    HttpResponse<String> other = get(signedIn("kuaixiang-web", password), ticket);
    assertThat(other.statusCode()).isEqualTo(200);
    assertThat(contractCell(other.body())).startsWith("HT-2026-000");
    assertThat(other.body()).contains("快速响应").doesNotContain("报障反馈");
    HttpResponse<String> none = get(signedIn("xueye-web", password), ticket);
    assertThat(none.statusCode()).isEqualTo(403);
    assertThat(none.body()).contains("工单 T4 不在您的合同的服务期内");
    assertThat(store.audit(100))
        .anyMatch(
            a ->
                "xueye-web".equals(a.username())
                    && a.action().equals("拒绝访问")
                    && a.detail().contains("已授权合同：无"));
  }

  /** A browser session signed in with the form. */
  private static HttpClient signedIn(String username, String password) throws Exception {
    HttpClient browser =
        HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
    HttpResponse<String> signIn =
        post(
            browser,
            "login",
            "username="
                + username
                + "&password="
                + password
                + "&_csrf="
                + csrf(get(browser, "login")));
    assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    return browser;
  }

  /** The text of the 合同 cell of 工单说明. */
  private static String contractCell(String page) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("<td id=\"contract\">([^<]*)</td>").matcher(page);
    assertThat(m.find()).as(page).isTrue();
    return m.group(1);
  }

  /**
   * A vendor's contracts are set through the API as on 用户管理: known contract ids only, vendors only,
   * shown in the account's JSON, every change and refusal audited.
   */
  @Test
  void anAdministratorSetsAVendorsContracts() throws Exception {
    HttpResponse<String> created =
        call(
            "POST",
            "api/users",
            adminToken,
            "{\"username\":\"weibao\",\"password\":\"Long-Enough-1\",\"role\":\"VENDOR\","
                + "\"hospitals\":[\"441700001\"],\"contracts\":[\"HT-2025-000\"]}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.body()).contains("\"contracts\":[\"HT-2025-000\"]");
    HttpResponse<String> unknown =
        call("PUT", "api/users/weibao/contracts", adminToken, "{\"contracts\":[\"HT-9999-999\"]}");
    assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(422);
    assertThat(unknown.body()).contains("未知的合同 HT-9999-999", "HT-2026-000");
    assertThat(store.contracts("weibao")).containsExactly("HT-2025-000");
    HttpResponse<String> set =
        call(
            "PUT",
            "api/users/weibao/contracts",
            adminToken,
            "{\"contracts\":[\"HT-2026-000\",\"HT-2025-000\"]}");
    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    assertThat(set.body()).contains("\"contracts\":[\"HT-2025-000\",\"HT-2026-000\"]");
    assertThat(call("GET", "api/users/weibao", adminToken, null).body())
        .contains("\"contracts\":[\"HT-2025-000\",\"HT-2026-000\"]");
    // Contracts are a vendor's: refused for another role, at creation and later.
    HttpResponse<String> notAVendor =
        call(
            "POST",
            "api/users",
            adminToken,
            "{\"username\":\"tongji9\",\"password\":\"Long-Enough-1\",\"role\":\"STATISTICIAN\","
                + "\"contracts\":[\"HT-2025-000\"]}");
    assertThat(notAVendor.statusCode()).as(notAVendor.body()).isEqualTo(422);
    assertThat(notAVendor.body()).contains("只有服务商账号可以授权合同");
    assertThat(store.user("tongji9")).isEmpty();
    HttpResponse<String> admin =
        call("PUT", "api/users/admin/contracts", adminToken, "{\"contracts\":[\"HT-2025-000\"]}");
    assertThat(admin.statusCode()).isEqualTo(422);
    assertThat(admin.body()).contains("只有服务商账号可以授权合同：用户 admin 的角色是管理员");
    // Only administrators manage accounts.
    assertThat(
            call(
                    "PUT",
                    "api/users/fuwu/contracts",
                    vendorToken,
                    "{\"contracts\":[\"HT-2026-000\"]}")
                .statusCode())
        .isEqualTo(403);
    assertThat(store.contracts("fuwu")).containsExactly("HT-2025-000");
    List<AuditRecord> audit = store.audit(100);
    assertThat(audit)
        .anyMatch(
            a ->
                a.action().equals("授权合同")
                    && "weibao".equals(a.target())
                    && a.outcome().equals("成功")
                    && "HT-2025-000、HT-2026-000".equals(a.detail()));
    assertThat(audit)
        .anyMatch(
            a ->
                a.action().equals("授权合同")
                    && "weibao".equals(a.target())
                    && a.outcome().equals("失败")
                    && a.detail().contains("未知的合同 HT-9999-999"));
    assertThat(audit)
        .anyMatch(
            a ->
                a.action().equals("创建用户")
                    && "weibao".equals(a.target())
                    && a.detail().endsWith("；合同 HT-2025-000"));
  }

  /** A vendor's run of sla-compliance for 441700001, 2026-10, CSV, finished; its last JSON. */
  private static String runCsv(String token, String contract) throws Exception {
    HttpResponse<String> run =
        call(
            "POST",
            "api/reports/sla-compliance/runs",
            token,
            "{\"period\":\"2026-10\",\"hospital\":\"441700001\",\"formats\":[\"csv\"]"
                + (contract == null ? "" : ",\"options\":{\"contract\":\"" + contract + "\"}")
                + "}");
    assertThat(run.statusCode()).as(run.body()).isEqualTo(202);
    String done = awaitFinished(run.headers().firstValue("Location").orElseThrow());
    assertThat(done).contains("\"status\":\"SUCCEEDED\"");
    return done;
  }

  /** The CSV of one dataset of a run, downloaded with the token. */
  private static String file(String token, String runId, String dataset) throws Exception {
    String json = call("GET", "api/runs/" + runId, token, null).body();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "\"name\":\"[^\"]*\\." + dataset + "\\.csv\"[^}]*\"href\":\"([^\"]+)\"")
            .matcher(json);
    assertThat(m.find()).as(json).isTrue();
    HttpResponse<String> csv = call("GET", m.group(1).substring(1), token, null);
    assertThat(csv.statusCode()).isEqualTo(200);
    return csv.body();
  }

  @Test
  void aRevokedTokenStopsWorking() throws Exception {
    ApiTokens tokens = console.context().getBean(ApiTokens.class);
    String token = tokens.create("admin", "用后撤销", 1);
    assertThat(call("GET", "api/hospitals", token, null).statusCode()).isEqualTo(200);
    long id = store.tokens("admin").get(0).id();
    assertThat(store.revokeToken("admin", id)).isTrue();
    assertThat(call("GET", "api/hospitals", token, null).statusCode()).isEqualTo(401);
  }

  /**
   * An extraction request over the API, the CLI's and pages' use cases: the administrator asks for
   * a quarter's tickets of one hospital and cannot approve it; an approver does; the administrator
   * runs it and downloads it three times; the fourth is 410 Gone. A vendor has no request API.
   */
  @Test
  void anExtractionRequestGoesThroughTheApi() throws Exception {
    ApiTokens tokens = console.context().getBean(ApiTokens.class);
    store.addUser("shenpi", "x", Role.APPROVER, false, HospitalGrants.EVERY);
    String approver = tokens.create("shenpi", "审批", 1);

    assertThat(call("GET", "api/extracts", adminToken, null).body())
        .contains("\"id\":\"tickets\"", "\"fieldClass\":\"internal\"");
    HttpResponse<String> created =
        call(
            "POST",
            "api/requests",
            adminToken,
            "{\"extract\":\"tickets\",\"department\":\"信息科\",\"purpose\":\"管理\","
                + "\"purposeText\":\"季度服务评价\",\"period\":\"2026-Q4\","
                + "\"hospital\":\"441700001\",\"submit\":true}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.body()).contains("\"state\":\"已提交\"").doesNotContain("filePath");
    String number = created.body().replaceAll(".*\"number\":\"([^\"]+)\".*", "$1");

    HttpResponse<String> own =
        call("POST", "api/requests/" + number + "/approve", adminToken, null);
    assertThat(own.statusCode()).isEqualTo(400);
    assertThat(own.body()).contains("申请人不能批准自己的申请");
    HttpResponse<String> early = call("POST", "api/requests/" + number + "/run", adminToken, null);
    assertThat(early.statusCode()).isEqualTo(400);
    assertThat(early.body()).contains("尚未批准");

    assertThat(call("GET", "api/requests", approver, null).body())
        .contains("\"waiting\":[{\"number\":\"" + number + "\"");
    HttpResponse<String> approved =
        call("POST", "api/requests/" + number + "/approve", approver, "{}");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    assertThat(approved.body()).contains("\"state\":\"已批准\"", "\"approver\":\"shenpi\"");

    HttpResponse<String> run = call("POST", "api/requests/" + number + "/run", adminToken, "{}");
    assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
    assertThat(run.body()).contains("\"state\":\"已交付\"", "\"password\":null");
    for (int i = 1; i <= 3; i++) {
      HttpResponse<String> file =
          call("GET", "api/requests/" + number + "/download", adminToken, null);
      int download = i;
      assertThat(file.statusCode())
          .as(
              () ->
                  "download "
                      + download
                      + ": "
                      + file.body()
                      + "\nthe request: "
                      + quietly(() -> call("GET", "api/requests/" + number, approver, null).body()))
          .isEqualTo(200);
      assertThat(file.headers().firstValue("Content-Disposition"))
          .hasValueSatisfying(d -> assertThat(d).contains(".xlsx"));
    }
    HttpResponse<String> gone =
        call("GET", "api/requests/" + number + "/download", adminToken, null);
    assertThat(gone.statusCode()).isEqualTo(410);
    assertThat(gone.body()).contains("\"status\":410", "已过期并已删除");
    assertThat(call("GET", "api/requests/" + number, approver, null).body())
        .contains("\"state\":\"已过期\"", "\"action\":\"拒绝\"", "\"action\":\"过期\"");

    assertThat(call("GET", "api/requests", vendorToken, null).statusCode()).isEqualTo(403);
  }

  /** Schedules over the API: listed, refused when malformed, added, run now, removed. */
  @Test
  void schedulesAreListedAddedRunAndRemovedThroughTheApi() throws Exception {
    HttpResponse<String> list = call("GET", "api/schedules", adminToken, null);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("\"report\":\"ops-monthly\"", "\"period\":\"上月\"");

    HttpResponse<String> bad =
        call(
            "POST",
            "api/schedules",
            adminToken,
            "{\"report\":\"ops-monthly\",\"period\":\"上月\",\"cron\":\"every day\"}");
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(bad.body()).contains("定时任务未保存", "Cron");

    HttpResponse<String> added =
        call(
            "POST",
            "api/schedules",
            adminToken,
            "{\"report\":\"ops-monthly\",\"hospital\":\"441700001\",\"period\":\"上月\","
                + "\"cron\":\"0 0 6 1 * ?\",\"formats\":[\"csv\"],\"retries\":0}");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    String id = added.body().replaceAll("^\\{\"id\":(\\d+),.*", "$1");

    // Run now: queued in the background as a report's run is, polled at its address.
    HttpResponse<String> run = call("POST", "api/schedules/" + id + "/runs", adminToken, null);
    assertThat(run.statusCode()).as(run.body()).isEqualTo(202);
    assertThat(run.body())
        .contains(
            "\"report\":\"ops-monthly\"", "\"hospital\":\"441700001\"", "\"status\":\"QUEUED\"");
    String location = run.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith("/api/runs/");
    assertThat(awaitFinished(location)).contains("\"status\":\"SUCCEEDED\"", ".csv\"");
    assertThat(call("GET", "api/schedules/" + id, adminToken, null).body())
        .contains("\"runs\":[{\"id\":");

    assertThat(call("DELETE", "api/schedules/" + id, adminToken, null).statusCode()).isEqualTo(204);
    assertThat(call("GET", "api/schedules/" + id, adminToken, null).statusCode()).isEqualTo(404);
    assertThat(call("GET", "api/schedules", vendorToken, null).statusCode()).isEqualTo(403);
  }

  /**
   * An acceptance pack through the API: the contracts offered, the pack queued as a background run
   * (202 and where to poll), built, and its ZIP downloaded as a run's file; wrong input is a 4xx.
   */
  @Test
  void anAcceptancePackIsQueuedBuiltAndDownloaded() throws Exception {
    HttpResponse<String> contracts = call("GET", "api/acceptance/contracts", adminToken, null);
    assertThat(contracts.statusCode()).as(contracts.body()).isEqualTo(200);
    assertThat(contracts.body()).contains("\"id\":\"HT-2025-002\"", "\"hospital\":\"440100002\"");
    assertThat(call("GET", "api/acceptance/contracts", vendorToken, null).statusCode())
        .isEqualTo(403);
    String packs = "api/acceptance/contracts/HT-2025-002/packs";
    HttpResponse<String> badTime = call("POST", packs, adminToken, "{\"generatedAt\":\"明天\"}");
    assertThat(badTime.statusCode()).isEqualTo(400);
    assertThat(badTime.body()).contains("生成时间 '明天' 格式不对");
    assertThat(
            call("POST", "api/acceptance/contracts/HT-0000-000/packs", adminToken, "{}")
                .statusCode())
        .isEqualTo(404);
    HttpResponse<String> badPeriod = call("POST", packs, adminToken, "{\"period\":\"2026-13\"}");
    assertThat(badPeriod.statusCode()).as(badPeriod.body()).isEqualTo(422);
    assertThat(badPeriod.body()).contains("\"status\":\"FAILED\"");

    HttpResponse<String> queued =
        call("POST", packs, adminToken, "{\"generatedAt\":\"2026-11-05T10:00\"}");
    assertThat(queued.statusCode()).as(queued.body()).isEqualTo(202);
    assertThat(queued.body()).contains("\"report\":\"acceptance\"", "\"status\":\"QUEUED\"");
    String location = queued.headers().firstValue("Location").orElseThrow();
    String done = awaitFinished(location);
    assertThat(done).contains("\"status\":\"SUCCEEDED\"", "\"hospital\":\"440100002\"", ".zip\"");
    assertThat(done).containsPattern("付款节点：.*30%");
    HttpResponse<byte[]> zip =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(console.address() + location.substring(1) + "/files/0"))
                    .header("Authorization", "Bearer " + adminToken)
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(zip.statusCode()).isEqualTo(200);
    List<String> entries = new java.util.ArrayList<>();
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.body()))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.add(e.getName());
      }
    }
    assertThat(entries).contains("00_cover.pdf", "05_payment-milestones.pdf", "manifest.json");
    assertThat(store.audit(50))
        .anyMatch(a -> "验收资料包".equals(a.action()) && "成功".equals(a.outcome()));
  }

  /**
   * Accounts over the API, the 用户管理 page's actions through the same service: the administrator's
   * token creates a statistician (no password hash ever shown), who must replace the initial
   * password at the first sign-in, then signs in and uses a token of their own, which the account
   * API refuses (403, audited). The administrator changes the grants and unlocks the account; each
   * change is audited as the page audits it.
   */
  @Test
  void anAdministratorCreatesAStatisticianWhoSignsInAndIsRefusedTheUsersApi() throws Exception {
    HttpResponse<String> created =
        call(
            "POST",
            "api/users",
            adminToken,
            "{\"username\":\"tongji1\",\"password\":\"Tongji-Passw0rd\","
                + "\"role\":\"STATISTICIAN\",\"hospitals\":[\"441700001\"]}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).hasValue("/api/users/tongji1");
    assertThat(created.body())
        .contains(
            "\"username\":\"tongji1\"",
            "\"role\":\"STATISTICIAN\"",
            "\"roleLabel\":\"统计员\"",
            "\"hospitals\":[\"441700001\"]",
            "\"mustChangePassword\":true",
            "\"locked\":false")
        .doesNotContainIgnoringCase("password\":\"")
        .doesNotContain("$2a$", "Tongji-Passw0rd");
    HttpResponse<String> list = call("GET", "api/users", adminToken, null);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body())
        .contains("\"username\":\"admin\"", "\"username\":\"tongji1\"", "\"hospitals\":[\"*\"]")
        .doesNotContain("passwordHash", "$2a$");
    assertThat(store.audit(50))
        .anyMatch(
            a ->
                "admin".equals(a.username())
                    && a.action().equals("创建用户")
                    && "tongji1".equals(a.target())
                    && a.outcome().equals("成功")
                    && "角色 统计员；医院 441700001".equals(a.detail()));

    // The statistician signs in with the initial password and is sent to replace it first.
    HttpClient browser =
        HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
    HttpResponse<String> signIn =
        post(
            browser,
            "login",
            "username=tongji1&password=Tongji-Passw0rd&_csrf=" + csrf(get(browser, "login")));
    assertThat(signIn.statusCode()).isEqualTo(302);
    assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    HttpResponse<String> home = get(browser, "");
    assertThat(home.statusCode()).isEqualTo(302);
    assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/account/password");
    HttpResponse<String> changed =
        post(
            browser,
            "account/password",
            "current=Tongji-Passw0rd&password=Tongji-Passw0rd-2&confirm=Tongji-Passw0rd-2&_csrf="
                + csrf(get(browser, "account/password")));
    assertThat(changed.statusCode()).isEqualTo(302);
    assertThat(get(browser, "").statusCode()).isEqualTo(200);
    assertThat(call("GET", "api/users/tongji1", adminToken, null).body())
        .contains("\"mustChangePassword\":false");

    // A token of the statistician's own: their grants, and no account API.
    String token = console.context().getBean(ApiTokens.class).create("tongji1", "统计取数", 1);
    assertThat(call("GET", "api/hospitals", token, null).body())
        .isEqualTo("{\"441700001\":\"阳江市妇幼保健院\"}");
    HttpResponse<String> refused =
        call(
            "POST",
            "api/users",
            token,
            "{\"username\":\"sneaky\",\"password\":\"Sneaky-Passw0rd\",\"role\":\"ADMIN\"}");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("\"status\":403");
    assertThat(call("GET", "api/users", token, null).statusCode()).isEqualTo(403);
    assertThat(store.user("sneaky")).isEmpty();
    assertThat(store.audit(50))
        .anyMatch(
            a ->
                "tongji1".equals(a.username())
                    && a.action().equals("拒绝访问")
                    && "/api/users".equals(a.target())
                    && a.outcome().equals("拒绝"));

    // Grants replaced: all hospitals; then the account locked by failed sign-ins is unlocked.
    HttpResponse<String> all =
        call("PUT", "api/users/tongji1/hospitals", adminToken, "{\"hospitals\":[\"*\"]}");
    assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
    assertThat(all.body()).contains("\"hospitals\":[\"*\"]");
    assertThat(store.grants("tongji1").all()).isTrue();
    for (int i = 0; i < ConsoleStore.MAX_FAILED_SIGN_INS; i++) {
      store.signInFailed("tongji1");
    }
    assertThat(call("GET", "api/users/tongji1", adminToken, null).body())
        .contains("\"locked\":true");
    HttpResponse<String> unlocked = call("POST", "api/users/tongji1/unlock", adminToken, null);
    assertThat(unlocked.statusCode()).as(unlocked.body()).isEqualTo(200);
    assertThat(unlocked.body()).contains("\"locked\":false", "\"failedAttempts\":0");
    assertThat(store.audit(50))
        .anyMatch(
            a ->
                a.action().equals("授权医院")
                    && "tongji1".equals(a.target())
                    && "全部医院".equals(a.detail()))
        .anyMatch(a -> a.action().equals("解锁用户") && "tongji1".equals(a.target()));
  }

  /** Bad accounts are clear 4xx answers in Chinese, audited as refused, with nothing saved. */
  @Test
  void badAccountsAreClearFourHundredsAndNothingIsSaved() throws Exception {
    int before = store.users().size();
    HttpResponse<String> role =
        call(
            "POST",
            "api/users",
            adminToken,
            "{\"username\":\"bad1\",\"password\":\"Long-Enough-1\",\"role\":\"BOSS\"}");
    assertThat(role.statusCode()).isEqualTo(422);
    assertThat(role.body()).contains("\"status\":422", "角色 'BOSS' 无效", "STATISTICIAN（统计员）");
    HttpResponse<String> shortPassword =
        call(
            "POST",
            "api/users",
            adminToken,
            "{\"username\":\"bad2\",\"password\":\"short\",\"role\":\"MANAGER\"}");
    assertThat(shortPassword.statusCode()).isEqualTo(422);
    assertThat(shortPassword.body()).contains("密码太短：至少 8 个字符");
    HttpResponse<String> name =
        call(
            "POST",
            "api/users",
            adminToken,
            "{\"username\":\"坏 名字\",\"password\":\"Long-Enough-1\",\"role\":\"MANAGER\"}");
    assertThat(name.statusCode()).isEqualTo(422);
    assertThat(name.body()).contains("用户名 '坏 名字' 无效");
    HttpResponse<String> hospital =
        call(
            "POST",
            "api/users",
            adminToken,
            "{\"username\":\"bad3\",\"password\":\"Long-Enough-1\",\"role\":\"管理者\","
                + "\"hospitals\":[\"441700001\",\"4417 0001; DROP\"]}");
    assertThat(hospital.statusCode()).isEqualTo(422);
    assertThat(hospital.body()).contains("医院代码 '4417 0001; DROP' 无效");
    HttpResponse<String> taken =
        call(
            "POST",
            "api/users",
            adminToken,
            "{\"username\":\"fuwu\",\"password\":\"Long-Enough-1\",\"role\":\"ADMIN\"}");
    assertThat(taken.statusCode()).isEqualTo(409);
    assertThat(taken.body()).contains("用户名 'fuwu' 已存在");
    assertThat(store.user("fuwu").orElseThrow().role()).isEqualTo(Role.VENDOR);
    HttpResponse<String> json = call("POST", "api/users", adminToken, "{username: bad4");
    assertThat(json.statusCode()).isEqualTo(400);
    assertThat(json.body()).contains("请求体不是有效的 JSON", "tongji");
    HttpResponse<String> unknown =
        call("PUT", "api/users/nobody/hospitals", adminToken, "{\"hospitals\":[\"*\"]}");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("没有用户 nobody");
    assertThat(call("POST", "api/users/nobody/unlock", adminToken, null).statusCode())
        .isEqualTo(404);
    HttpResponse<String> grants =
        call("PUT", "api/users/fuwu/hospitals", adminToken, "{\"hospitals\":[\"\"]}");
    assertThat(grants.statusCode()).isEqualTo(422);
    assertThat(store.grants("fuwu").codes()).containsExactly("441700001");

    assertThat(store.users()).hasSize(before);
    assertThat(store.user("bad1")).isEmpty();
    assertThat(store.user("bad3")).isEmpty();
    assertThat(store.audit(50))
        .anyMatch(
            a ->
                a.action().equals("创建用户")
                    && "bad1".equals(a.target())
                    && a.outcome().equals("失败")
                    && a.detail().contains("角色 'BOSS' 无效"))
        .anyMatch(
            a ->
                a.action().equals("创建用户") && "fuwu".equals(a.target()) && a.outcome().equals("失败"));
  }

  /**
   * A password reset (重置密码): the one-time password is answered once; the old password, the
   * account's signed-in session and its tokens stop working; the one-time password signs in and
   * must be replaced first; the lock is cleared; audited.
   */
  @Test
  void aResetPasswordReplacesTheOldOneEndsSessionsAndMustBeChanged() throws Exception {
    String old = "Chongzhi-Passw0rd";
    store.addUser(
        "chongzhi",
        encoder().encode(old),
        Role.STATISTICIAN,
        false,
        new HospitalGrants(false, Set.of("441700001")));
    String token = console.context().getBean(ApiTokens.class).create("chongzhi", "取数", 30);
    assertThat(call("GET", "api/hospitals", token, null).statusCode()).isEqualTo(200);
    HttpClient browser = signedIn("chongzhi", old);
    assertThat(get(browser, "").statusCode()).isEqualTo(200);
    for (int i = 0; i < ConsoleStore.MAX_FAILED_SIGN_INS; i++) {
      store.signInFailed("chongzhi");
    }
    assertThat(store.user("chongzhi").orElseThrow().locked()).isTrue();

    HttpResponse<String> reset =
        call("POST", "api/users/chongzhi/password-reset", adminToken, null);
    assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
    assertThat(reset.body())
        .contains(
            "\"mustChangePassword\":true",
            "\"locked\":false",
            "\"failedAttempts\":0",
            "\"revokedTokens\":1")
        .doesNotContain("$2a$");
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\"oneTimePassword\":\"([A-Za-z0-9]{16})\"")
            .matcher(reset.body());
    assertThat(m.find()).as(reset.body()).isTrue();
    String oneTime = m.group(1);
    // Shown once: the account's JSON never carries it.
    assertThat(call("GET", "api/users/chongzhi", adminToken, null).body())
        .doesNotContain(oneTime, "oneTimePassword");

    // The signed-in session ends at its next request; the token is revoked.
    HttpResponse<String> ended = get(browser, "");
    assertThat(ended.statusCode()).isEqualTo(302);
    assertThat(ended.headers().firstValue("Location").orElseThrow())
        .endsWith("/login?error=changed");
    assertThat(get(browser, "").headers().firstValue("Location").orElseThrow()).endsWith("/login");
    assertThat(call("GET", "api/hospitals", token, null).statusCode()).isEqualTo(401);

    // The old password is refused; the one-time password signs in and must be replaced first.
    HttpClient again = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
    HttpResponse<String> refused =
        post(
            again,
            "login",
            "username=chongzhi&password=" + old + "&_csrf=" + csrf(get(again, "login")));
    assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("error=bad");
    HttpClient fresh = signedIn("chongzhi", oneTime);
    HttpResponse<String> home = get(fresh, "");
    assertThat(home.statusCode()).isEqualTo(302);
    assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/account/password");
    HttpResponse<String> changed =
        post(
            fresh,
            "account/password",
            "current="
                + oneTime
                + "&password=Chongzhi-New-1&confirm=Chongzhi-New-1&_csrf="
                + csrf(get(fresh, "account/password")));
    assertThat(changed.statusCode()).isEqualTo(302);
    assertThat(get(fresh, "").statusCode()).isEqualTo(200);

    assertThat(call("POST", "api/users/nobody/password-reset", adminToken, null).statusCode())
        .isEqualTo(404);
    assertThat(store.audit(300))
        .anyMatch(
            a ->
                "admin".equals(a.username())
                    && a.action().equals("重置密码")
                    && "chongzhi".equals(a.target())
                    && a.outcome().equals("成功")
                    && a.detail().contains("已撤销 1 个访问令牌")
                    && !a.detail().contains(oneTime))
        .anyMatch(
            a ->
                "chongzhi".equals(a.username())
                    && a.action().equals("结束会话")
                    && a.outcome().equals("拒绝"))
        .noneMatch(a -> a.detail() != null && a.detail().contains(oneTime));
  }

  /**
   * A disabled account (停用): its session ends, it cannot sign in nor use its token (401 with the
   * reason, audited), it is shown disabled; enabled again, its password and token work again. One
   * cannot disable oneself.
   */
  @Test
  void aDisabledAccountCannotSignInNorUseItsTokenUntilEnabled() throws Exception {
    String password = "Tingyong-Passw0rd";
    store.addUser(
        "tingyong",
        encoder().encode(password),
        Role.MANAGER,
        false,
        new HospitalGrants(false, Set.of("441700001")));
    String token = console.context().getBean(ApiTokens.class).create("tingyong", "取数", 30);
    assertThat(call("GET", "api/hospitals", token, null).statusCode()).isEqualTo(200);
    HttpClient browser = signedIn("tingyong", password);
    assertThat(get(browser, "").statusCode()).isEqualTo(200);

    HttpResponse<String> disabled = call("POST", "api/users/tingyong/disable", adminToken, null);
    assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
    assertThat(disabled.body()).contains("\"disabled\":true");
    assertThat(call("GET", "api/users", adminToken, null).body())
        .contains("\"username\":\"tingyong\"", "\"disabled\":true", "\"disabled\":false");
    HttpResponse<String> ended = get(browser, "");
    assertThat(ended.statusCode()).isEqualTo(302);
    assertThat(ended.headers().firstValue("Location").orElseThrow())
        .endsWith("/login?error=disabled");
    HttpClient again = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
    HttpResponse<String> signIn =
        post(
            again,
            "login",
            "username=tingyong&password=" + password + "&_csrf=" + csrf(get(again, "login")));
    assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("error=disabled");
    assertThat(get(again, "login?error=disabled").body()).contains("账号已停用");
    HttpResponse<String> api = call("GET", "api/hospitals", token, null);
    assertThat(api.statusCode()).isEqualTo(401);
    assertThat(api.body()).contains("账号已停用");
    assertThat(call("POST", "api/users/tingyong/disable", adminToken, null).statusCode())
        .isEqualTo(422);

    // One's own account: refused, nothing changed.
    HttpResponse<String> self = call("POST", "api/users/admin/disable", adminToken, null);
    assertThat(self.statusCode()).isEqualTo(422);
    assertThat(self.body()).contains("不能停用自己的账号");
    assertThat(store.user("admin").orElseThrow().disabled()).isFalse();

    HttpResponse<String> enabled = call("POST", "api/users/tingyong/enable", adminToken, null);
    assertThat(enabled.statusCode()).as(enabled.body()).isEqualTo(200);
    assertThat(enabled.body()).contains("\"disabled\":false");
    assertThat(call("GET", "api/hospitals", token, null).statusCode()).isEqualTo(200);
    assertThat(get(signedIn("tingyong", password), "").statusCode()).isEqualTo(200);
    assertThat(call("POST", "api/users/tingyong/enable", adminToken, null).statusCode())
        .isEqualTo(422);

    assertThat(store.audit(300))
        .anyMatch(
            a ->
                a.action().equals("停用用户")
                    && "tingyong".equals(a.target())
                    && a.outcome().equals("成功"))
        .anyMatch(
            a ->
                a.action().equals("启用用户")
                    && "tingyong".equals(a.target())
                    && a.outcome().equals("成功"))
        .anyMatch(
            a ->
                "tingyong".equals(a.username())
                    && a.action().equals("登录")
                    && a.outcome().equals("失败")
                    && "账号已停用".equals(a.detail()))
        .anyMatch(
            a ->
                "tingyong".equals(a.username())
                    && a.action().equals("API 认证")
                    && a.outcome().equals("拒绝")
                    && a.detail().contains("账号已停用"))
        .anyMatch(
            a ->
                a.action().equals("停用用户")
                    && "admin".equals(a.target())
                    && a.outcome().equals("失败")
                    && "不能停用自己的账号".equals(a.detail()));
  }

  /**
   * The last enabled administrator can be neither demoted nor disabled (a disabled administrator
   * does not count); with another enabled administrator, an administrator may step down, and their
   * token loses the account API at once.
   */
  @Test
  void theLastEnabledAdministratorIsProtected() throws Exception {
    assertThat(store.enabledAdministrators()).containsExactly("admin");
    HttpResponse<String> demote =
        call("PUT", "api/users/admin/role", adminToken, "{\"role\":\"MANAGER\"}");
    assertThat(demote.statusCode()).isEqualTo(422);
    assertThat(demote.body()).contains("唯一启用的管理员");
    assertThat(store.user("admin").orElseThrow().role()).isEqualTo(Role.ADMIN);
    // Not reachable from the pages or the API (the actor is then that administrator): the service
    // refuses it all the same.
    org.baobiao.console.account.Accounts accounts =
        console.context().getBean(org.baobiao.console.account.Accounts.class);
    assertThatThrownBy(
            () ->
                accounts.disable(
                    "admin", new org.baobiao.console.account.Accounts.Actor("ops", null)))
        .hasMessageContaining("唯一启用的管理员");
    assertThat(store.user("admin").orElseThrow().disabled()).isFalse();

    // A second administrator, disabled: the first is still the only enabled one.
    store.addUser("guanli2", "x", Role.ADMIN, false, HospitalGrants.EVERY);
    String second = console.context().getBean(ApiTokens.class).create("guanli2", "管理", 1);
    assertThat(call("POST", "api/users/guanli2/disable", adminToken, null).statusCode())
        .isEqualTo(200);
    assertThat(
            call("PUT", "api/users/admin/role", adminToken, "{\"role\":\"MANAGER\"}").statusCode())
        .isEqualTo(422);
    // Enabled, it steps down itself; its token no longer has the account API.
    assertThat(call("POST", "api/users/guanli2/enable", adminToken, null).statusCode())
        .isEqualTo(200);
    assertThat(call("GET", "api/users", second, null).statusCode()).isEqualTo(200);
    HttpResponse<String> down = call("PUT", "api/users/guanli2/role", second, "{\"role\":\"管理者\"}");
    assertThat(down.statusCode()).as(down.body()).isEqualTo(200);
    assertThat(down.body()).contains("\"role\":\"MANAGER\"");
    assertThat(call("GET", "api/users", second, null).statusCode()).isEqualTo(403);
    assertThat(store.enabledAdministrators()).containsExactly("admin");
    assertThat(store.audit(300))
        .anyMatch(
            a ->
                a.action().equals("修改角色")
                    && "admin".equals(a.target())
                    && a.outcome().equals("失败")
                    && a.detail().contains("唯一启用的管理员"))
        .anyMatch(
            a ->
                a.action().equals("停用用户")
                    && "admin".equals(a.target())
                    && "ops".equals(a.username())
                    && a.outcome().equals("失败"))
        .anyMatch(
            a ->
                "guanli2".equals(a.username())
                    && a.action().equals("修改角色")
                    && "guanli2".equals(a.target())
                    && "管理员 → 管理者".equals(a.detail()));
  }

  /**
   * A role change takes effect at once: a statistician made a manager can no longer run a report; a
   * vendor made a statistician loses its contract grants (named in the audit). The same role, an
   * unknown role or account are refused.
   */
  @Test
  void aRoleChangeTakesEffectAndDropsAVendorsContracts() throws Exception {
    store.addUser("juese", "x", Role.STATISTICIAN, false, HospitalGrants.EVERY);
    String token = console.context().getBean(ApiTokens.class).create("juese", "取数", 1);
    String run = "{\"period\":\"2026-10\",\"hospital\":\"441700001\",\"formats\":[\"csv\"]}";
    HttpResponse<String> ran = call("POST", "api/reports/ops-monthly/runs", token, run);
    assertThat(ran.statusCode()).as(ran.body()).isEqualTo(202);
    awaitFinished(ran.headers().firstValue("Location").orElseThrow());

    HttpResponse<String> changed =
        call("PUT", "api/users/juese/role", adminToken, "{\"role\":\"MANAGER\"}");
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(changed.body()).contains("\"role\":\"MANAGER\"", "\"roleLabel\":\"管理者\"");
    assertThat(call("POST", "api/reports/ops-monthly/runs", token, run).statusCode())
        .isEqualTo(403);

    HttpResponse<String> same =
        call("PUT", "api/users/juese/role", adminToken, "{\"role\":\"管理者\"}");
    assertThat(same.statusCode()).isEqualTo(422);
    assertThat(same.body()).contains("已经是管理者");
    HttpResponse<String> unknownRole =
        call("PUT", "api/users/juese/role", adminToken, "{\"role\":\"BOSS\"}");
    assertThat(unknownRole.statusCode()).isEqualTo(422);
    assertThat(unknownRole.body()).contains("角色 'BOSS' 无效");
    assertThat(
            call("PUT", "api/users/nobody/role", adminToken, "{\"role\":\"MANAGER\"}").statusCode())
        .isEqualTo(404);

    store.addUser("fuwu2", "x", Role.VENDOR, false, new HospitalGrants(false, Set.of("441700001")));
    store.setContracts("fuwu2", Set.of("HT-2025-000"));
    HttpResponse<String> vendor =
        call("PUT", "api/users/fuwu2/role", adminToken, "{\"role\":\"STATISTICIAN\"}");
    assertThat(vendor.statusCode()).as(vendor.body()).isEqualTo(200);
    assertThat(vendor.body()).contains("\"role\":\"STATISTICIAN\"", "\"contracts\":[]");
    assertThat(store.contracts("fuwu2")).isEmpty();
    assertThat(store.audit(300))
        .anyMatch(
            a ->
                a.action().equals("修改角色")
                    && "juese".equals(a.target())
                    && "统计员 → 管理者".equals(a.detail()))
        .anyMatch(
            a ->
                a.action().equals("修改角色")
                    && "fuwu2".equals(a.target())
                    && "服务商 → 统计员；已取消合同授权 HT-2025-000".equals(a.detail()))
        .anyMatch(
            a ->
                a.action().equals("修改角色")
                    && "juese".equals(a.target())
                    && a.outcome().equals("失败")
                    && a.detail().contains("已经是管理者"));
  }

  private static org.springframework.security.crypto.password.PasswordEncoder encoder() {
    return console
        .context()
        .getBean(org.springframework.security.crypto.password.PasswordEncoder.class);
  }

  @Test
  void theOpenApiDocumentDescribesTheApi() throws Exception {
    HttpResponse<String> doc = call("GET", "api/openapi.json", null, null);
    assertThat(doc.statusCode()).isEqualTo(200);
    assertThat(doc.body())
        .contains(
            "\"openapi\"",
            "/api/reports/{id}/runs",
            "/api/runs/{id}/files/{index}",
            "/api/dashboard",
            "/api/acceptance/contracts/{contract}/packs",
            "/api/users",
            "/api/users/{username}/hospitals",
            "/api/users/{username}/contracts",
            "/api/users/{username}/unlock",
            "/api/users/{username}/role",
            "/api/users/{username}/password-reset",
            "/api/users/{username}/disable",
            "/api/users/{username}/enable",
            "\"disabled\"",
            "\"oneTimePassword\"")
        .doesNotContain("/admin/users");
  }

  /** Polls a run's address until it is over; returns its last JSON. */
  private static String awaitFinished(String location) throws Exception {
    long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < until) {
      HttpResponse<String> r = call("GET", location.substring(1), adminToken, null);
      assertThat(r.statusCode()).isEqualTo(200);
      if (r.body().contains("\"status\":\"SUCCEEDED\"")
          || r.body().contains("\"status\":\"FAILED\"")) {
        return r.body();
      }
      Thread.sleep(200);
    }
    throw new AssertionError("运行未在 120 秒内结束: " + location);
  }

  /** What a failing assertion's description calls for: the value, or the exception as text. */
  private static String quietly(java.util.concurrent.Callable<String> what) {
    try {
      return what.call();
    } catch (Exception e) {
      return e.toString();
    }
  }

  private static HttpResponse<String> call(String method, String path, String token, String json)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(console.address() + path));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    b.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(HttpClient browser, String path) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(URI.create(console.address() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(HttpClient browser, String path, String form)
      throws Exception {
    return browser.send(
        HttpRequest.newBuilder(URI.create(console.address() + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The CSRF token of a page's form. */
  private static String csrf(HttpResponse<String> page) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
    assertThat(m.find()).as("CSRF token in " + page.uri()).isTrue();
    return m.group(1);
  }
}
