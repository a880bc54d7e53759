package org.baobiao.console.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.baobiao.console.run.ReportRuns;
import org.baobiao.console.schedule.InvalidScheduleException;
import org.baobiao.console.schedule.Schedule;
import org.baobiao.console.schedule.ScheduleDraft;
import org.baobiao.console.schedule.ScheduleService;
import org.baobiao.console.schedule.ScheduleView;
import org.baobiao.console.security.Access;
import org.baobiao.console.store.ConsoleStore;
import org.baobiao.console.store.RunRecord;
import org.baobiao.jobs.report.RelativePeriod;
import org.baobiao.jobs.report.ReportCatalogService;
import org.baobiao.jobs.service.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The schedule pages: the list with next fire times and failures in red, one schedule with its
 * runs, the add/edit form, delete and 立即运行. Everyone signed in reads; 管理员 and 统计员 change (the
 * security configuration refuses the others).
 */
@Controller
public class ScheduleController {
  private final ScheduleService schedules;
  private final ReportCatalogService catalog;
  private final ReportRuns runs;
  private final ConsoleStore store;
  private final Access access;

  public ScheduleController(
      ScheduleService schedules,
      ReportCatalogService catalog,
      ReportRuns runs,
      ConsoleStore store,
      Access access) {
    this.access = access;
    this.schedules = schedules;
    this.catalog = catalog;
    this.runs = runs;
    this.store = store;
  }

  @GetMapping("/schedules")
  public String list(Model model, Principal principal) {
    // Failed ones first: red at the top of the page, not below the fold. Only the schedules of the
    // reports and hospitals the user may see.
    List<ScheduleView> all =
        schedules.list().stream()
            .filter(v -> access.maySee(principal, v.schedule().reportId(), v.schedule().hospital()))
            .sorted(java.util.Comparator.comparing((ScheduleView v) -> !v.failed()))
            .toList();
    model.addAttribute("schedules", all);
    model.addAttribute("failedCount", all.stream().filter(ScheduleView::failed).count());
    return "schedules";
  }

  @GetMapping("/schedules/{id}")
  public String one(@PathVariable long id, Model model, Principal principal) {
    ScheduleView v =
        schedules
            .find(id)
            .orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有编号为 " + id + " 的定时任务"));
    access.requireReport(principal, v.schedule().reportId());
    access.requireHospital(principal, v.schedule().hospital());
    model.addAttribute("v", v);
    model.addAttribute("runs", access.visible(principal, schedules.runs(id)));
    return "schedule";
  }

  @GetMapping("/schedules/new")
  public String create(Model model) {
    return form(
        model,
        null,
        new ScheduleDraft(
            "ops-monthly", "", "上月", "0 0 6 1 * ?", List.of("pdf", "xlsx"), "", "2", true),
        List.of());
  }

  @GetMapping("/schedules/{id}/edit")
  public String edit(@PathVariable long id, Model model) {
    Schedule s = require(id);
    return form(model, s.id(), ScheduleDraft.of(s), List.of());
  }

  @PostMapping("/schedules")
  public String add(
      @RequestParam(defaultValue = "") String report,
      @RequestParam(defaultValue = "") String hospital,
      @RequestParam(defaultValue = "") String period,
      @RequestParam(defaultValue = "") String cron,
      @RequestParam(name = "format", required = false) List<String> formats,
      @RequestParam(defaultValue = "") String recipients,
      @RequestParam(defaultValue = "") String retries,
      @RequestParam(defaultValue = "false") boolean enabled,
      @RequestParam Map<String, String> fields,
      Principal principal,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    ScheduleDraft d =
        draft(report, hospital, period, cron, formats, recipients, retries, enabled, fields);
    try {
      Schedule s = schedules.add(d, principal.getName());
      CurrentUser.audit(store, request, "创建定时任务", s.who(), "成功", summary(s));
      redirect.addFlashAttribute("notice", "已添加定时任务 #" + s.id());
      return "redirect:/schedules";
    } catch (InvalidScheduleException e) {
      CurrentUser.audit(store, request, "创建定时任务", report, "失败", e.getMessage());
      return form(model, null, d, e.problems());
    }
  }

  @PostMapping("/schedules/{id}")
  public String update(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String report,
      @RequestParam(defaultValue = "") String hospital,
      @RequestParam(defaultValue = "") String period,
      @RequestParam(defaultValue = "") String cron,
      @RequestParam(name = "format", required = false) List<String> formats,
      @RequestParam(defaultValue = "") String recipients,
      @RequestParam(defaultValue = "") String retries,
      @RequestParam(defaultValue = "false") boolean enabled,
      @RequestParam Map<String, String> fields,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    require(id);
    ScheduleDraft d =
        draft(report, hospital, period, cron, formats, recipients, retries, enabled, fields);
    try {
      Schedule s = schedules.update(id, d);
      CurrentUser.audit(store, request, "修改定时任务", s.who(), "成功", summary(s));
      redirect.addFlashAttribute("notice", "已保存定时任务 #" + id);
      return "redirect:/schedules";
    } catch (InvalidScheduleException e) {
      CurrentUser.audit(store, request, "修改定时任务", "定时任务#" + id, "失败", e.getMessage());
      return form(model, id, d, e.problems());
    }
  }

  @PostMapping("/schedules/{id}/delete")
  public String delete(
      @PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
    Schedule s = require(id);
    schedules.remove(id);
    CurrentUser.audit(store, request, "删除定时任务", s.who(), "成功", summary(s));
    redirect.addFlashAttribute("notice", "已删除定时任务 #" + id + "（其运行历史保留）");
    return "redirect:/schedules";
  }

  @PostMapping("/schedules/{id}/run")
  public String runNow(@PathVariable long id, Principal principal) {
    require(id);
    return "redirect:/runs/" + schedules.runNow(id, principal.getName()).id();
  }

  /** The form as typed, with the chosen report's options. */
  private static ScheduleDraft draft(
      String report,
      String hospital,
      String period,
      String cron,
      List<String> formats,
      String recipients,
      String retries,
      boolean enabled,
      Map<String, String> fields) {
    return new ScheduleDraft(
        report,
        hospital,
        period,
        cron,
        formats,
        recipients,
        retries,
        enabled,
        options(report, fields));
  }

  /**
   * The chosen report's options: the form lists each report's drop-downs as {@code
   * option.<report>.<name>}; those of other reports are ignored.
   */
  static Map<String, String> options(String report, Map<String, String> fields) {
    String prefix = "option." + report.strip() + ".";
    Map<String, String> out = new LinkedHashMap<>();
    fields.forEach(
        (name, value) -> {
          if (name.startsWith(prefix)) {
            out.put(name.substring(prefix.length()), value);
          }
        });
    return out;
  }

  private Schedule require(long id) {
    try {
      return schedules.require(id);
    } catch (InvalidRequestException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
    }
  }

  private String form(Model model, Long id, ScheduleDraft d, List<String> problems) {
    model.addAttribute("id", id);
    model.addAttribute("d", d);
    model.addAttribute("problems", problems);
    model.addAttribute("reports", catalog.reports());
    model.addAttribute("periods", RelativePeriod.values());
    model.addAttribute("hospitals", runs.hospitals());
    return "schedule-form";
  }

  private static String summary(Schedule s) {
    return s.reportId()
        + " "
        + s.period().label()
        + " Cron "
        + s.cron()
        + (s.options().isEmpty() ? "" : " 选项 " + RunRecord.optionsText(s.options()))
        + (s.enabled() ? "" : "（停用）")
        + (s.recipients().isEmpty() ? "" : " 收件人 " + String.join(",", s.recipients()));
  }
}
