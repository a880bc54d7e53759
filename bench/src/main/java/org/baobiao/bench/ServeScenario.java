package org.baobiao.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code serve}: the web console ({@code baobiao serve}, its own executable jar, in a child JVM) on
 * the demo's warehouse at {@code --scale}, under concurrent users, each signed in with a session of
 * their own (the administrator's account, which sees every hospital). The timed runs are 50 users
 * loading the managers' dashboard of one hospital, {@value #REQUESTS} requests in all; the baseline
 * is the same load on the sign-in page, which touches neither the warehouse nor the console
 * database (the ratio is what the dashboard costs over the web stack). After the runs, {@link
 * #details} measures the latency percentiles of the dashboard and of a month report's HTML view at
 * 1, 10 and 50 users, and an on-demand month report (PDF + XLSX) from the form's post to its run
 * being over. Issue 17's goals: dashboard p95 ≤ 300 ms at 50 users; the report ready ≤ 3 s.
 *
 * <p>Each user's requests go one after the other over a kept-alive connection of a {@link
 * KeepAliveClient}, a load generator as cheap as {@code wrk}: it shares the two cores with the
 * server it measures.
 */
final class ServeScenario implements Scenario {
  static final int REQUESTS = 1000;
  static final int USERS = 50;
  static final double DASHBOARD_P95_GOAL_MS = 300;
  static final double REPORT_GOAL_SECONDS = 3;
  private static final String PASSWORD = "Bench-Passw0rd-1";
  private static final String HOSPITAL = "441700001";
  private static final String MONTH = "2026-10";

  /** On the dashboard page only (the sign-in page it would redirect to has not got it). */
  private static final String DASHBOARD_MARK = "id=\"dashboard-scope\"";

  private final int scale;
  private final long seed;
  private final Path consoleJar;
  private final int requests;
  private final int users;
  private Path warehouse;
  private Path givenWarehouse;
  private Process server;
  private String base;
  private final List<HttpClient> sessions = new ArrayList<>();

  /** Each signed-in session's cookie, for the load's {@link KeepAliveClient}s. */
  private final List<String> cookies = new ArrayList<>();

  private int port;
  private final List<Double> timedDashboard = Collections.synchronizedList(new ArrayList<>());
  private final List<Load> measured = new ArrayList<>();
  private final List<Double> onDemand = new ArrayList<>();
  private int calls;

  ServeScenario(int scale, long seed, Path consoleJar) {
    this(scale, seed, consoleJar, REQUESTS);
  }

  ServeScenario(int scale, long seed, Path consoleJar, int requests) {
    this(scale, seed, consoleJar, requests, USERS);
  }

  /**
   * A load of another size, for tests.
   *
   * @param requests requests per run and per measured load
   * @param users signed-in users (sessions), the most concurrent users of a load
   */
  ServeScenario(int scale, long seed, Path consoleJar, int requests, int users) {
    if (users < 1 || requests < users) {
      throw new IllegalArgumentException(
          "用户数应 ≥ 1 且不多于请求数，而不是 " + users + " 个用户、" + requests + " 次请求");
    }
    this.scale = scale;
    this.seed = seed;
    this.consoleJar = consoleJar;
    this.requests = requests;
    this.users = users;
  }

  /**
   * Serves this warehouse (a folder {@code data} of its own) instead of making the demo's: for
   * tests, on a small one.
   */
  void useWarehouse(Path warehouse) {
    this.givenWarehouse = warehouse;
  }

  /**
   * The loads {@link #details} measured, in its order: the dashboard, then the report's HTML view,
   * each at 1, 10 and the scenario's users (fewer levels when it has fewer users).
   */
  List<Load> measured() {
    return List.copyOf(measured);
  }

  /** Seconds of {@link #details}' on-demand report runs, from the form's post to the run's end. */
  List<Double> onDemandSeconds() {
    return List.copyOf(onDemand);
  }

  /** The concurrent users of {@link #details}' loads: 1, 10 and all, without repeats. */
  List<Integer> levels() {
    return java.util.stream.IntStream.of(1, Math.min(10, users), users).distinct().boxed().toList();
  }

  /** Stops the console's JVM, if started. */
  void stop() throws InterruptedException {
    if (server != null) {
      server.destroy();
      if (!server.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        server.destroyForcibly().waitFor();
      }
      server = null;
    }
  }

  @Override
  public String name() {
    return "serve";
  }

  @Override
  public boolean onlyWhenNamed() {
    return true;
  }

  @Override
  public String unit() {
    return "requests";
  }

  /**
   * The console's executable jar of the project the benchmark runs in ({@code
   * console/target/baobiao-console-exec.jar}), found beside the benchmark's jar or from the working
   * folder; null when it is not built.
   */
  static Path consoleJarOfProject() {
    List<Path> projects = new ArrayList<>();
    Path jar = ChildJvm.executableJar();
    if (jar != null && jar.getParent() != null && jar.getParent().getParent() != null) {
      projects.add(jar.getParent().getParent().getParent());
    }
    Path here = Path.of("").toAbsolutePath();
    projects.add(here);
    if (here.getParent() != null) {
      projects.add(here.getParent());
    }
    for (Path p : projects) {
      if (p == null) {
        continue;
      }
      Path c = p.resolve("console/target/baobiao-console-exec.jar");
      if (Files.isRegularFile(c)) {
        return c;
      }
    }
    return null;
  }

  @Override
  public long prepare(Path work) throws Exception {
    if (consoleJar == null || !Files.isRegularFile(consoleJar)) {
      throw new IllegalStateException(
          "场景 serve 需要控制台的可执行 jar（console/target/baobiao-console-exec.jar）："
              + "先运行 ./baobiao serve --help 构建它");
    }
    Path dir =
        givenWarehouse != null
            ? work.resolve("serve-given")
            : work.resolve("serve-scale-" + scale + "-seed-" + seed);
    warehouse = givenWarehouse != null ? givenWarehouse : dir.resolve("data/warehouse.duckdb");
    Path done = dir.resolve("ready.txt");
    if (givenWarehouse != null) {
      Files.createDirectories(dir);
    } else if (!Files.exists(done)) {
      BenchData.delete(dir);
      Files.createDirectories(dir);
      ChildJvm.runOk(
          ChildJvm.application(
              List.of(
                  "--warehouse",
                  warehouse.toString(),
                  "demo",
                  "--scale",
                  Integer.toString(scale),
                  "--seed",
                  Long.toString(seed),
                  "--out",
                  dir.resolve("out").toString())),
          dir,
          3600);
      // The demo's outputs are not what is measured here.
      BenchData.delete(dir.resolve("out"));
      Files.writeString(done, "demo scale " + scale + " seed " + seed);
    }
    if (server == null) {
      start(dir);
    }
    return requests;
  }

  private void start(Path dir) throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    // A console database of its own at every start, so that the administrator's password is ours.
    Files.deleteIfExists(warehouse.resolveSibling("console.mv.db"));
    Files.deleteIfExists(warehouse.resolveSibling("console.trace.db"));
    Path log = dir.resolve("serve.log");
    List<String> command =
        List.of(
            ChildJvm.java(),
            "-Duser.timezone=Asia/Shanghai",
            "-Djava.awt.headless=true",
            "-jar",
            consoleJar.toString(),
            "--warehouse",
            warehouse.toString(),
            "--config",
            dir.resolve("conf").toString(),
            "serve",
            "--port",
            Integer.toString(port));
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    pb.environment().put("BAOBIAO_ADMIN_PASSWORD", PASSWORD);
    server = pb.start();
    Process started = server;
    Runtime.getRuntime().addShutdownHook(new Thread(started::destroy));
    long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
    while (!Files.readString(log, StandardCharsets.UTF_8).contains("控制台已启动")) {
      if (!server.isAlive() || System.nanoTime() > deadline) {
        server.destroyForcibly();
        throw new IllegalStateException(
            "控制台未能启动:\n" + Files.readString(log, StandardCharsets.UTF_8));
      }
      Thread.sleep(200);
    }
    base = "http://127.0.0.1:" + port + "/";
    for (int i = 0; i < users; i++) {
      HttpClient c = signIn();
      sessions.add(c);
      cookies.add(sessionCookie(c));
    }
  }

  private HttpClient signIn() throws Exception {
    HttpClient c =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    String login = get(c, "login").body();
    String form =
        "username=admin&password="
            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
            + "&_csrf="
            + csrf(login);
    HttpResponse<String> r = post(c, "login", form);
    String to = r.headers().firstValue("Location").orElse("");
    if (r.statusCode() != 302 || to.contains("error")) {
      throw new IllegalStateException("登录控制台失败: HTTP " + r.statusCode() + " → " + to);
    }
    return c;
  }

  private static String sessionCookie(HttpClient c) {
    CookieManager cookies = (CookieManager) c.cookieHandler().orElseThrow();
    return cookies.getCookieStore().getCookies().stream()
        .filter(k -> k.getName().equals("JSESSIONID"))
        .map(k -> k.getName() + "=" + k.getValue())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("登录后没有会话 cookie"));
  }

  private static String csrf(String page) {
    Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
    if (!m.find()) {
      throw new IllegalStateException("页面中没有 CSRF 令牌");
    }
    return m.group(1);
  }

  private HttpResponse<String> get(HttpClient c, String path) throws Exception {
    return c.send(
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> post(HttpClient c, String path, String form) throws Exception {
    return c.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .timeout(Duration.ofSeconds(120))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String dashboardPath() {
    return "dashboard?hospital=" + HOSPITAL;
  }

  static String viewPath() {
    return "reports/ops-monthly/view?period=" + MONTH + "&hospital=" + HOSPITAL;
  }

  /**
   * A load: {@code users} signed-in users each asking for {@code path} one request after the other,
   * {@code total} requests in all.
   *
   * @param expect text every answer must contain (a page that is not the one asked for fails)
   */
  Load load(String path, int users, int total, String expect) throws Exception {
    if (users > sessions.size()) {
      throw new IllegalArgumentException("最多 " + sessions.size() + " 个用户");
    }
    int each = Math.max(1, total / users);
    List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(users);
    long serverCpu = serverCpuNanos();
    long clientCpu = clientCpuNanos();
    long start = System.nanoTime();
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int u = 0; u < users; u++) {
        String cookie = cookies.get(u);
        done.add(
            pool.submit(
                () -> {
                  try (KeepAliveClient c = new KeepAliveClient("127.0.0.1", port, cookie)) {
                    for (int i = 0; i < each; i++) {
                      long t = System.nanoTime();
                      KeepAliveClient.Answer r = c.get("/" + path);
                      latencies.add((System.nanoTime() - t) / 1e6);
                      if (r.status() != 200 || !r.body().contains(expect)) {
                        throw new IllegalStateException(
                            path + " 应答 HTTP " + r.status() + "，缺少「" + expect + "」");
                      }
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Load(
        path,
        users,
        latencies.stream().mapToDouble(d -> d).toArray(),
        seconds,
        (serverCpuNanos() - serverCpu) / 1e6,
        (clientCpuNanos() - clientCpu) / 1e6);
  }

  /** CPU time the console's process has used so far (user + system, all its threads). */
  private long serverCpuNanos() {
    return server.toHandle().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
  }

  /** CPU time this process (the load generator) has used so far. */
  private static long clientCpuNanos() {
    return ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class).getProcessCpuTime();
  }

  /**
   * The latencies of a load (ms), its wall time, and the CPU the server and the load generator used
   * meanwhile (ms; the two share the machine's cores, so the generator's share is the server's
   * loss).
   */
  record Load(
      String path,
      int users,
      double[] latenciesMs,
      double seconds,
      double serverCpuMs,
      double clientCpuMs) {
    double percentile(double p) {
      double[] v = latenciesMs.clone();
      Arrays.sort(v);
      // nearest rank
      int rank = (int) Math.ceil(p / 100 * v.length);
      return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
    }

    double throughput() {
      return latenciesMs.length / seconds;
    }

    String line(String what) {
      return String.format(
          "  %s，%d 个并发用户：%d 次请求，p50 %.0f ms，p95 %.0f ms，p99 %.0f ms，吞吐 %.1f 次/秒；"
              + "每次请求 CPU：服务器 %.2f ms，负载生成器 %.2f ms",
          what,
          users,
          latenciesMs.length,
          percentile(50),
          percentile(95),
          percentile(99),
          throughput(),
          serverCpuMs / latenciesMs.length,
          clientCpuMs / latenciesMs.length);
    }
  }

  @Override
  public Timing.Run baobiao(Path run) throws Exception {
    Load l = load(dashboardPath(), users, requests, DASHBOARD_MARK);
    // The first call is the harness's warm-up (the first dashboard is computed then): not counted.
    if (calls++ > 0) {
      for (double d : l.latenciesMs()) {
        timedDashboard.add(d);
      }
    }
    return new Timing.Run(l.seconds(), 0);
  }

  @Override
  public List<Baseline> baselines() {
    return List.of(
        Baseline.reference(
            "sign-in page (no warehouse)",
            requests,
            dir -> new Timing.Run(load("login", users, requests, "_csrf").seconds(), 0)));
  }

  @Override
  public List<String> details() throws Exception {
    List<String> out = new ArrayList<>();
    double[] timed = timedDashboard.stream().mapToDouble(d -> d).toArray();
    if (timed.length > 0) {
      Load all = new Load(dashboardPath(), users, timed, 1, 0, 0);
      double p95 = all.percentile(95);
      out.add(
          String.format(
              "  计时各次（不含预热）合计：首页（管理者看板）%d 个并发用户 p95 %.0f ms（目标 ≤ %.0f ms：%s）",
              users, p95, DASHBOARD_P95_GOAL_MS, p95 <= DASHBOARD_P95_GOAL_MS ? "达到" : "未达到"));
    }
    measured.clear();
    for (int n : levels()) {
      Load l = load(dashboardPath(), n, requests, DASHBOARD_MARK);
      measured.add(l);
      out.add(l.line("首页（管理者看板）"));
    }
    for (int n : levels()) {
      Load l = load(viewPath(), n, requests, "ds-");
      measured.add(l);
      out.add(l.line("ops-monthly " + MONTH + " 网页查看"));
    }
    List<Double> reports = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      reports.add(onDemandReport());
    }
    onDemand.clear();
    onDemand.addAll(reports);
    double median = reports.stream().sorted().toList().get(1);
    out.add(
        String.format(
            "  按需生成 ops-monthly %s（PDF + XLSX，%s）：从提交到完成 %s 秒，中位 %.2f 秒（目标 ≤ %.0f 秒：%s）",
            MONTH,
            HOSPITAL,
            String.join(" / ", reports.stream().map(d -> String.format("%.2f", d)).toList()),
            median,
            REPORT_GOAL_SECONDS,
            median <= REPORT_GOAL_SECONDS ? "达到" : "未达到"));
    return out;
  }

  /** Seconds from posting the run form to the run being over (succeeded). */
  double onDemandReport() throws Exception {
    HttpClient c = sessions.get(0);
    String page = get(c, "reports/ops-monthly").body();
    String form =
        "period=" + MONTH + "&hospital=" + HOSPITAL + "&format=pdf&format=xlsx&_csrf=" + csrf(page);
    long start = System.nanoTime();
    HttpResponse<String> r = post(c, "reports/ops-monthly/run", form);
    String to = r.headers().firstValue("Location").orElse("");
    Matcher m = Pattern.compile("/runs/(\\d+)").matcher(to);
    if (r.statusCode() != 302 || !m.find()) {
      throw new IllegalStateException("提交报表运行失败: HTTP " + r.statusCode() + " → " + to);
    }
    String progress = "runs/" + m.group(1) + "/progress";
    while (true) {
      String json = get(c, progress).body();
      if (json.contains("\"finished\":true")) {
        if (!json.contains("\"status\":\"SUCCEEDED\"")) {
          throw new IllegalStateException("报表运行失败: " + json);
        }
        return (System.nanoTime() - start) / 1e9;
      }
      Thread.sleep(20);
    }
  }
}
