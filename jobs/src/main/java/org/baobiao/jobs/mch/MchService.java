package org.baobiao.jobs.mch;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.baobiao.jobs.service.Configuration;
import org.baobiao.mch.qc.MchQcRun;
import org.baobiao.mch.qc.MchRuleBook;
import org.baobiao.reports.run.ReportPeriod;
import org.baobiao.warehouse.Warehouse;

/** Maternal and child health records: quality control by the MCH rule book (docs/mch-qc.md). */
public final class MchService {
  private final Warehouse warehouse;
  private final Configuration configuration;
  private final Clock clock;

  /**
   * @param warehouse where the MCH records are read and the QC results stored
   * @param configuration the MCH quality rules
   * @param clock the time of a run (the day the future-date rules compare with)
   */
  public MchService(Warehouse warehouse, Configuration configuration, Clock clock) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
    this.configuration = requireNonNull(configuration, "configuration is null");
    this.clock = requireNonNull(clock, "clock is null");
  }

  /**
   * Checks the MCH records of one hospital, or of all, by every rule, replacing earlier results.
   *
   * @param hospital an organisation code, or null for every hospital
   * @param period when given, the result also counts each hospital's records dated in it (an MCH
   *     year is the statistical year, 1 October of the year before to 30 September)
   */
  public MchQcResult qc(String hospital, ReportPeriod period) {
    MchRuleBook book = configuration.mchQcRules();
    List<MchQcRun.Result> results = new MchQcRun(warehouse, book, clock).run(hospital);
    List<MchQcResult.PeriodCounts> counts = new ArrayList<>();
    ReportPeriod p = period == null ? null : period.inStatisticalYears();
    if (p != null) {
      for (MchQcRun.Result r : results) {
        for (Object[] row :
            warehouse
                .query(
                    "SELECT record_title, sum(records), sum(blocked), sum(violations)"
                        + " FROM mch_qc_records WHERE org_code = :org AND record_date >= :start"
                        + " AND record_date < :end GROUP BY record_kind, record_title"
                        + " ORDER BY record_kind",
                    Map.of("org", r.orgCode(), "start", p.start(), "end", p.end()))
                .rows()) {
          counts.add(
              new MchQcResult.PeriodCounts(
                  r.orgCode(),
                  (String) row[0],
                  ((Number) row[1]).longValue(),
                  ((Number) row[2]).longValue(),
                  ((Number) row[3]).longValue()));
        }
      }
    }
    return new MchQcResult(book.rules().size(), book.version(), results, p, counts);
  }
}
