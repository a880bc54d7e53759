package org.baobiao.console.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.baobiao.console.run.ReportRuns;
import org.baobiao.console.security.Access;
import org.baobiao.console.store.ConsoleStore;
import org.baobiao.console.store.RunRecord;
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
 * can be built for (of the user's hospitals), the form, and the built pack's payment verdicts and
 * files; the ZIP is a run of the history, downloaded and granted as report runs are. Administrators
 * and statisticians build packs.
 */
@Controller
public class AcceptanceController {
  private final ReportRuns runs;
  private final Access access;
  private final ConsoleStore store;

  public AcceptanceController(ReportRuns runs, Access access, ConsoleStore store) {
    this.runs = runs;
    this.access = access;
    this.store = store;
  }

  @GetMapping("/acceptance")
  public String form(Model model, Principal principal) {
    model.addAttribute("contracts", contracts(principal));
    model.addAttribute("problem", null);
    model.addAttribute("result", null);
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
    List<Contract> contracts = contracts(principal);
    Contract c =
        contracts.stream()
            .filter(x -> x.id().equals(contract))
            .findFirst()
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "合同 " + contract + " 不能生成验收资料包（无验收条件、未评估或未获授权）"));
    access.requireHospital(principal, c.orgCode());
    model.addAttribute("contracts", contracts);
    model.addAttribute("result", null);
    model.addAttribute("problem", null);
    LocalDateTime at;
    try {
      at =
          generatedAt.isBlank() ? null : LocalDateTime.parse(generatedAt.strip().replace(' ', 'T'));
    } catch (DateTimeParseException e) {
      model.addAttribute("problem", "生成时间 '" + generatedAt + "' 格式不对：应写成 2026-11-05T10:00（北京时间）");
      return "acceptance";
    }
    ReportRuns.AcceptanceRun run = runs.acceptance(principal.getName(), c, period, at);
    RunRecord r = store.run(run.runId()).orElseThrow();
    CurrentUser.audit(
        store,
        request,
        "验收资料包",
        c.id() + (period.isBlank() ? "" : " " + period),
        r.outcome(),
        "运行 #" + run.runId() + (r.message() == null ? "" : "：" + r.message()));
    if (run.pack() == null) {
      model.addAttribute("problem", r.message());
      return "acceptance";
    }
    model.addAttribute("result", run);
    model.addAttribute("contract", c);
    model.addAttribute("zipName", run.pack().zip().getFileName().toString());
    return "acceptance";
  }

  /** The contracts with acceptance conditions of the hospitals the user is granted. */
  private List<Contract> contracts(Principal principal) {
    var grants = access.grants(principal.getName());
    return runs.acceptanceContracts().stream().filter(c -> grants.allows(c.orgCode())).toList();
  }
}
