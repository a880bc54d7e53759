package org.baobiao.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.baobiao.console.run.ReportRuns;
import org.baobiao.jobs.service.ServiceFixture;
import org.baobiao.jobs.sla.SlaEvaluationRequest;
import org.baobiao.jobs.sla.SlaService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real server on a random port over a real DuckDB warehouse holding the golden
 * ops-monthly fixture, driven by Debian's Chromium headless. One server and one browser for the
 * class; the tests run in order because later ones sign in with accounts earlier ones create.
 * Screenshots go to {@code target/screenshots}, or to {@code $BAOBIAO_SCREENSHOTS}
 * (docs/screenshots when regenerating the committed ones).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final String ADMIN_PASSWORD = "Admin-Passw0rd-1";
  private static final String INITIAL_PASSWORD = "Initial-Passw0rd";

  @TempDir static Path dir;
  static ConsoleApplication.Running console;
  static ChromeDriver driver;
  static String base;
  static Path screenshots;

  @BeforeAll
  static void start() throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      String why = "Chromium 或 chromedriver 未安装（apt-get install chromium chromium-driver）";
      if ("true".equals(System.getenv("CI"))) {
        fail(why);
      }
      Assumptions.abort(why);
    }
    try (ServiceFixture fixture = ServiceFixture.in(dir)) {
      fixture.load("reference", "ops-monthly/october/input/reference");
      fixture.load("tickets", "ops-monthly/october/input/tickets");
      // Front pages with personal data of a second hospital, for the extraction requests.
      fixture.load("reference", "medrec-qc/october/input/reference");
      fixture.load("medrec", "medrec-qc/october/input/medrec");
      // Transfusions of a third hospital with two dirty rows, for the load status page.
      fixture.load("blood", "blood-use/q3/input/blood");
      // A contract with acceptance conditions (HT-2025-002 at 440100002), evaluated.
      fixture.load("reference", "acceptance/ht-2025-002/input/reference");
      fixture.load("tickets", "acceptance/ht-2025-002/input/tickets");
      fixture.load("activities", "acceptance/ht-2025-002/input/activities");
      new SlaService(fixture.warehouse(), fixture.configuration())
          .evaluate(new SlaEvaluationRequest("440100002", null));
      new SlaService(fixture.warehouse(), fixture.configuration())
          .evaluate(new SlaEvaluationRequest("441700001", null));
    }
    ConsoleOptions options =
        new ConsoleOptions(
            0, "127.0.0.1", dir.resolve("data/warehouse.duckdb"), dir.resolve("conf"), false);
    console = ConsoleApplication.start(options, Map.of("BAOBIAO_ADMIN_PASSWORD", ADMIN_PASSWORD));
    base = console.address();
    ChromeOptions chrome = new ChromeOptions();
    chrome.setBinary(CHROMIUM.toFile());
    chrome.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--window-size=1366,768",
        "--lang=zh-CN");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, chrome);
    // Pictures of 1366×768 pages: the window is the viewport plus the browser's own frame.
    long frame = (Long) driver.executeScript("return window.outerHeight - window.innerHeight;");
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768 + (int) frame));
    String env = System.getenv("BAOBIAO_SCREENSHOTS");
    screenshots = env == null || env.isBlank() ? Path.of("target/screenshots") : Path.of(env);
    Files.createDirectories(screenshots);
  }

  @AfterAll
  static void stop() {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      if (console != null) {
        console.close();
      }
    }
  }

  @Test
  @Order(1)
  void adminSignsInAndReadsTheCatalog() throws IOException {
    driver.manage().deleteAllCookies();
    driver.get(base + "reports");
    assertThat(driver.getCurrentUrl()).endsWith("/login");
    assertThat(driver.getTitle()).isEqualTo("登录 - 报表控制台");
    screenshot("login");
    signIn("admin", ADMIN_PASSWORD);
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("您好，admin");
    screenshot("home");
    driver.get(base + "reports");
    String catalog = driver.findElement(By.tagName("main")).getText();
    assertThat(catalog).contains("运维工单月报", "ops-monthly", "统计期间", "按月 / 按季度 / 按年");
    screenshot("catalog");
  }

  @Test
  @Order(2)
  void statisticianRunsAReportAndDownloadsThePdf() throws Exception {
    createUser("tongji", "Tongji-Passw0rd", "STATISTICIAN", "*");
    driver.manage().deleteAllCookies();
    signIn("tongji", "Tongji-Passw0rd");
    driver.get(base + "reports/ops-monthly");
    assertThat(
            new Select(driver.findElement(By.id("hospital")))
                .getOptions().stream().map(WebElement::getText).toList())
        .contains("全部已加载的医院")
        .anyMatch(o -> o.startsWith("441700001 ") && o.length() > "441700001 ".length());
    driver.findElement(By.id("period")).sendKeys("2026-10");
    new Select(driver.findElement(By.id("hospital"))).selectByValue("441700001");
    WebElement csv = driver.findElements(By.id("format-csv")).stream().findFirst().orElse(null);
    if (csv != null && csv.isSelected()) {
      csv.click();
    }
    screenshot("run-form");
    submit(By.id("run"));
    awaitRunOver();
    assertThat(driver.findElement(By.id("outcome")).getText()).isEqualTo("结果：成功");
    List<WebElement> links = driver.findElements(By.cssSelector("a.download"));
    assertThat(links)
        .extracting(WebElement::getText)
        .contains("ops-monthly_441700001_2026-10.pdf", "ops-monthly_441700001_2026-10.xlsx");
    screenshot("run");
    String pdfHref =
        links.stream()
            .filter(l -> l.getText().endsWith(".pdf"))
            .findFirst()
            .orElseThrow()
            .getDomAttribute("href");
    HttpResponse<byte[]> pdf = get(pdfHref);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      assertThat(new PDFTextStripper().getText(doc)).contains("运维工单月报");
    }
    // The same link without a session is sent to sign in, not served.
    HttpResponse<byte[]> anonymous =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base).resolve(pdfHref)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(anonymous.statusCode()).isEqualTo(302);

    // The same report read in the page, its figures those of the golden CSVs (summary.csv:
    // 7,4,4,…; by_channel.csv: PHONE,电话,4,0.571), the 31 days paged by 50 then by dataset.
    submit(By.id("view-run"));
    assertThat(driver.findElement(By.id("subtitle")).getText()).contains("阳江市妇幼保健院");
    assertThat(driver.findElement(By.id("stamp")).getText()).contains("数据版本", "ops-monthly");
    List<String> summary =
        driver.findElements(By.cssSelector("#ds-summary tbody td")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(summary).startsWith("7", "4", "4", "1", "1", "6");
    assertThat(driver.findElement(By.id("ds-by_channel")).getText()).contains("电话", "57.1%");
    screenshot("report-view");
    assertThat(driver.findElement(By.id("ds-daily")).getText()).contains("第 1–31 行，共 31 行");
    driver.get(
        base + "reports/ops-monthly/view?period=2026-10&hospital=441700001&dataset=by_system");
    assertThat(driver.findElements(By.cssSelector("section.dataset"))).hasSize(1);
    driver.get(base + "reports/ops-monthly/view?period=2026-10&hospital=449999999");
    assertThat(driver.findElement(By.id("problem")).getText()).contains("未知的医院机构代码 '449999999'");

    driver.get(base + "runs");
    String history = driver.findElement(By.id("runs")).getText();
    assertThat(history).contains("ops-monthly", "2026-10", "441700001", "tongji", "成功");
    screenshot("runs");

    // A period in a wrong form: the run is recorded as failed with the reason, in Chinese.
    driver.get(base + "reports/ops-monthly");
    driver.findElement(By.id("period")).sendKeys("2026年10月");
    submit(By.id("run"));
    assertThat(driver.findElement(By.id("outcome")).getText()).isEqualTo("结果：失败");
    assertThat(driver.findElement(By.id("message")).getText()).contains("统计期间 '2026年10月' 格式不对");
  }

  @Test
  @Order(3)
  void fiveWrongPasswordsLockTheAccount() throws IOException {
    createUser("suoding", "Suoding-Passw0rd", "STATISTICIAN", "441700001");
    driver.manage().deleteAllCookies();
    for (int i = 0; i < 5; i++) {
      signIn("suoding", "wrong-" + i);
      assertThat(driver.findElement(By.cssSelector("p.error")).getText()).isEqualTo("用户名或密码错误。");
    }
    signIn("suoding", "Suoding-Passw0rd");
    assertThat(driver.getCurrentUrl()).endsWith("/login?error=locked");
    assertThat(driver.findElement(By.cssSelector("p.error")).getText()).startsWith("账号已锁定");
    screenshot("locked");
    signIn("admin", ADMIN_PASSWORD);
    driver.get(base + "admin/users");
    WebElement row =
        driver.findElements(By.cssSelector("#users tbody tr")).stream()
            .filter(r -> r.getText().startsWith("suoding"))
            .findFirst()
            .orElseThrow();
    assertThat(row.getText()).contains("统计员", "5", "已锁定", "重置密码", "停用");
    // 重置密码 on its row: the one-time password shown once, the lock cleared.
    submit(By.id("reset-suoding"));
    assertThat(driver.findElement(By.cssSelector("p.notice")).getText())
        .startsWith("已重置用户 suoding 的密码");
    String oneTime = driver.findElement(By.id("one-time-password")).getText();
    assertThat(oneTime).matches("[A-Za-z0-9]{16}");
    assertThat(driver.findElement(By.id("status-of-suoding")).getText()).isEqualTo("正常");
    // One's own row has no 停用.
    assertThat(driver.findElements(By.id("disable-admin"))).isEmpty();
    screenshot("users");
    driver.navigate().refresh();
    assertThat(driver.findElements(By.id("one-time-password"))).isEmpty();
    driver.manage().deleteAllCookies();
    signIn("suoding", oneTime);
    assertThat(driver.getCurrentUrl()).endsWith("/account/password");
  }

  @Test
  @Order(4)
  void aManagerIsRefusedTheUserPagesAndTheRefusalIsAudited() throws Exception {
    createUser("guanli", "Guanli-Passw0rd", "MANAGER", "441700001");
    driver.manage().deleteAllCookies();
    signIn("guanli", "Guanli-Passw0rd");
    driver.get(base + "admin/users");
    assertThat(driver.findElement(By.id("denied")).getText()).isEqualTo("无权访问");
    assertThat(get("/admin/users").statusCode()).isEqualTo(403);
    screenshot("denied");
    // A manager reads but does not run: no form, and a posted run is refused.
    driver.get(base + "reports/ops-monthly");
    assertThat(driver.findElements(By.id("run"))).isEmpty();

    driver.manage().deleteAllCookies();
    signIn("admin", ADMIN_PASSWORD);
    driver.get(base + "admin/audit");
    List<String> rows =
        driver.findElements(By.cssSelector("#audit tbody tr")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(rows).anyMatch(r -> r.contains("guanli 拒绝访问 /admin/users 拒绝 当前角色无权访问"));
    assertThat(rows).anyMatch(r -> r.contains("suoding 登录") && r.contains("账号已锁定"));
    assertThat(rows).anyMatch(r -> r.contains("tongji 登录") && r.contains("成功"));
    assertThat(rows).anyMatch(r -> r.contains("tongji 运行报表 ops-monthly 2026-10 441700001 成功"));
    assertThat(rows).anyMatch(r -> r.contains("tongji 下载") && r.contains(".pdf 成功"));
    screenshot("audit");
  }

  @Test
  @Order(5)
  void aFormPostWithoutItsCsrfTokenIsRefused() throws Exception {
    driver.manage().deleteAllCookies();
    signIn("admin", ADMIN_PASSWORD);
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "admin/users"))
                    .header("Cookie", sessionCookie())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "username=csrf&password=Csrf-Passw0rd&role=ADMIN"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(403);
    driver.get(base + "admin/audit");
    assertThat(driver.findElement(By.id("audit")).getText())
        .contains("admin 拒绝访问 /admin/users 拒绝 表单缺少有效的 CSRF 令牌（POST）");
    driver.get(base + "admin/users");
    assertThat(driver.findElement(By.id("users")).getText()).doesNotContain("csrf");
  }

  @Test
  @Order(6)
  void aVendorSeesOnlyTheSlaReportsOfItsOwnHospitals() throws Exception {
    createUser("fuwu", "Fuwu-Passw0rd-1", "VENDOR", List.of("HT-2025-000"), "441700001");
    driver.get(base + "reports");
    List<String> reports =
        driver.findElements(By.cssSelector("main a")).stream().map(WebElement::getText).toList();
    assertThat(String.join(" ", reports)).contains("服务级别达成报告").doesNotContain("运维工单月报");
    // Another report, by its address: refused.
    assertThat(get("/reports/ops-monthly").statusCode()).isEqualTo(403);

    // The form offers only the granted hospital, and no "all hospitals".
    driver.get(base + "reports/sla-compliance");
    assertThat(
            new Select(driver.findElement(By.id("hospital")))
                .getOptions().stream().map(o -> o.getDomAttribute("value")).toList())
        .containsExactly("441700001");
    // And only its own contracts, without "all contracts".
    assertThat(
            new Select(driver.findElement(By.id("option-contract")))
                .getOptions().stream().map(o -> o.getDomAttribute("value")).toList())
        .containsExactly("HT-2025-000");
    screenshot("vendor-form");
    // A tampered form asking for another hospital's figures: refused with the reason, audited.
    driver.executeScript(
        "const s = document.getElementById('hospital');"
            + " const o = new Option('440100001', '440100001'); s.add(o); s.value = '440100001';");
    driver.findElement(By.id("period")).sendKeys("2026-Q3");
    submit(By.id("run"));
    assertThat(driver.findElement(By.id("denied")).getText()).isEqualTo("无权访问");
    assertThat(driver.findElement(By.id("refusal")).getText())
        .isEqualTo("未被授权查看医院 440100001（已授权：441700001）。");
    screenshot("vendor-denied");
    // A ticket's clocks explained, for its own hospital only.
    driver.get(base + "sla/tickets?hospital=441700001&ticket=T4");
    assertThat(driver.findElement(By.id("contract")).getText()).contains("第 1 版");
    assertThat(driver.findElement(By.id("explanation")).getText())
        .contains("工单 T4（机构 441700001）", "时间线", "计时项", "结论");
    screenshot("sla-ticket");
    assertThat(get("/sla/tickets?hospital=440100002&ticket=T4").statusCode()).isEqualTo(403);
    driver.get(base + "sla/tickets?hospital=441700001&ticket=T99");
    assertThat(driver.findElement(By.id("problem")).getText()).contains("没有找到工单 T99");
    // Nor may it read another report or another hospital in the page view.
    assertThat(get("/reports/ops-monthly/view?period=2026-10&hospital=441700001").statusCode())
        .isEqualTo(403);
    assertThat(get("/reports/sla-compliance/view?period=2026-Q3&hospital=440100002").statusCode())
        .isEqualTo(403);
    // The statistician's ops-monthly run of the class is not in the vendor's history either.
    driver.get(base + "runs");
    assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("ops-monthly");
    assertThat(get("/runs/1").statusCode()).isEqualTo(403);

    driver.manage().deleteAllCookies();
    signIn("admin", ADMIN_PASSWORD);
    driver.get(base + "admin/audit");
    List<String> rows =
        driver.findElements(By.cssSelector("#audit tbody tr")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(rows)
        .anyMatch(
            r ->
                r.contains("fuwu 拒绝访问 /reports/sla-compliance/run 拒绝")
                    && r.contains("未被授权查看医院 440100001"));
    assertThat(rows)
        .anyMatch(r -> r.contains("fuwu 拒绝访问 /reports/ops-monthly 拒绝 服务商只能查看服务级别（SLA）报表"));
    assertThat(rows).anyMatch(r -> r.contains("fuwu 修改密码 fuwu 成功"));
    assertThat(rows)
        .anyMatch(r -> r.contains("admin 创建用户 fuwu 成功 角色 服务商；医院 441700001；合同 HT-2025-000"));
  }

  @Test
  @Order(7)
  void aManagersDashboardShowsTheSlaComplianceReportsFigures() throws Exception {
    driver.manage().deleteAllCookies();
    signIn("guanli", "Guanli-Passw0rd");
    driver.get(base + "dashboard?hospital=441700001&year=2026");
    assertThat(driver.findElement(By.id("dashboard-scope")).getText())
        .startsWith("阳江市妇幼保健院 · 2026年 1月1日至 ");
    Map<String, String> shown = figures("section-sla");
    // The trend is drawn (ECharts' SVG renderer: one path per series, at least).
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> !d.findElements(By.cssSelector("#chart-sla svg path")).isEmpty());
    assertThat(driver.findElement(By.id("section-interfaces")).getText()).contains("本年没有接口交换记录。");
    screenshot("dashboard");

    // The figures are the sla-compliance report's for 2026: a statistician follows the section's
    // link, runs the report as CSV and the test reads its 合计 rows.
    driver.manage().deleteAllCookies();
    signIn("tongji", "Tongji-Passw0rd");
    driver.get(base + "dashboard?hospital=441700001&year=2026");
    driver.findElement(By.cssSelector("#section-sla a.report-link")).click();
    assertThat(driver.findElement(By.id("period")).getDomProperty("value")).isEqualTo("2026");
    assertThat(
            new Select(driver.findElement(By.id("hospital")))
                .getFirstSelectedOption()
                .getDomAttribute("value"))
        .isEqualTo("441700001");
    for (String f : List.of("pdf", "xlsx")) {
      WebElement box = driver.findElement(By.id("format-" + f));
      if (box.isSelected()) {
        box.click();
      }
    }
    submit(By.id("run"));
    awaitRunOver();
    assertThat(driver.findElement(By.id("outcome")).getText()).isEqualTo("结果：成功");
    String href =
        driver.findElements(By.cssSelector("a.download")).stream()
            .filter(l -> l.getText().endsWith(".compliance.csv"))
            .findFirst()
            .orElseThrow()
            .getDomAttribute("href");
    String csv = new String(get(href).body(), java.nio.charset.StandardCharsets.UTF_8);
    Map<String, String> report = new java.util.LinkedHashMap<>();
    // After the stamp's "# " lines and the header: clock_name,severity_label,cycles,met,breached,
    // compliance (a fraction),...
    for (String line : csv.lines().toList()) {
      String[] c = line.replace("\uFEFF", "").split(",", -1);
      if (c.length > 5 && c[1].equals("合计")) {
        report.put(
            c[0] + "达标率",
            new java.math.BigDecimal(c[5]).movePointRight(2).setScale(1).toPlainString() + "%");
      }
    }
    assertThat(shown).isEqualTo(report).isNotEmpty();
    assertThat(shown).containsEntry("报障反馈达标率", "77.8%");
  }

  @Test
  @Order(9)
  void aTokenMadeOnItsPageCallsTheApi() throws Exception {
    driver.manage().deleteAllCookies();
    signIn("tongji", "Tongji-Passw0rd");
    driver.get(base + "account/tokens");
    driver.findElement(By.id("token-name")).sendKeys("医院 BI 每日取数");
    submit(By.id("create-token"));
    String token = driver.findElement(By.id("new-token")).getText();
    assertThat(token).startsWith("bbt_").hasSize(44);
    assertThat(driver.findElement(By.id("tokens")).getText()).contains("医院 BI 每日取数", "有效", "未使用");
    screenshot("tokens");
    HttpResponse<String> hospitals =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "api/hospitals"))
                    .header("Authorization", "Bearer " + token)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(hospitals.statusCode()).isEqualTo(200);
    assertThat(hospitals.body()).contains("\"441700001\":\"阳江市妇幼保健院\"");
    // The browser's session cookie is no credential for the API.
    HttpResponse<String> withCookie =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "api/hospitals"))
                    .header("Cookie", sessionCookie())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(withCookie.statusCode()).isEqualTo(401);
  }

  /** A dashboard section's figures, label → value with unit. */
  private static Map<String, String> figures(String section) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    for (WebElement f : driver.findElements(By.cssSelector("#" + section + " .figure"))) {
      m.put(
          f.findElement(By.cssSelector(".label")).getText(),
          f.findElement(By.cssSelector(".value")).getText().replace(" ", ""));
    }
    return m;
  }

  @Test
  @Order(8)
  void schedulesAreListedRefusedWhenMalformedAndRedWhenFailed() throws Exception {
    driver.manage().deleteAllCookies();
    signIn("tongji", "Tongji-Passw0rd");
    driver.get(base + "schedules");
    // The catalog's scheduled: periods, created on the first start.
    assertThat(driver.findElement(By.id("schedules")).getText())
        .contains("运维工单月报", "上月", "0 0 6 1 * ?", "上季度", "0 0 6 2 1,4,7,10 ?", "去年");

    driver.get(base + "schedules/new");
    driver.findElement(By.id("cron")).clear();
    driver.findElement(By.id("cron")).sendKeys("0 0 6 * *");
    submit(By.id("save-schedule"));
    assertThat(driver.findElement(By.id("problems")).getText())
        .contains("定时任务未保存", "Cron 表达式 '0 0 6 * *' 无效");
    screenshot("schedule-form");

    // A schedule for a hospital that is not loaded: saved, and red once it has run.
    driver.findElement(By.id("cron")).clear();
    driver.findElement(By.id("cron")).sendKeys("0 0 6 1 * ?");
    driver.findElement(By.id("hospital")).sendKeys("449999999");
    submit(By.id("save-schedule"));
    assertThat(driver.findElement(By.cssSelector("p.notice")).getText()).startsWith("已添加定时任务 #");
    WebElement last =
        driver.findElements(By.cssSelector("#schedules tbody tr")).stream()
            .reduce((a, b) -> b)
            .orElseThrow();
    String id = last.getDomAttribute("id").substring("schedule-".length());
    submit(By.id("run-" + id));
    // 立即运行 queues the run: its page shows the progress, then the outcome.
    awaitRunOver();
    assertThat(driver.findElement(By.id("outcome")).getText()).isEqualTo("结果：失败");
    assertThat(driver.findElement(By.id("message")).getText()).contains("未知的医院机构代码 '449999999'");
    driver.get(base + "schedules");
    WebElement row = driver.findElement(By.id("schedule-" + id));
    assertThat(row.getDomAttribute("class")).isEqualTo("failed");
    // Failed schedules come first, in view without scrolling.
    assertThat(
            driver.findElements(By.cssSelector("#schedules tbody tr")).get(0).getDomAttribute("id"))
        .isEqualTo("schedule-" + id);
    assertThat(row.findElement(By.tagName("td")).getCssValue("background-color"))
        .isEqualTo("rgba(253, 236, 234, 1)");
    assertThat(driver.findElement(By.id("failed-count")).getText()).startsWith("1 个定时任务最近一次运行失败");
    screenshot("schedules");
    driver.get(base);
    assertThat(driver.findElement(By.id("schedule-failures")).getText())
        .contains("1 个定时任务最近一次运行失败", "未知的医院机构代码");

    // A manager reads the list but has no buttons, and a posted run is refused.
    driver.manage().deleteAllCookies();
    signIn("guanli", "Guanli-Passw0rd");
    driver.get(base + "schedules");
    assertThat(driver.findElements(By.id("run-" + id))).isEmpty();
    // Nor does a manager granted 441700001 see a schedule (or its failure) of another hospital.
    assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("449999999");
    assertThat(get("/schedules/" + id).statusCode()).isEqualTo(403);
    driver.get(base + "schedules/new");
    assertThat(driver.findElement(By.id("denied")).getText()).isEqualTo("无权访问");
  }

  /**
   * The extraction request's whole flow with a requester and two approvers (front pages include an
   * ID number, a sensitive field): the requester asks for one name in clear; the first approver
   * approves; it waits for a second one (the administrator); the requester runs it and downloads it
   * three times; the workbook holds the approved name and masks everything else; the fourth
   * download is 410 Gone and the file is deleted; the trail records every step.
   */
  @Test
  @Order(10)
  void anExtractionRequestIsApprovedTwiceDeliveredMaskedAndExpires() throws Exception {
    createUser("shenqing", "Shenqing-Passw0rd", "STATISTICIAN", "430100003");
    createUser("shenpi", "Shenpi-Passw0rd", "APPROVER", "*");

    driver.manage().deleteAllCookies();
    signIn("shenqing", "Shenqing-Passw0rd");
    driver.get(base + "requests");
    assertThat(driver.findElement(By.tagName("main")).getText()).contains("您还没有提交过数据提取申请");
    driver.get(base + "requests/new?extract=medrec-front-pages");
    driver.findElement(By.id("department")).sendKeys("统计室");
    new Select(driver.findElement(By.id("purpose"))).selectByValue("RESEARCH");
    driver.findElement(By.id("purpose-text")).sendKeys("胆囊结石住院费用研究");
    driver.findElement(By.id("unmasked-patient_name")).click();
    driver.findElement(By.id("basis")).sendKeys("院伦理委员会批件 KY-2026-031");
    driver.findElement(By.id("period")).sendKeys("2026-Q4");
    // Granted one hospital only: no "all hospitals" choice.
    assertThat(
            new Select(driver.findElement(By.id("hospital")))
                .getOptions().stream().map(o -> o.getDomAttribute("value")).toList())
        .containsExactly("430100003");
    screenshot("request-form");
    submit(By.id("submit-request"));
    assertThat(driver.findElement(By.id("notice")).getText()).startsWith("已提交申请 SQ-");
    String number = driver.findElement(By.tagName("h1")).getText().replace("数据提取申请 ", "");
    assertThat(driver.findElement(By.id("state")).getText()).startsWith("已提交");
    // The requester has no approval form, and a posted approval is refused by role.
    assertThat(driver.findElements(By.id("approve"))).isEmpty();

    driver.manage().deleteAllCookies();
    signIn("shenpi", "Shenpi-Passw0rd");
    driver.get(base + "requests");
    assertThat(driver.findElement(By.id("waiting")).getText()).contains(number, "shenqing");
    screenshot("requests");
    driver.get(base + "requests/" + number);
    assertThat(driver.findElement(By.id("asked-unmasked")).getText()).contains("姓名", "KY-2026-031");
    screenshot("request-approval");
    submit(By.id("approve"));
    assertThat(driver.findElement(By.id("notice")).getText()).contains("须另一位审批人再次批准");
    assertThat(driver.findElement(By.id("state")).getText()).contains("已提交", "待第二位审批人批准");
    // The same approver cannot give the second approval.
    assertThat(driver.findElements(By.id("approve"))).isEmpty();

    driver.manage().deleteAllCookies();
    signIn("admin", ADMIN_PASSWORD);
    driver.get(base + "requests/" + number);
    submit(By.id("approve"));
    assertThat(driver.findElement(By.id("state")).getText()).isEqualTo("已批准");
    assertThat(driver.findElement(By.id("approvers")).getText()).isEqualTo("shenpi、admin");

    driver.manage().deleteAllCookies();
    signIn("shenqing", "Shenqing-Passw0rd");
    driver.get(base + "requests/" + number);
    submit(By.id("run"));
    assertThat(driver.findElement(By.id("notice")).getText()).startsWith("已提取 ");
    assertThat(driver.findElement(By.id("state")).getText()).isEqualTo("已交付");
    screenshot("request-delivered");

    Path delivered = dir.resolve("data/requests").resolve(number);
    assertThat(delivered).isDirectory();
    for (int i = 1; i <= 3; i++) {
      HttpResponse<byte[]> r = get("/requests/" + number + "/download");
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("X-Downloads-Left")).hasValue(Integer.toString(3 - i));
      if (i == 1) {
        assertMaskedButTheApprovedName(r.body());
      }
    }
    HttpResponse<byte[]> gone = get("/requests/" + number + "/download");
    assertThat(gone.statusCode()).isEqualTo(410);
    // What the requester reads when the link is followed once more.
    driver.get(base + "requests/" + number + "/download");
    assertThat(driver.findElement(By.tagName("main")).getText()).contains("已过期并已删除");
    screenshot("request-expired");
    assertThat(delivered).as("the delivered file and its folder are deleted").doesNotExist();

    driver.get(base + "requests/" + number);
    assertThat(driver.findElement(By.id("state")).getText()).isEqualTo("已过期");
    List<String> actions =
        driver.findElements(By.cssSelector("#events tbody tr")).stream()
            .map(tr -> tr.findElements(By.tagName("td")).get(3).getText())
            .toList();
    assertThat(actions)
        .containsSubsequence("新建", "提交", "批准", "第二审批", "交付", "下载", "下载", "下载", "过期", "拒绝");
    assertThat(driver.findElement(By.id("events")).getText()).contains("控制台@127.0.0.1");
    // The auditor's view of the quarter: the requester may not open it; the administrator sees
    // the downloads with their hashes and the two refused after expiry (HTTP client, browser).
    assertThat(get("/requests/audit?period=2026-Q4").statusCode()).isEqualTo(403);
    driver.manage().deleteAllCookies();
    signIn("admin", ADMIN_PASSWORD);
    driver.get(base + "requests/audit?period=2026-Q4&request=" + number);
    assertThat(driver.findElement(By.id("audit-summary")).getText())
        .contains("涉及 1 件申请", "下载 3 次", "拒绝 2 次");
    assertThat(driver.findElement(By.id("audit-events")).getText()).contains(number, "第二审批");
    screenshot("requests-audit");
  }

  /**
   * The load status: the administrator sees the batches and the rejects by reason, and the rows
   * behind a count with file, line, field and message; a statistician granted one hospital is
   * refused (rejects are not kept per hospital).
   */
  @Test
  @Order(11)
  void theLoadStatusShowsTheRejectedRowsBehindEachCount() throws Exception {
    driver.manage().deleteAllCookies();
    signIn("admin", ADMIN_PASSWORD);
    driver.get(base + "loads");
    assertThat(driver.findElement(By.id("data-version")).getText()).startsWith("批次");
    assertThat(driver.findElement(By.id("batches")).getText()).contains("blood", "已装入");
    WebElement reasons = driver.findElement(By.id("reasons"));
    assertThat(reasons.getText()).contains("blood");
    screenshot("loads");
    WebElement count = reasons.findElement(By.cssSelector("tbody tr td a"));
    long expected = Long.parseLong(count.getText());
    submitLink(count);
    List<WebElement> rows = driver.findElements(By.cssSelector("#rejected-rows tbody tr"));
    assertThat(rows).hasSize((int) Math.min(expected, 50));
    assertThat(rows.get(0).findElements(By.tagName("td")).get(2).getText()).matches("\\d+");
    assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("blood：");
    screenshot("rejects");

    driver.manage().deleteAllCookies();
    signIn("shenqing", "Shenqing-Passw0rd");
    assertThat(driver.findElements(By.id("nav-loads"))).isEmpty();
    assertThat(get("/loads").statusCode()).isEqualTo(403);
  }

  /**
   * The acceptance pack from the console: the contract with conditions is offered, the pack is
   * built in the background (the form goes to the run's page, which follows it), its payment
   * verdicts shown once built, and the ZIP downloaded from the run holds the manifest with the
   * files' hashes.
   */
  @Test
  @Order(12)
  void anAcceptancePackIsBuiltAndDownloadedFromTheConsole() throws Exception {
    driver.manage().deleteAllCookies();
    signIn("admin", ADMIN_PASSWORD);
    driver.get(base + "acceptance");
    new Select(driver.findElement(By.id("contract"))).selectByValue("HT-2025-002");
    driver.findElement(By.id("generated-at")).sendKeys("2026-11-05T10:00");
    submit(By.id("build"));
    assertThat(driver.getCurrentUrl()).matches(".*/runs/\\d+$");
    awaitRunOver();
    assertThat(driver.findElement(By.id("outcome")).getText()).isEqualTo("结果：成功");
    assertThat(driver.findElement(By.id("summary")).getText())
        .startsWith("已生成 ")
        .contains("（2025-10-20 至 2026-10-31）", "付款节点：", "30%", "70%")
        .containsAnyOf("满足", "不满足", "需人工确认");
    screenshot("acceptance");
    List<WebElement> links = driver.findElements(By.cssSelector("a.download"));
    assertThat(links).singleElement().extracting(WebElement::getText).asString().endsWith(".zip");
    HttpResponse<byte[]> zip = get(links.get(0).getDomAttribute("href"));
    assertThat(zip.statusCode()).isEqualTo(200);
    List<String> entries = new java.util.ArrayList<>();
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.body()))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.add(e.getName());
      }
    }
    assertThat(entries).contains("00_cover.pdf", "05_payment-milestones.pdf", "manifest.json");
    driver.get(base + "runs");
    assertThat(driver.findElement(By.id("runs")).getText()).contains("acceptance", "440100002");
  }

  /** Follows a link and waits until the browser has left the page. */
  /**
   * A run in the background: the page answers at once with the run queued (the warehouse held, as
   * by a long dashboard query), shows the run list's running runs, follows the run by itself while
   * it runs, and lists its files once it is over, without being reloaded by the test.
   */
  @Test
  @Order(13)
  void aRunInTheBackgroundShowsItsProgressThenItsFiles() throws Exception {
    driver.manage().deleteAllCookies();
    signIn("admin", ADMIN_PASSWORD);
    // Every hospital loaded, every format: a run long enough to be seen running. The form is
    // filled before the warehouse is held (it lists the hospitals loaded in it).
    driver.get(base + "reports/ops-monthly");
    driver.findElement(By.id("period")).sendKeys("2026-10");
    ReportRuns runs = console.context().getBean(ReportRuns.class);
    java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    Thread holder =
        new Thread(
            () ->
                runs.withWarehouse(
                    w -> {
                      held.countDown();
                      try {
                        return release.await(120, java.util.concurrent.TimeUnit.SECONDS);
                      } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                      }
                    }));
    holder.start();
    String runPage;
    try {
      assertThat(held.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      submit(By.id("run"));
      assertThat(driver.getCurrentUrl()).matches(".*/runs/\\d+$");
      runPage = driver.getCurrentUrl();
      assertThat(driver.findElement(By.id("outcome")).getText()).isEqualTo("状态：排队中");
      assertThat(driver.findElement(By.id("progress-text")).getText()).contains("排队等候");
      assertThat(driver.findElements(By.cssSelector("a.download"))).isEmpty();
      screenshot("run-queued");

      driver.get(base + "runs");
      assertThat(driver.findElement(By.id("busy")).getText()).startsWith("1 个运行正在排队或运行中");
      assertThat(driver.findElement(By.cssSelector("#runs tbody tr")).getText()).contains("排队中");
      driver.get(runPage);
    } finally {
      release.countDown();
      holder.join();
    }
    // The page follows the run: its steps while it runs (k / n 步), then its files.
    boolean[] seenRunning = {false};
    new WebDriverWait(driver, Duration.ofSeconds(120))
        .pollingEvery(Duration.ofMillis(100))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .ignoring(org.openqa.selenium.NoSuchElementException.class)
        .until(
            d -> {
              String outcome = textWhileReloading(d, "outcome");
              if (outcome == null) {
                return false;
              }
              if (outcome.equals("状态：运行中")
                  && !seenRunning[0]
                  && d.findElement(By.id("progress-count")).getText().matches("\\d+ / \\d+ 步.*")) {
                seenRunning[0] = true;
                try {
                  screenshot("run-progress");
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              }
              return outcome.startsWith("结果：");
            });
    assertThat(driver.getCurrentUrl()).isEqualTo(runPage);
    assertThat(driver.findElement(By.id("outcome")).getText()).isEqualTo("结果：成功");
    assertThat(driver.findElements(By.id("progress"))).isEmpty();
    assertThat(driver.findElements(By.cssSelector("a.download")))
        .extracting(WebElement::getText)
        .contains("ops-monthly_441700001_2026-10.pdf", "ops-monthly_441700001_2026-10.xlsx");
    screenshot("run-done");
    System.out.println("运行中的进度" + (seenRunning[0] ? "已截图" : "未来得及截图（运行太快）"));
  }

  /**
   * A report with options (major-fault's fault levels) has a drop-down per option on its run form;
   * the run page says which was chosen and the files are named after it.
   */
  @Test
  @Order(14)
  void aReportsOptionIsChosenOnTheFormAndShownOnTheRun() throws Exception {
    driver.manage().deleteAllCookies();
    signIn("admin", ADMIN_PASSWORD);
    driver.get(base + "reports/major-fault");
    org.openqa.selenium.support.ui.Select severity =
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("option-severity")));
    assertThat(severity.getFirstSelectedOption().getText()).isEqualTo("仅一级故障");
    assertThat(severity.getOptions())
        .extracting(WebElement::getText)
        .containsExactly("仅一级故障", "一级和二级故障");
    severity.selectByValue("2");
    // One hospital, so that the run's page offers the HTML view.
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("hospital")))
        .selectByValue("441700001");
    driver.findElement(By.id("period")).sendKeys("2026-10");
    screenshot("report-options");
    submit(By.id("run"));
    awaitRunOver();
    assertThat(driver.findElement(By.id("outcome")).getText()).isEqualTo("结果：成功");
    assertThat(driver.findElement(By.id("run-options")).getText()).isEqualTo("故障级别：一级和二级故障");
    assertThat(driver.findElements(By.cssSelector("a.download")))
        .extracting(WebElement::getText)
        .contains("major-fault_441700001_2026-10_severity-2.pdf");

    // Read in the page, with the same option: the view's drop-down and subtitle say so.
    submit(By.id("view-run"));
    assertThat(driver.getCurrentUrl()).contains("option.severity=2");
    assertThat(
            new org.openqa.selenium.support.ui.Select(
                    driver.findElement(By.id("view-option-severity")))
                .getFirstSelectedOption()
                .getText())
        .isEqualTo("一级和二级故障");
    assertThat(driver.findElement(By.id("subtitle")).getText()).contains("一级和二级故障");

    // A schedule can carry the option too: the form shows only the chosen report's drop-downs.
    driver.get(base + "schedules/new");
    org.openqa.selenium.support.ui.Select report =
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("report")));
    report.selectByValue("ops-monthly");
    assertThat(driver.findElement(By.id("options-major-fault")).isDisplayed()).isFalse();
    report.selectByValue("major-fault");
    assertThat(driver.findElement(By.id("options-major-fault")).isDisplayed()).isTrue();
    new org.openqa.selenium.support.ui.Select(
            driver.findElement(By.id("option-major-fault-severity")))
        .selectByValue("2");
    screenshot("schedule-options");
  }

  /**
   * Waits for the run page to show the run over: its script reloads the page once the run has
   * succeeded or failed.
   */
  private static void awaitRunOver() {
    new WebDriverWait(driver, Duration.ofSeconds(120))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .ignoring(org.openqa.selenium.NoSuchElementException.class)
        .until(
            d -> {
              String outcome = textWhileReloading(d, "outcome");
              return outcome != null && outcome.startsWith("结果：");
            });
  }

  /**
   * The text of an element of a page that reloads itself, or null when the page was being torn down
   * as it was read (see {@link #tornDown}).
   */
  private static String textWhileReloading(org.openqa.selenium.WebDriver d, String id) {
    try {
      return d.findElement(By.id(id)).getText();
    } catch (org.openqa.selenium.WebDriverException e) {
      if (tornDown(e)) {
        return null;
      }
      throw e;
    }
  }

  /**
   * Whether an error means the element's page is being torn down. Chromium reports such an element
   * either as stale or, mid-navigation, as a node that "does not belong to the document".
   */
  private static boolean tornDown(org.openqa.selenium.WebDriverException e) {
    return e instanceof org.openqa.selenium.StaleElementReferenceException
        || (e.getMessage() != null && e.getMessage().contains("does not belong to the document"));
  }

  private static void submitLink(WebElement link) {
    WebElement page = driver.findElement(By.tagName("html"));
    link.click();
    new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> left(page));
  }

  /**
   * Every cell of the delivered workbook: the patients' names in full (approved), and no 18-digit
   * ID number, no 11-digit mobile number and no contact's full name anywhere.
   */
  private static void assertMaskedButTheApprovedName(byte[] xlsx) throws IOException {
    List<String> cells = new java.util.ArrayList<>();
    try (var book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
      var format = new org.apache.poi.ss.usermodel.DataFormatter();
      for (var sheet : book) {
        for (var row : sheet) {
          for (var cell : row) {
            cells.add(format.formatCellValue(cell));
          }
        }
      }
    }
    assertThat(cells).contains("张三丰", "李四");
    Path csv =
        dir.resolve("in/medrec-qc/october/input/medrec/medrec_front_pages_430100003_2026Q4.csv");
    List<String> lines = Files.readAllLines(csv);
    int column = List.of(lines.get(0).split(",", -1)).indexOf("contact_name");
    List<String> contacts =
        lines.stream()
            .skip(1)
            .map(l -> l.split(",", -1)[column])
            .filter(c -> !c.isEmpty())
            .toList();
    assertThat(contacts).contains("李秀兰", "王强");
    for (String c : cells) {
      assertThat(c).doesNotContainPattern("\\d{17}[\\dXx]").doesNotContainPattern("1[3-9]\\d{9}");
      assertThat(contacts).doesNotContain(c);
    }
  }

  /**
   * Clicks a form's submit button and waits until the browser has left the page: a click returns
   * once the event is dispatched, and a {@code driver.get} or a lookup right after it could
   * otherwise run against the page being left (on a loaded machine, the sign-in's POST was
   * overtaken by the next {@code get}, which then went without a session).
   */
  private static void submit(By button) {
    WebElement page = driver.findElement(By.tagName("html"));
    driver.findElement(button).click();
    new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> left(page));
  }

  /** Whether the element's page has been left ({@link #tornDown}). */
  private static boolean left(WebElement page) {
    try {
      page.isEnabled();
      return false;
    } catch (org.openqa.selenium.WebDriverException e) {
      if (tornDown(e)) {
        return true;
      }
      throw e;
    }
  }

  private static void signIn(String user, String password) {
    driver.get(base + "login");
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(password);
    submit(By.id("sign-in"));
  }

  /**
   * The administrator creates the account with an initial password and the hospitals ({@code *}:
   * all); the user's first sign-in is sent to replace it, and it is replaced by {@code password}.
   */
  private static void createUser(String name, String password, String role, String... hospitals)
      throws IOException {
    createUser(name, password, role, List.of(), hospitals);
  }

  /** Creates an account on 用户管理, ticking its hospitals and (a vendor's) contracts. */
  private static void createUser(
      String name, String password, String role, List<String> contracts, String... hospitals)
      throws IOException {
    driver.manage().deleteAllCookies();
    signIn("admin", ADMIN_PASSWORD);
    driver.get(base + "admin/users");
    driver.findElement(By.id("new-username")).sendKeys(name);
    driver.findElement(By.id("new-password")).sendKeys(INITIAL_PASSWORD);
    new Select(driver.findElement(By.id("new-role"))).selectByValue(role);
    for (String h : hospitals) {
      driver.findElement(By.id(h.equals("*") ? "new-all-hospitals" : "new-hospital-" + h)).click();
    }
    for (String c : contracts) {
      driver.findElement(By.id("new-contract-" + c)).click();
    }
    submit(By.id("create-user"));
    assertThat(driver.findElement(By.cssSelector("p.notice")).getText())
        .startsWith("已创建用户 " + name);

    driver.manage().deleteAllCookies();
    signIn(name, INITIAL_PASSWORD);
    assertThat(driver.getCurrentUrl()).endsWith("/account/password");
    // Any other page is sent back to the form until the initial password is replaced.
    driver.get(base + "reports");
    assertThat(driver.getCurrentUrl()).endsWith("/account/password");
    assertThat(driver.findElement(By.id("must-change")).getText()).contains("请先设置自己的密码");
    if (name.equals("tongji")) {
      screenshot("password");
    }
    driver.findElement(By.id("current")).sendKeys(INITIAL_PASSWORD);
    driver.findElement(By.id("new-password")).sendKeys(password);
    driver.findElement(By.id("confirm")).sendKeys(password);
    submit(By.id("change-password"));
    assertThat(driver.findElement(By.cssSelector("p.notice")).getText()).isEqualTo("密码已修改");
  }

  private static String sessionCookie() {
    Cookie c = driver.manage().getCookieNamed("JSESSIONID");
    return "JSESSIONID=" + c.getValue();
  }

  /** GET with the browser's session. */
  private static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
    return HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(10))
        .build()
        .send(
            HttpRequest.newBuilder(URI.create(base).resolve(path))
                .header("Cookie", sessionCookie())
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  private static void screenshot(String name) throws IOException {
    // The page's Chinese font may still be loading (the served Noto Sans SC, on a machine without
    // a Chinese system font): wait for it, or the picture shows empty boxes.
    driver.executeAsyncScript(
        "const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => done(true));");
    Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
