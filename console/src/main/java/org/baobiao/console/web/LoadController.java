package org.baobiao.console.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.baobiao.console.run.ReportRuns;
import org.baobiao.console.security.Access;
import org.baobiao.etl.source.ReasonCode;
import org.baobiao.jobs.housekeeping.RejectedRows;
import org.baobiao.jobs.housekeeping.WarehouseService;
import org.baobiao.jobs.housekeeping.WarehouseStatus;
import org.baobiao.jobs.service.InvalidRequestException;
import org.baobiao.warehouse.load.LoadBatch;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Load status (数据装载): the warehouse's data version, its load batches (latest first, a failed one in
 * red with its message) and the rejected rows counted by domain and reason, each count leading to
 * the rows behind it — jobs' {@link WarehouseService}, as {@code baobiao status}. Rejects are not
 * kept per hospital, so only users granted every hospital see them; their personal values are
 * stored masked.
 */
@Controller
public class LoadController {
  /** Batches listed, latest first. */
  static final int BATCHES = 200;

  /** Rejected rows per page. */
  static final int PAGE_SIZE = 50;

  private final ReportRuns runs;
  private final Access access;

  public LoadController(ReportRuns runs, Access access) {
    this.runs = runs;
    this.access = access;
  }

  /** A reject count with its reason in Chinese. */
  public record ReasonRow(String domain, String reasonCode, String reason, long count) {}

  @GetMapping("/loads")
  public String status(Model model, Principal principal) {
    requireAllHospitals(principal);
    WarehouseStatus s = runs.withWarehouse(w -> new WarehouseService(w).status());
    List<LoadBatch> latest = new ArrayList<>(s.batches());
    Collections.reverse(latest);
    latest = latest.subList(0, Math.min(BATCHES, latest.size()));
    model.addAttribute("status", s);
    model.addAttribute("batches", latest);
    model.addAttribute(
        "failed", s.batches().stream().filter(b -> b.status().name().equals("FAILED")).count());
    model.addAttribute(
        "reasons",
        s.rejects().stream()
            .map(
                r ->
                    new ReasonRow(
                        r.domain(), r.reasonCode(), ReasonCode.titleOf(r.reasonCode()), r.count()))
            .toList());
    return "loads";
  }

  @GetMapping("/loads/rejects")
  public String rejects(
      @RequestParam String domain,
      @RequestParam String reason,
      @RequestParam(defaultValue = "1") int page,
      Model model,
      Principal principal) {
    requireAllHospitals(principal);
    RejectedRows rows;
    try {
      rows =
          runs.withWarehouse(w -> new WarehouseService(w).rejects(domain, reason, page, PAGE_SIZE));
    } catch (InvalidRequestException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
    model.addAttribute("rows", rows);
    model.addAttribute("reason", ReasonCode.titleOf(reason));
    return "rejects";
  }

  private void requireAllHospitals(Principal principal) {
    if (!access.grants(principal.getName()).all()) {
      throw new Access.Refusal("装载记录和被拒绝的行不区分医院，只有被授权查看全部医院的用户可以查看");
    }
  }
}
