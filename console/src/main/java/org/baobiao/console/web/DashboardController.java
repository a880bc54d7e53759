package org.baobiao.console.web;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.baobiao.console.ConsoleApplication;
import org.baobiao.console.run.ReportRuns;
import org.baobiao.console.security.Access;
import org.baobiao.console.store.Role;
import org.baobiao.jobs.dashboard.Dashboard;
import org.baobiao.jobs.dashboard.DashboardService;
import org.baobiao.jobs.service.Configuration;
import org.baobiao.jobs.service.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The managers' dashboard: a granted hospital's year from jobs' {@link DashboardService}, with its
 * trends drawn by ECharts. A vendor sees only the sections of the reports it may read. Computed
 * dashboards are kept per hospital, year, day and warehouse stamp, so a new load shows new figures.
 */
@Controller
public class DashboardController {
  private final ReportRuns runs;
  private final Configuration configuration;
  private final Access access;
  private final Map<String, Dashboard> computed = new ConcurrentHashMap<>();

  public DashboardController(ReportRuns runs, Configuration configuration, Access access) {
    this.runs = runs;
    this.configuration = configuration;
    this.access = access;
  }

  @GetMapping("/dashboard")
  public String dashboard(
      @RequestParam(required = false) String hospital,
      @RequestParam(required = false) Integer year,
      Principal principal,
      Model model) {
    Map<String, String> hospitals = runs.hospitals(access.grants(principal.getName()));
    model.addAttribute("hospitals", hospitals);
    if (hospitals.isEmpty()) {
      return "dashboard";
    }
    String chosen =
        hospital == null || hospital.isBlank() ? hospitals.keySet().iterator().next() : hospital;
    Dashboard d = forUser(principal, chosen, year);
    List<Dashboard.Section> sections = d.sections();
    model.addAttribute("dashboard", d);
    model.addAttribute("sections", sections);
    model.addAttribute("charts", charts(sections));
    return "dashboard";
  }

  /**
   * The dashboard of a granted hospital with only the sections the user's role may read (the API's
   * use): for a vendor, the SLA sections of each of its own contracts of the hospital, computed for
   * that contract alone (none when it has no contract there).
   */
  public Dashboard forUser(Principal principal, String hospital, Integer year) {
    access.requireHospital(principal, hospital);
    // A vendor: the SLA sections of its own contracts of this hospital only.
    List<String> contracts = access.vendorContractsAt(principal, hospital);
    Dashboard d;
    try {
      d = computed(hospital, year, contracts);
    } catch (InvalidRequestException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
    Role role = access.role(principal.getName());
    return new Dashboard(
        d.hospital(),
        d.hospitalName(),
        d.year(),
        d.through(),
        d.dataVersion(),
        d.sections().stream().filter(s -> Access.mayRead(role, s.reportId())).toList());
  }

  /**
   * The dashboard as computed for this hospital, year, day and warehouse as it is on disk (its
   * stamp changes with every load): a manager's page opens the warehouse only the first time after
   * a change, so that many readers do not queue for the one use of the warehouse at a time.
   */
  private Dashboard computed(String hospital, Integer year, List<String> contracts) {
    String key =
        hospital
            + "|"
            + year
            + "|"
            + contracts
            + "|"
            + java.time.LocalDate.now(ConsoleApplication.CLOCK)
            + "|"
            + runs.warehouseStamp();
    Dashboard cached = computed.get(key);
    if (cached != null) {
      return cached;
    }
    Dashboard d =
        runs.withWarehouse(
            w ->
                contracts == null
                    ? new DashboardService(w, configuration.reports(), ConsoleApplication.CLOCK)
                        .dashboard(hospital, year)
                    : new DashboardService(w, configuration.reports(), ConsoleApplication.CLOCK)
                        .contractDashboard(hospital, year, contracts));
    if (computed.size() > 200) {
      computed.clear();
    }
    computed.put(key, d);
    return d;
  }

  /** Each section's trend as plain lists and maps for the page's script: no record to serialise. */
  private static List<Map<String, Object>> charts(List<Dashboard.Section> sections) {
    List<Map<String, Object>> charts = new ArrayList<>();
    for (Dashboard.Section s : sections) {
      if (s.trend().isEmpty()) {
        continue;
      }
      List<Map<String, Object>> series = new ArrayList<>();
      for (Dashboard.Series x : s.trend()) {
        List<Object> values = new ArrayList<>();
        for (BigDecimal v : x.values()) {
          values.add(v == null ? null : v.doubleValue());
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", x.name());
        m.put("values", values);
        series.add(m);
      }
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("id", "chart-" + s.key());
      c.put("unit", s.trend().get(0).unit());
      c.put("months", s.trend().get(0).months());
      c.put("series", series);
      charts.add(c);
    }
    return charts;
  }
}
