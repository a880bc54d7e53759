package org.baobiao.console.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.baobiao.console.ConsoleOptions;
import org.baobiao.console.run.BackgroundRuns;
import org.baobiao.console.run.ReportRuns;
import org.baobiao.console.run.RunFileOnDisk;
import org.baobiao.console.schedule.ScheduleService;
import org.baobiao.console.security.Access;
import org.baobiao.console.store.ConsoleStore;
import org.baobiao.console.store.Role;
import org.baobiao.console.store.RunRecord;
import org.baobiao.jobs.report.ReportCatalogService;
import org.baobiao.jobs.service.InvalidRequestException;
import org.baobiao.reports.catalog.ReportFormat;
import org.baobiao.reports.catalog.ReportSpec;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Sign-in, home, the report catalog, the run form, the run history and downloads. */
@Controller
public class PageController {
  private final ReportCatalogService catalog;
  private final ReportRuns runs;
  private final ConsoleStore store;
  private final ConsoleOptions options;
  private final Access access;

  private final ScheduleService schedules;
  private final BackgroundRuns background;

  public PageController(
      ReportCatalogService catalog,
      ReportRuns runs,
      BackgroundRuns background,
      ConsoleStore store,
      ConsoleOptions options,
      Access access,
      ScheduleService schedules) {
    this.schedules = schedules;
    this.background = background;
    this.access = access;
    this.catalog = catalog;
    this.runs = runs;
    this.store = store;
    this.options = options;
  }

  @GetMapping("/login")
  public String login() {
    return "login";
  }

  @GetMapping("/")
  public String home(Model model, Principal principal) {
    model.addAttribute("reportCount", readable(principal).size());
    model.addAttribute("runs", visibleRuns(principal, 5));
    // A vendor does not see schedules (their pages are the SLA reports only).
    model.addAttribute(
        "failing",
        access.role(principal.getName()) == Role.VENDOR
            ? List.of()
            : schedules.failing().stream()
                .filter(
                    v -> access.maySee(principal, v.schedule().reportId(), v.schedule().hospital()))
                .toList());
    model.addAttribute("warehouse", options.warehouse());
    return "home";
  }

  /** The refusal page; any method, since a refused POST is forwarded here too. */
  @RequestMapping("/denied")
  public String denied() {
    return "denied";
  }

  @GetMapping("/reports")
  public String reports(Model model, Principal principal) {
    model.addAttribute("reports", readable(principal));
    return "reports";
  }

  @GetMapping("/reports/{id}")
  public String report(@PathVariable String id, Model model, Principal principal) {
    ReportSpec spec = spec(id);
    access.requireReport(principal, spec.id());
    model.addAttribute("report", spec);
    model.addAttribute("hospitals", grantedHospitals(principal));
    model.addAttribute("contracts", access.contractChoices(principal));
    return "report";
  }

  /** The loaded hospitals the user is granted, code → name. */
  private Map<String, String> grantedHospitals(Principal principal) {
    return runs.hospitals(access.grants(principal.getName()));
  }

  @PostMapping("/reports/{id}/run")
  public String run(
      @PathVariable String id,
      @RequestParam(defaultValue = "") String period,
      @RequestParam(defaultValue = "") String hospital,
      @RequestParam(name = "format", required = false) List<String> formats,
      @RequestParam Map<String, String> form,
      Principal principal,
      HttpServletRequest request) {
    ReportSpec spec = spec(id);
    Map<String, String> options = options(form);
    access.requireReport(principal, spec.id(), hospital.isBlank() ? null : hospital, options);
    List<String> asked = formats == null ? List.of() : formats;
    String user = principal.getName();
    String target = spec.id() + " " + period + (hospital.isBlank() ? "" : " " + hospital);
    String from = request.getRemoteAddr();
    RunRecord submitted =
        background.submit(
            user,
            spec.id(),
            period,
            hospital.isBlank() ? null : hospital,
            asked,
            options,
            (run, status, message) ->
                store.audit(
                    user,
                    "运行报表",
                    target,
                    status.label(),
                    "运行 #" + run + (message == null ? "" : "：" + message),
                    from));
    return "redirect:/runs/" + submitted.id();
  }

  /** The report's options among a form's fields: {@code option.<name>}, a drop-down per CHOICE. */
  static Map<String, String> options(Map<String, String> form) {
    Map<String, String> options = new TreeMap<>();
    form.forEach(
        (name, value) -> {
          if (name.startsWith("option.") && !value.isBlank()) {
            options.put(name.substring("option.".length()), value.strip());
          }
        });
    return options;
  }

  /** Rows per page of the HTML view. */
  static final int VIEW_PAGE_SIZE = 50;

  /**
   * A report's datasets as HTML tables for one granted hospital, computed now: every dataset's
   * first page, or one dataset paged ({@code dataset}, {@code page}). Everyone who may read the
   * report may view it; the view is audited as a run is.
   */
  @GetMapping("/reports/{id}/view")
  public String view(
      @PathVariable String id,
      @RequestParam(defaultValue = "") String period,
      @RequestParam(defaultValue = "") String hospital,
      @RequestParam(required = false) String dataset,
      @RequestParam(defaultValue = "1") int page,
      @RequestParam Map<String, String> fields,
      Model model,
      Principal principal,
      HttpServletRequest request) {
    ReportSpec spec = spec(id);
    Map<String, String> options = options(fields);
    access.requireReport(principal, spec.id());
    String h = hospital.isBlank() ? null : hospital;
    if (h != null) {
      access.requireHospital(principal, h);
    }
    model.addAttribute("report", spec);
    model.addAttribute("hospitals", grantedHospitals(principal));
    model.addAttribute("period", period);
    model.addAttribute("hospital", hospital);
    model.addAttribute("dataset", dataset);
    model.addAttribute("options", options);
    model.addAttribute("optionQuery", Labels.optionQuery(options));
    model.addAttribute("view", null);
    model.addAttribute("problem", null);
    model.addAttribute("contracts", access.contractChoices(principal));
    if (period.isBlank() || h == null) {
      return "report-view";
    }
    // Computing the figures: a vendor only with one of its contracts (the empty form is shown).
    access.requireReport(principal, spec.id(), h, options);
    try {
      model.addAttribute(
          "view",
          runs.view(
              spec.id(),
              period,
              h,
              options,
              dataset == null || dataset.isBlank() ? null : dataset,
              page,
              VIEW_PAGE_SIZE));
      CurrentUser.audit(
          store,
          request,
          "查看报表",
          spec.id()
              + " "
              + period
              + " "
              + h
              + (dataset == null ? "" : " " + dataset)
              + (options.isEmpty() ? "" : " " + RunRecord.optionsText(options)),
          "成功",
          "第 " + page + " 页");
    } catch (InvalidRequestException | IllegalArgumentException e) {
      model.addAttribute("problem", ReportRuns.message(e));
    }
    return "report-view";
  }

  @GetMapping("/runs")
  public String history(Model model, Principal principal) {
    List<RunRecord> shown = visibleRuns(principal, 200);
    model.addAttribute("runs", shown);
    model.addAttribute("busy", shown.stream().filter(r -> !r.status().finished()).count());
    return "runs";
  }

  @GetMapping("/runs/{id}")
  public String runPage(@PathVariable long id, Model model, Principal principal) {
    RunRecord r =
        store
            .run(id)
            .orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有编号为 " + id + " 的运行记录"));
    access.requireRun(principal, r);
    model.addAttribute("run", r);
    model.addAttribute("mayCancel", !r.status().finished() && access.mayCancel(principal, r));
    model.addAttribute("optionQuery", Labels.optionQuery(r.options()));
    model.addAttribute(
        "report",
        catalog.reports().stream()
            .filter(s -> s.id().equals(r.reportId()))
            .findFirst()
            .orElse(null));
    return "run";
  }

  /**
   * Cancels a background run: a queued one at once, a running one at its next step (its page then
   * shows 已取消 once its worker has stopped). Audited.
   */
  @PostMapping("/runs/{id}/cancel")
  public String cancel(
      @PathVariable long id,
      Principal principal,
      HttpServletRequest request,
      org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
    RunRecord r =
        store
            .run(id)
            .orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有编号为 " + id + " 的运行记录"));
    access.requireCancel(principal, r);
    BackgroundRuns.Cancellation c = background.cancel(id, principal.getName());
    String said = c.text();
    CurrentUser.audit(
        store,
        request,
        "取消运行",
        "运行 #" + id + " " + r.reportId() + " " + r.period(),
        c.accepted() ? "成功" : "未取消",
        said);
    redirect.addFlashAttribute("notice", said);
    return "redirect:/runs/" + id;
  }

  /**
   * Where a run is, for its page's script while it is queued or running: its status and label, the
   * steps done of the total and the last step in Chinese, the reason once failed, and when it
   * started (Asia/Shanghai).
   */
  @GetMapping("/runs/{id}/progress")
  @org.springframework.web.bind.annotation.ResponseBody
  public RunProgressView progress(@PathVariable long id, Principal principal) {
    RunRecord r =
        store
            .run(id)
            .orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有编号为 " + id + " 的运行记录"));
    access.requireRun(principal, r);
    return RunProgressView.of(r);
  }

  /** A run's status for polling (see {@link #progress}). */
  public record RunProgressView(
      String status,
      String label,
      boolean finished,
      int done,
      int total,
      int percent,
      String text,
      String message,
      String startedAt) {
    private static final java.time.format.DateTimeFormatter TIME =
        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static RunProgressView of(RunRecord r) {
      RunRecord.Progress p = r.progress();
      return new RunProgressView(
          r.status().name(),
          r.status().label(),
          r.status().finished(),
          p == null ? 0 : p.done(),
          p == null ? 0 : p.total(),
          p == null ? 0 : p.percent(),
          p == null ? null : p.text(),
          r.message(),
          r.startedAt() == null ? null : TIME.format(r.startedAt()));
    }
  }

  /**
   * A file of a run, found by the run's id and the file's index: no path comes from the request.
   */
  @GetMapping("/runs/{id}/files/{index}")
  public ResponseEntity<FileSystemResource> download(
      @PathVariable long id,
      @PathVariable int index,
      Principal principal,
      HttpServletRequest request)
      throws IOException {
    Optional<RunRecord> run = store.run(id);
    if (run.isPresent()) {
      access.requireRun(principal, run.get());
    }
    Optional<RunFileOnDisk> file = run.flatMap(r -> runs.file(r, index));
    if (file.isEmpty()) {
      CurrentUser.audit(store, request, "下载", "运行 #" + id + " 文件 " + index, "失败", "文件不存在");
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "文件不存在或已被删除");
    }
    CurrentUser.audit(store, request, "下载", "运行 #" + id + " " + file.get().name(), "成功", null);
    return file.get().response();
  }

  /** The catalog's reports the user's role may read. */
  private List<ReportSpec> readable(Principal principal) {
    Role role = access.role(principal.getName());
    return catalog.reports().stream().filter(s -> Access.mayRead(role, s.id())).toList();
  }

  /** The latest runs the user may see (of the latest runs of all). */
  private List<RunRecord> visibleRuns(Principal principal, int limit) {
    List<RunRecord> visible = access.visible(principal, store.runs(Math.max(limit, 500)));
    return visible.subList(0, Math.min(limit, visible.size()));
  }

  private ReportSpec spec(String id) {
    try {
      return catalog.report(id);
    } catch (InvalidRequestException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
    }
  }

  /** Format names for the form: pdf, xlsx, csv. */
  public static String formatName(ReportFormat f) {
    return f.extension();
  }
}
