package org.baobiao.console.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baobiao.console.ConsoleApplication;
import org.baobiao.console.ConsoleOptions;
import org.baobiao.console.security.ApiTokens;
import org.baobiao.console.web.DashboardController;
import org.baobiao.jobs.cli.BaobiaoCommand;
import org.baobiao.jobs.cli.Console;
import org.baobiao.jobs.dashboard.Dashboard;
import org.baobiao.jobs.dashboard.DashboardService;
import org.baobiao.jobs.report.ReportOrder;
import org.baobiao.jobs.report.ReportService;
import org.baobiao.jobs.service.Configuration;
import org.baobiao.jobs.service.ServiceFixture;
import org.baobiao.jobs.sla.SlaEvaluationRequest;
import org.baobiao.jobs.sla.SlaService;
import org.baobiao.reports.run.ReportPeriod;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console on the Spark + Delta Lake engine ({@code ./baobiao --engine spark serve}): a real
 * console on a random port over a Delta warehouse in local Spark, holding the golden ops-monthly
 * fixture (October 2026), loaded and SLA-evaluated through the command line on Spark. A month's
 * report run over the API gives the same files, byte for byte, as the DuckDB engine on the same
 * data; the dashboard (page and API) shows the DuckDB engine's figures.
 */
class SparkConsoleIT {
  private static final String HOSPITAL = "441700001";
  private static final String ADMIN_PASSWORD = "Admin-Passw0rd-1";

  /**
   * Local Spark kept small: two cores, small shuffle and snapshot partitions. The command line's
   * loads start Spark in this JVM before the console: without Hadoop's URL stream handler factory,
   * as the console asks of the Spark session it starts, so that Tomcat can set its own.
   */
  private static final Map<String, String> SPARK =
      Map.of(
          "spark.master", "local[2]",
          "spark.sql.shuffle.partitions", "2",
          "spark.databricks.delta.snapshotPartitions", "1",
          "spark.sql.defaultUrlStreamHandlerFactory.enabled", "false");

  @TempDir static Path dir;
  static ServiceFixture duckdb;
  static ConsoleApplication.Running console;
  static String token;

  @BeforeAll
  static void start() throws Exception {
    duckdb = ServiceFixture.in(dir.resolve("duck"));
    duckdb.load("reference", "ops-monthly/october/input/reference");
    duckdb.load("tickets", "ops-monthly/october/input/tickets");
    Path delta = dir.resolve("spark/delta");
    cli(
        delta,
        "ingest",
        "--domain",
        "reference",
        duckdb.copy("ops-monthly/october/input/reference"));
    cli(delta, "ingest", "--domain", "tickets", duckdb.copy("ops-monthly/october/input/tickets"));
    // The SLA clocks, so that the dashboard has figures.
    new SlaService(duckdb.warehouse(), duckdb.configuration())
        .evaluate(new SlaEvaluationRequest(HOSPITAL, null));
    cli(delta, "sla", "evaluate", "--hospital", HOSPITAL);
    console =
        ConsoleApplication.start(
            new ConsoleOptions(0, "127.0.0.1", delta, dir.resolve("conf"), false)
                .withEngine("spark", SPARK),
            Map.of("BAOBIAO_ADMIN_PASSWORD", ADMIN_PASSWORD));
    token = console.context().getBean(ApiTokens.class).create("admin", "测试", null);
  }

  @AfterAll
  static void stop() {
    if (console != null) {
      console.close();
    }
    if (duckdb != null) {
      duckdb.close();
    }
  }

  /** {@code baobiao --engine spark --warehouse DELTA args...} in this JVM: 0, or 3 for rejects. */
  private static void cli(Path delta, Object... args) {
    StringWriter out = new StringWriter();
    Console c = new Console(new PrintWriter(out, true), new PrintWriter(out, true), false);
    List<String> all =
        new ArrayList<>(List.of("--engine", "spark", "--warehouse", delta.toString()));
    SPARK.forEach((k, v) -> all.addAll(List.of("--conf", k + "=" + v)));
    for (Object a : args) {
      all.add(a.toString());
    }
    int code = BaobiaoCommand.commandLine(c).execute(all.toArray(String[]::new));
    assertThat(code).as(out.toString()).isIn(0, 3);
  }

  @Test
  void aMonthReportRunOverTheApiGivesTheDuckdbEnginesFiles() throws Exception {
    HttpResponse<String> run =
        call(
            "POST",
            "api/reports/ops-monthly/runs",
            "{\"period\":\"2026-10\",\"hospital\":\"" + HOSPITAL + "\",\"formats\":[\"csv\"]}");
    assertThat(run.statusCode()).as(run.body()).isEqualTo(202);
    String done = awaitFinished(run.headers().firstValue("Location").orElseThrow());
    assertThat(done).contains("\"status\":\"SUCCEEDED\"");

    // The same report on the DuckDB engine, through the same service, on the same data.
    Path expected = dir.resolve("duck-out");
    List<Path> duckFiles =
        new ReportService(
                duckdb.warehouse(), Configuration.bundled().reports(), ConsoleApplication.CLOCK)
            .run(
                new ReportOrder(
                    "ops-monthly",
                    ReportPeriod.parse("2026-10"),
                    HOSPITAL,
                    List.of("csv"),
                    expected,
                    Map.of()),
                step -> {})
            .files();
    assertThat(duckFiles).hasSizeGreaterThan(1);

    Map<String, String> sparkFiles = new TreeMap<>();
    Matcher file =
        Pattern.compile("\"name\":\"([^\"]+)\",\"size\":\\d+,\"href\":\"([^\"]+)\"").matcher(done);
    while (file.find()) {
      HttpResponse<String> csv =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(console.address()).resolve(file.group(2)))
                      .header("Authorization", "Bearer " + token)
                      .build(),
                  HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(csv.statusCode()).isEqualTo(200);
      sparkFiles.put(file.group(1), csv.body());
    }
    Map<String, String> duckByName = new TreeMap<>();
    for (Path f : duckFiles) {
      duckByName.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
    }
    assertThat(sparkFiles.keySet()).isEqualTo(duckByName.keySet());
    // The header lines name the engine, its data version and the time; the rows are the same.
    duckByName.forEach(
        (name, text) -> {
          assertThat(sparkFiles.get(name)).as(name).contains("# 引擎: spark");
          assertThat(rows(sparkFiles.get(name))).as(name).isEqualTo(rows(text));
        });
    // Not an empty month: the summary counts tickets.
    assertThat(duckByName.values()).anyMatch(t -> t.lines().count() > 2);
  }

  @Test
  void theDashboardShowsTheDuckdbEnginesFigures() throws Exception {
    HttpResponse<String> api =
        call("GET", "api/dashboard?hospital=" + HOSPITAL + "&year=2026", null);
    assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
    assertThat(api.body()).contains("\"hospital\":\"" + HOSPITAL + "\"");

    Principal admin = () -> "admin";
    Dashboard spark =
        console.context().getBean(DashboardController.class).forUser(admin, HOSPITAL, 2026);
    Dashboard duck =
        new DashboardService(
                duckdb.warehouse(), Configuration.bundled().reports(), ConsoleApplication.CLOCK)
            .dashboard(HOSPITAL, 2026);
    assertThat(spark.sections()).isNotEmpty().anyMatch(Dashboard.Section::hasFigures);
    assertThat(spark)
        .usingRecursiveComparison()
        .ignoringFields("dataVersion")
        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
        .isEqualTo(duck);

    // The page, signed in through the form, lists the hospital loaded into the Delta tables.
    HttpClient browser = signedIn();
    String page = page(browser, "dashboard?hospital=" + HOSPITAL + "&year=2026");
    assertThat(page).contains(HOSPITAL, duck.hospitalName());
    String view = page(browser, "reports/ops-monthly/view?period=2026-10&hospital=" + HOSPITAL);
    assertThat(view).contains(HOSPITAL).doesNotContain("出错");
  }

  /** A CSV file's lines without its {@code #} header lines. */
  private static List<String> rows(String csv) {
    return csv.replace("\uFEFF", "").lines().filter(l -> !l.startsWith("#")).toList();
  }

  private static String awaitFinished(String location) throws Exception {
    long until = System.currentTimeMillis() + 120_000;
    while (true) {
      String body = call("GET", location.substring(1), null).body();
      if (body.contains("\"status\":\"SUCCEEDED\"") || body.contains("\"status\":\"FAILED\"")) {
        return body;
      }
      assertThat(System.currentTimeMillis()).as(body).isLessThan(until);
      Thread.sleep(200);
    }
  }

  private static HttpResponse<String> call(String method, String path, String json)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(console.address() + path))
            .header("Authorization", "Bearer " + token);
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    b.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    return HttpClient.newHttpClient()
        .send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A client signed in as admin through the sign-in form (with its CSRF token). */
  private static HttpClient signedIn() throws Exception {
    HttpClient c =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page(c, "login"));
    assertThat(csrf.find()).isTrue();
    String form =
        "username=admin&password="
            + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8)
            + "&_csrf="
            + csrf.group(1);
    HttpResponse<String> r =
        c.send(
            HttpRequest.newBuilder(URI.create(console.address() + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    return c;
  }

  private static String page(HttpClient c, String path) throws Exception {
    HttpResponse<String> r =
        c.send(
            HttpRequest.newBuilder(URI.create(console.address() + path)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return r.body();
  }
}
