package org.baobiao.console.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import org.baobiao.console.run.ReportRuns;
import org.baobiao.console.security.Access;
import org.baobiao.console.store.ConsoleStore;
import org.baobiao.jobs.service.Configuration;
import org.baobiao.jobs.service.InvalidRequestException;
import org.baobiao.jobs.sla.SlaService;
import org.baobiao.jobs.sla.TicketExplanation;
import org.baobiao.jobs.sla.TicketExplanationRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A ticket's service-level clocks explained (工单服务级别说明), the page behind a disputed figure: the
 * ticket's timeline, the contract in force and, per clock, the rule, the working time counted, the
 * pauses and the verdict — jobs' {@link SlaService#explain}, the same text as {@code baobiao sla
 * explain}. For every role, vendors included, within the user's hospitals.
 */
@Controller
public class SlaController {
  private final ReportRuns runs;
  private final Configuration configuration;
  private final Access access;
  private final ConsoleStore store;

  public SlaController(
      ReportRuns runs, Configuration configuration, Access access, ConsoleStore store) {
    this.runs = runs;
    this.configuration = configuration;
    this.access = access;
    this.store = store;
  }

  @GetMapping("/sla/tickets")
  public String explain(
      @RequestParam(defaultValue = "") String hospital,
      @RequestParam(defaultValue = "") String ticket,
      Model model,
      Principal principal,
      HttpServletRequest request) {
    model.addAttribute("hospital", hospital);
    model.addAttribute("ticket", ticket);
    model.addAttribute("hospitals", runs.hospitals());
    model.addAttribute("explanation", null);
    model.addAttribute("problem", null);
    if (hospital.isBlank() || ticket.isBlank()) {
      return "sla-ticket";
    }
    access.requireHospital(principal, hospital.strip());
    try {
      TicketExplanation e = explain(principal, hospital.strip(), ticket.strip());
      model.addAttribute("explanation", e);
      model.addAttribute("lines", List.of(e.text().split("\n")));
      CurrentUser.audit(
          store, request, "工单SLA说明", hospital.strip() + " " + ticket.strip(), "成功", null);
    } catch (InvalidRequestException | IllegalArgumentException e) {
      model.addAttribute("problem", e.getMessage());
    }
    return "sla-ticket";
  }

  /**
   * The ticket's clocks under the hospital's contract in force; for a vendor under its own contract
   * of the hospital only, refused when the ticket falls under none of them.
   */
  private TicketExplanation explain(Principal principal, String hospital, String ticket) {
    List<String> own = access.vendorContractsAt(principal, hospital);
    TicketExplanationRequest asked =
        new TicketExplanationRequest(
            ticket, hospital, null, own == null ? null : java.util.Set.copyOf(own));
    try {
      return runs.withWarehouse(w -> new SlaService(w, configuration).explain(asked));
    } catch (SlaService.OutsideContractsException e) {
      throw new Access.Refusal(
          "工单 "
              + ticket
              + " 不在您的合同的服务期内，无权查看其计时（已授权合同："
              + (own.isEmpty() ? "无" : String.join("、", own))
              + "）");
    }
  }
}
