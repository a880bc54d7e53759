package org.baobiao.console.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.baobiao.console.run.BackgroundRuns;
import org.baobiao.console.run.ReportRuns;
import org.baobiao.console.security.Access;
import org.baobiao.console.store.ConsoleStore;
import org.baobiao.console.store.RunRecord;
import org.baobiao.console.store.RunStatus;
import org.baobiao.console.web.AcceptanceController;
import org.baobiao.sla.contract.Contract;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Acceptance packs (验收资料包) through the API, as the page builds them: the contracts a pack can be
 * built for, and a pack queued as a background run ({@link BackgroundRuns#acceptance}), polled,
 * cancelled and downloaded under {@code /api/runs/{id}} like a report's run. Administrators and
 * statisticians.
 */
@RestController
@RequestMapping("/api/acceptance")
public class AcceptanceApiController {
  private final ReportRuns runs;
  private final BackgroundRuns background;
  private final Access access;
  private final ConsoleStore store;

  public AcceptanceApiController(
      ReportRuns runs, BackgroundRuns background, Access access, ConsoleStore store) {
    this.runs = runs;
    this.background = background;
    this.access = access;
    this.store = store;
  }

  /** A contract a pack can be built for, with its service period. */
  public record ContractView(
      String id, String title, String hospital, LocalDate effectiveFrom, LocalDate effectiveTo) {}

  /**
   * A pack asked for: {@code period} as {@code 2025-10-20..2026-10-31} (absent: the contract's
   * service period), {@code generatedAt} as {@code 2026-11-05T10:00} in Beijing time (absent: now).
   */
  public record PackOrder(String period, String generatedAt) {}

  /** The contracts with acceptance conditions, evaluated, of the user's hospitals. */
  @GetMapping("/contracts")
  public List<ContractView> contracts(Principal user) {
    return AcceptanceController.contracts(runs, access, user).stream()
        .map(
            c ->
                new ContractView(
                    c.id(), c.title(), c.orgCode(), c.effectiveFrom(), c.effectiveTo()))
        .toList();
  }

  /**
   * Queues a contract's pack: 202 Accepted with the run (status {@code QUEUED}) and its address in
   * {@code Location}; 422 with the run recorded as failed when it cannot start (a period in a wrong
   * form, a full queue); 400 for a generation time in a wrong form; 404 for a contract without
   * acceptance conditions, not evaluated or not granted.
   */
  @PostMapping("/contracts/{contract}/packs")
  public ResponseEntity<ApiController.RunView> build(
      @PathVariable String contract,
      @RequestBody(required = false) PackOrder order,
      Principal user,
      HttpServletRequest request) {
    Contract c =
        AcceptanceController.contract(AcceptanceController.contracts(runs, access, user), contract);
    access.requireHospital(user, c.orgCode());
    PackOrder o = order == null ? new PackOrder(null, null) : order;
    java.time.LocalDateTime at;
    try {
      at = AcceptanceController.generatedAt(o.generatedAt());
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
    RunRecord r =
        AcceptanceController.submit(
            background, store, request, user.getName(), c, o.period(), at, "API ");
    if (r.status() == RunStatus.FAILED) {
      return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(ApiController.view(r));
    }
    return ResponseEntity.accepted()
        .location(URI.create("/api/runs/" + r.id()))
        .body(ApiController.view(r));
  }
}
