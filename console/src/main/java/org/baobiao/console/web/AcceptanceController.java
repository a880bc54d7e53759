package org.baobiao.console.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.baobiao.console.run.BackgroundRuns;
import org.baobiao.console.run.ReportRuns;
import org.baobiao.console.security.Access;
import org.baobiao.console.store.ConsoleStore;
import org.baobiao.console.store.RunRecord;
import org.baobiao.console.store.RunStatus;
import org.baobiao.sla.contract.Contract;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The acceptance pack (验收资料包) from the console, as {@code baobiao acceptance}: the contracts a pack
 * can be built for (of the user's hospitals) and the form; the pack is built in the background as a
 * run of the history ({@link BackgroundRuns#acceptance}), followed on its run page (progress,
 * cancel, the payment verdicts once built) and downloaded and granted as report runs are.
 * Administrators and statisticians build packs.
 */
@Controller
public class AcceptanceController {
  private final ReportRuns runs;
  private final BackgroundRuns background;
  private final Access access;
  private final ConsoleStore store;

  public AcceptanceController(
      ReportRuns runs, BackgroundRuns background, Access access, ConsoleStore store) {
    this.runs = runs;
    this.background = background;
    this.access = access;
    this.store = store;
  }

  @GetMapping("/acceptance")
  public String form(Model model, Principal principal) {
    model.addAttribute("contracts", contracts(runs, access, principal));
    model.addAttribute("problem", null);
    return "acceptance";
  }

  @PostMapping("/acceptance")
  public String build(
      @RequestParam String contract,
      @RequestParam(defaultValue = "") String period,
      @RequestParam(defaultValue = "") String generatedAt,
      Model model,
      Principal principal,
      HttpServletRequest request) {
    List<Contract> contracts = contracts(runs, access, principal);
    Contract c = contract(contracts, contract);
    access.requireHospital(principal, c.orgCode());
    model.addAttribute("contracts", contracts);
    model.addAttribute("problem", null);
    LocalDateTime at;
    try {
      at = generatedAt(generatedAt);
    } catch (IllegalArgumentException e) {
      model.addAttribute("problem", e.getMessage());
      return "acceptance";
    }
    RunRecord r = submit(background, store, request, principal.getName(), c, period, at, "");
    if (r.status() == RunStatus.FAILED) {
      model.addAttribute("problem", r.message());
      return "acceptance";
    }
    return "redirect:/runs/" + r.id();
  }

  /**
   * Queues the pack, audited as {@code 验收资料包} once it is over (the page's and the API's alike).
   *
   * @param via how the audit says it was asked ("" from the pages, "API ")
   */
  public static RunRecord submit(
      BackgroundRuns background,
      ConsoleStore store,
      HttpServletRequest request,
      String username,
      Contract c,
      String period,
      LocalDateTime at,
      String via) {
    String from = request.getRemoteAddr();
    String target = c.id() + (period == null || period.isBlank() ? "" : " " + period.strip());
    return background.acceptance(
        username,
        c,
        period,
        at,
        (run, status, message) ->
            store.audit(
                username,
                "验收资料包",
                target,
                status.label(),
                via + "运行 #" + run + (message == null ? "" : "：" + message),
                from));
  }

  /** The generation time as typed, or null for now (blank). */
  public static LocalDateTime generatedAt(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(text.strip().replace(' ', 'T'));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("生成时间 '" + text + "' 格式不对：应写成 2026-11-05T10:00（北京时间）", e);
    }
  }

  /** The contract among those the user may build a pack for; 404 otherwise. */
  public static Contract contract(List<Contract> contracts, String id) {
    return contracts.stream()
        .filter(x -> x.id().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "合同 " + id + " 不能生成验收资料包（无验收条件、未评估或未获授权）"));
  }

  /** The contracts with acceptance conditions of the hospitals the user is granted. */
  public static List<Contract> contracts(ReportRuns runs, Access access, Principal principal) {
    var grants = access.grants(principal.getName());
    return runs.acceptanceContracts().stream().filter(c -> grants.allows(c.orgCode())).toList();
  }
}
