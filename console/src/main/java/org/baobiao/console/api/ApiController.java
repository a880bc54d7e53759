package org.baobiao.console.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.baobiao.console.run.BackgroundRuns;
import org.baobiao.console.run.ReportRuns;
import org.baobiao.console.run.RunFileOnDisk;
import org.baobiao.console.security.Access;
import org.baobiao.console.store.ConsoleStore;
import org.baobiao.console.store.Role;
import org.baobiao.console.store.RunRecord;
import org.baobiao.console.store.RunStatus;
import org.baobiao.console.web.CurrentUser;
import org.baobiao.console.web.DashboardController;
import org.baobiao.jobs.dashboard.Dashboard;
import org.baobiao.jobs.report.ReportCatalogService;
import org.baobiao.jobs.service.InvalidRequestException;
import org.baobiao.reports.catalog.ReportFormat;
import org.baobiao.reports.catalog.ReportSpec;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The console's actions as JSON for machine clients (a hospital's scheduler, a BI tool), with the
 * same services, grants and audit as the pages: the catalog, the granted hospitals, the dashboard,
 * report runs, the run history and downloads. Errors are {@code {"status", "error"}} in Chinese
 * ({@link ApiErrors}).
 */
@RestController
@RequestMapping("/api")
public class ApiController {
  private final ReportCatalogService catalog;
  private final ReportRuns runs;
  private final ConsoleStore store;
  private final Access access;
  private final DashboardController dashboards;

  private final BackgroundRuns background;

  public ApiController(
      ReportCatalogService catalog,
      ReportRuns runs,
      BackgroundRuns background,
      ConsoleStore store,
      Access access,
      DashboardController dashboards) {
    this.catalog = catalog;
    this.runs = runs;
    this.background = background;
    this.store = store;
    this.access = access;
    this.dashboards = dashboards;
  }

  /** A report of the catalog. */
  public record ReportView(
      String id,
      int version,
      String title,
      String description,
      List<ParameterView> parameters,
      List<String> formats) {}

  /** A report parameter. */
  public record ParameterView(
      String name, String label, String type, boolean required, List<String> granularities) {}

  /**
   * A run and its files (downloaded by {@code href}).
   *
   * @param status {@code QUEUED}, {@code RUNNING}, {@code SUCCEEDED} or {@code FAILED}
   * @param outcome the status in Chinese
   * @param queuedAt when it was asked for; {@code startedAt} when it began computing (null while
   *     queued)
   * @param progress steps done of the total and the last step in Chinese, or null before the first
   */
  public record RunView(
      long id,
      String report,
      String period,
      String hospital,
      List<String> formats,
      Map<String, String> options,
      String user,
      OffsetDateTime queuedAt,
      OffsetDateTime startedAt,
      OffsetDateTime finishedAt,
      String status,
      String outcome,
      ProgressView progress,
      String message,
      List<FileView> files) {}

  /** How far a run is: {@code done} of {@code total} steps, the last one said in {@code text}. */
  public record ProgressView(int done, int total, String text) {}

  /** A file of a run. */
  public record FileView(int index, String name, long size, String href) {}

  /**
   * A run asked for: the report's period (e.g. 2026-10), a hospital code, formats (pdf, xlsx, csv)
   * and the report's options by name (e.g. {@code {"severity": "2"}}; absent: every default).
   */
  public record RunOrder(
      String period, String hospital, List<String> formats, Map<String, String> options) {}

  @GetMapping("/reports")
  public List<ReportView> reports(Principal user) {
    Role role = access.role(user.getName());
    return catalog.reports().stream()
        .filter(s -> Access.mayRead(role, s.id()))
        .map(ApiController::view)
        .toList();
  }

  @GetMapping("/reports/{id}")
  public ReportView report(@PathVariable String id, Principal user) {
    ReportSpec spec = spec(id);
    access.requireReport(user, spec.id());
    return view(spec);
  }

  /** The loaded hospitals the user may see, code → name. */
  @GetMapping("/hospitals")
  public Map<String, String> hospitals(Principal user) {
    return runs.hospitals(access.grants(user.getName()));
  }

  @GetMapping("/dashboard")
  public Dashboard dashboard(
      @RequestParam String hospital, @RequestParam(required = false) Integer year, Principal user) {
    return dashboards.forUser(user, hospital, year);
  }

  /**
   * Queues a run of a report and answers at once: 202 Accepted with the run (status {@code QUEUED})
   * and its address in {@code Location}, to be polled until {@code SUCCEEDED} or {@code FAILED}; or
   * 422 with the run recorded as failed when it cannot start (a period in a wrong form, no format,
   * a full queue).
   */
  @PostMapping("/reports/{id}/runs")
  public ResponseEntity<RunView> run(
      @PathVariable String id,
      @RequestBody RunOrder order,
      Principal user,
      HttpServletRequest request) {
    ReportSpec spec = spec(id);
    if (!CurrentUser.runs(access.role(user.getName()))) {
      throw new Access.Refusal("当前角色（" + access.role(user.getName()).label() + "）不能生成报表");
    }
    String hospital =
        order.hospital() == null || order.hospital().isBlank() ? null : order.hospital();
    access.requireReport(user, spec.id(), hospital, order.options());
    List<String> formats =
        order.formats() == null
            ? spec.formats().stream().map(ReportFormat::extension).toList()
            : order.formats();
    String period = order.period() == null ? "" : order.period();
    String name = user.getName();
    String target = spec.id() + " " + period + (hospital == null ? "" : " " + hospital);
    String from = request.getRemoteAddr();
    RunRecord submitted =
        background.submit(
            name,
            spec.id(),
            period,
            hospital,
            formats,
            order.options() == null ? Map.of() : order.options(),
            (run, status, message) ->
                store.audit(
                    name,
                    "运行报表",
                    target,
                    status.label(),
                    "API 运行 #" + run + (message == null ? "" : "：" + message),
                    from));
    if (submitted.status() == RunStatus.FAILED) {
      return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(view(submitted));
    }
    return ResponseEntity.accepted()
        .location(URI.create("/api/runs/" + submitted.id()))
        .body(view(submitted));
  }

  @GetMapping("/runs")
  public List<RunView> history(@RequestParam(defaultValue = "50") int limit, Principal user) {
    int n = Math.max(1, Math.min(limit, 500));
    List<RunRecord> visible = access.visible(user, store.runs(500));
    return visible.subList(0, Math.min(n, visible.size())).stream()
        .map(ApiController::view)
        .toList();
  }

  /** What a cancellation did: the run as it is now, and what was done, in Chinese. */
  public record Cancelled(String outcome, String message, RunView run) {}

  /**
   * Cancels a background run: 200 when it was queued (now {@code CANCELLED}); 202 when it is
   * running and will stop at its next step (poll the run); 409 when it is over or not a run of this
   * server's queue (a schedule's, the command line's). Only its own user or an administrator.
   */
  @PostMapping("/runs/{id}/cancel")
  public ResponseEntity<Cancelled> cancel(
      @PathVariable long id, Principal user, HttpServletRequest request) {
    RunRecord r = run(id);
    access.requireCancel(user, r);
    BackgroundRuns.Cancellation c = background.cancel(id, user.getName());
    String said = c.text();
    boolean done = c.accepted();
    CurrentUser.audit(
        store,
        request,
        "取消运行",
        "运行 #" + id + " " + r.reportId() + " " + r.period(),
        done ? "成功" : "未取消",
        "API：" + said);
    Cancelled body = new Cancelled(c.name(), said, view(run(id)));
    return switch (c) {
      case CANCELLED -> ResponseEntity.ok(body);
      case STOPPING -> ResponseEntity.accepted().location(URI.create("/api/runs/" + id)).body(body);
      case OVER, NOT_HERE -> ResponseEntity.status(HttpStatus.CONFLICT).body(body);
    };
  }

  @GetMapping("/runs/{id}")
  public RunView runById(@PathVariable long id, Principal user) {
    RunRecord r = run(id);
    access.requireRun(user, r);
    return view(r);
  }

  @GetMapping("/runs/{id}/files/{index}")
  public ResponseEntity<FileSystemResource> download(
      @PathVariable long id, @PathVariable int index, Principal user, HttpServletRequest request) {
    RunRecord r = run(id);
    access.requireRun(user, r);
    RunFileOnDisk file =
        runs.file(r, index)
            .orElseThrow(
                () -> {
                  CurrentUser.audit(
                      store, request, "下载", "运行 #" + id + " 文件 " + index, "失败", "文件不存在");
                  return new ResponseStatusException(HttpStatus.NOT_FOUND, "文件不存在或已被删除");
                });
    CurrentUser.audit(store, request, "下载", "运行 #" + id + " " + file.name(), "成功", "API");
    return file.response();
  }

  private RunRecord run(long id) {
    return store
        .run(id)
        .orElseThrow(
            () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有编号为 " + id + " 的运行记录"));
  }

  private ReportSpec spec(String id) {
    try {
      return catalog.report(id);
    } catch (InvalidRequestException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
    }
  }

  private static ReportView view(ReportSpec s) {
    return new ReportView(
        s.id(),
        s.version(),
        s.title(),
        s.description(),
        s.parameters().stream()
            .map(
                p ->
                    new ParameterView(
                        p.name(), p.label(), p.type().name(), p.required(), p.granularities()))
            .toList(),
        s.formats().stream().map(ReportFormat::extension).toList());
  }

  static RunView view(RunRecord r) {
    return new RunView(
        r.id(),
        r.reportId(),
        r.period(),
        r.hospital(),
        r.formats() == null || r.formats().isBlank() ? List.of() : List.of(r.formats().split(",")),
        r.options(),
        r.username(),
        r.queuedAt(),
        r.startedAt(),
        r.finishedAt(),
        r.status().name(),
        r.outcome(),
        r.progress() == null
            ? null
            : new ProgressView(r.progress().done(), r.progress().total(), r.progress().text()),
        r.message(),
        r.files().stream()
            .map(
                f ->
                    new FileView(
                        f.index(),
                        f.name(),
                        f.size(),
                        "/api/runs/" + r.id() + "/files/" + f.index()))
            .toList());
  }
}
