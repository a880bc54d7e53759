package org.baobiao.console.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.baobiao.console.schedule.InvalidScheduleException;
import org.baobiao.console.schedule.Schedule;
import org.baobiao.console.schedule.ScheduleDraft;
import org.baobiao.console.schedule.ScheduleService;
import org.baobiao.console.schedule.ScheduleView;
import org.baobiao.console.security.Access;
import org.baobiao.console.store.ConsoleStore;
import org.baobiao.console.store.RunRecord;
import org.baobiao.console.store.RunStatus;
import org.baobiao.console.web.CurrentUser;
import org.baobiao.jobs.service.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Schedules as JSON, the actions of the 定时任务 pages through the same {@link ScheduleService}: the
 * schedules the user may see (failed ones first), one with its runs, add, run now and remove. A
 * malformed schedule is 422 with every problem in Chinese and nothing saved; a schedule outside the
 * user's reports or hospitals is 403.
 */
@RestController
@RequestMapping("/api/schedules")
public class ScheduleApiController {
  private final ScheduleService schedules;
  private final Access access;
  private final ConsoleStore store;

  public ScheduleApiController(ScheduleService schedules, Access access, ConsoleStore store) {
    this.schedules = schedules;
    this.access = access;
    this.store = store;
  }

  /** A schedule as the API shows it. */
  public record ScheduleJson(
      long id,
      String report,
      String title,
      String hospital,
      String period,
      String cron,
      List<String> formats,
      List<String> recipients,
      int retries,
      boolean enabled,
      OffsetDateTime nextFire,
      boolean failed,
      String lastOutcome,
      String lastMessage,
      String createdBy,
      Map<String, String> options) {
    static ScheduleJson of(ScheduleView v) {
      Schedule s = v.schedule();
      return new ScheduleJson(
          s.id(),
          s.reportId(),
          v.title(),
          s.hospital(),
          s.period().label(),
          s.cron(),
          s.formats(),
          s.recipients(),
          s.retries(),
          s.enabled(),
          v.nextFire(),
          v.failed(),
          v.lastRun() == null ? null : v.lastRun().outcome(),
          v.lastRun() == null ? null : v.lastRun().message(),
          s.createdBy(),
          s.options());
    }
  }

  /** A schedule with its latest runs. */
  public record ScheduleDetails(ScheduleJson schedule, List<ApiController.RunView> runs) {}

  /**
   * A new schedule: report id, hospital (blank: all loaded), relative period (上月, 上季度, 去年, 统计年度,
   * 昨天), cron (Asia/Shanghai), formats, recipients (comma separated), retries (0–10), enabled, and
   * the report's options by name (e.g. {@code {"severity": "2"}}; absent: the defaults).
   */
  public record ScheduleBody(
      String report,
      String hospital,
      String period,
      String cron,
      List<String> formats,
      String recipients,
      Integer retries,
      Boolean enabled,
      Map<String, String> options) {}

  @GetMapping
  public List<ScheduleJson> list(Principal principal) {
    return schedules.list().stream()
        .filter(v -> access.maySee(principal, v.schedule().reportId(), v.schedule().hospital()))
        .sorted(Comparator.comparing((ScheduleView v) -> !v.failed()))
        .map(ScheduleJson::of)
        .toList();
  }

  @GetMapping("/{id}")
  public ScheduleDetails one(@PathVariable long id, Principal principal) {
    ScheduleView v = visible(id, principal);
    return new ScheduleDetails(
        ScheduleJson.of(v),
        access.visible(principal, schedules.runs(id)).stream().map(ApiController::view).toList());
  }

  @PostMapping
  public ResponseEntity<?> add(
      @RequestBody ScheduleBody body, Principal principal, HttpServletRequest request) {
    String hospital = body.hospital() == null || body.hospital().isBlank() ? null : body.hospital();
    if (body.report() != null) {
      access.requireReport(principal, body.report());
    }
    access.requireHospital(principal, hospital);
    ScheduleDraft d =
        new ScheduleDraft(
            body.report(),
            body.hospital(),
            body.period(),
            body.cron(),
            body.formats(),
            body.recipients(),
            body.retries() == null ? "" : body.retries().toString(),
            body.enabled() == null || body.enabled(),
            body.options());
    try {
      Schedule s = schedules.add(d, principal.getName());
      CurrentUser.audit(store, request, "创建定时任务", s.who(), "成功", "API");
      return ResponseEntity.status(HttpStatus.CREATED)
          .body(ScheduleJson.of(schedules.find(s.id()).orElseThrow()));
    } catch (InvalidScheduleException e) {
      CurrentUser.audit(store, request, "创建定时任务", body.report(), "失败", e.getMessage());
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("status", 422);
      error.put("error", "定时任务未保存");
      error.put("problems", e.problems());
      return ResponseEntity.unprocessableEntity().body(error);
    }
  }

  /**
   * Queues a schedule's run now, as {@code POST /api/reports/{id}/runs} does a report's: 202
   * Accepted with the run (status {@code QUEUED}, its period resolved now) and its address in
   * {@code Location}, to be polled and cancelled like any run; 422 with the run recorded as failed
   * when the queue is full.
   */
  @PostMapping("/{id}/runs")
  public ResponseEntity<ApiController.RunView> runNow(@PathVariable long id, Principal principal) {
    visible(id, principal);
    RunRecord r = schedules.runNow(id, principal.getName());
    if (r.status() == RunStatus.FAILED) {
      return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(ApiController.view(r));
    }
    return ResponseEntity.accepted()
        .location(URI.create("/api/runs/" + r.id()))
        .body(ApiController.view(r));
  }

  @DeleteMapping("/{id}")
  public ResponseEntity<Void> remove(
      @PathVariable long id, Principal principal, HttpServletRequest request) {
    ScheduleView v = visible(id, principal);
    schedules.remove(id);
    CurrentUser.audit(store, request, "删除定时任务", v.schedule().who(), "成功", "API");
    return ResponseEntity.noContent().build();
  }

  private ScheduleView visible(long id, Principal principal) {
    ScheduleView v;
    try {
      v =
          schedules
              .find(id)
              .orElseThrow(() -> new InvalidRequestException("没有编号为 " + id + " 的定时任务"));
    } catch (InvalidRequestException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
    }
    access.requireReport(principal, v.schedule().reportId());
    access.requireHospital(principal, v.schedule().hospital());
    return v;
  }
}
