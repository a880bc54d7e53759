package org.baobiao.jobs.mch;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.baobiao.jobs.medrec.Approval;
import org.baobiao.jobs.medrec.UploadAudit;
import org.baobiao.jobs.medrec.UploadResult;
import org.baobiao.jobs.service.Configuration;
import org.baobiao.jobs.service.InvalidRequestException;
import org.baobiao.jobs.service.MchRecordColumns;
import org.baobiao.mch.qc.MchQcRun;
import org.baobiao.mch.qc.MchRuleBook;
import org.baobiao.reports.run.ReportPeriod;
import org.baobiao.reports.submission.FrontPageUpload;
import org.baobiao.reports.submission.RecordUpload;
import org.baobiao.reports.submission.UploadLayout;
import org.baobiao.reports.submission.UploadLayouts;
import org.baobiao.warehouse.Warehouse;

/**
 * Maternal and child health records: quality control by the MCH rule book (docs/mch-qc.md), and the
 * provincial MCH platform upload files in a submission layout, each audited.
 */
public final class MchService {
  static final String UPLOAD_KIND = "mch-upload";
  private final Warehouse warehouse;
  private final Configuration configuration;
  private final Clock clock;

  /**
   * @param warehouse where the MCH records are read and the QC results stored
   * @param configuration the MCH quality rules and the upload layouts
   * @param clock the time of a run: the day the future-date rules compare with, and the audit rows'
   *     time
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

  /**
   * Re-runs the MCH quality rules, then writes the upload file of each layout (or of one) and each
   * hospital (or of one) over the records dated in the period, and audits each file. A record with
   * a blocking violation, or with a code the layout cannot map, is refused and listed.
   *
   * @throws InvalidRequestException when no MCH layout (or not the one asked for) is in force on
   *     the period's first day, or there are no MCH records to upload
   */
  public MchUploadResult upload(MchUploadRequest request) throws IOException {
    ReportPeriod period = request.period().inStatisticalYears();
    List<UploadLayout> layouts = layouts(request.layoutId(), period);
    MchRuleBook rules = configuration.mchQcRules();
    List<MchQcRun.Result> checked = new MchQcRun(warehouse, rules, clock).run(request.hospital());
    if (checked.isEmpty()) {
      throw new InvalidRequestException(
          request.hospital() == null
              ? "数据仓库中没有妇幼记录；请先加载 mch 数据"
              : "数据仓库中没有机构 " + request.hospital() + " 的妇幼记录");
    }
    Approval approval = request.approval();
    UploadAudit audit = new UploadAudit(warehouse, clock);
    List<UploadResult> uploads = new ArrayList<>();
    for (UploadLayout layout : layouts) {
      RecordUpload.Source source = MchRecordColumns.of(layout.record()).orElseThrow().source();
      List<UploadResult.HospitalFile> files = new ArrayList<>();
      for (MchQcRun.Result r : checked) {
        String stem = UPLOAD_KIND + "_" + layout.id() + "_" + r.orgCode() + "_" + period.text();
        FrontPageUpload.Outcome o =
            new RecordUpload(warehouse)
                .write(
                    layout,
                    source,
                    r.orgCode(),
                    period.start(),
                    period.end(),
                    approval != null,
                    request.outDir(),
                    stem);
        files.add(
            audit.record(
                UPLOAD_KIND,
                r.orgCode(),
                period.text(),
                layout,
                rules.version(),
                o,
                approval,
                request.requestedBy()));
      }
      uploads.add(new UploadResult(period, layout, rules.version(), approval, files));
    }
    return new MchUploadResult(period, uploads);
  }

  /**
   * The versions in force on the period's first day of the MCH upload layout {@code id}, or of
   * every MCH upload layout when {@code id} is null (a year is taken as the statistical year).
   *
   * @throws InvalidRequestException naming the MCH layouts there are when none is in force
   */
  public List<UploadLayout> layouts(String id, ReportPeriod period) {
    LocalDate day = period.inStatisticalYears().start();
    UploadLayouts all = configuration.uploadLayouts();
    List<UploadLayout> mch =
        all.all().stream().filter(l -> MchRecordColumns.of(l.record()).isPresent()).toList();
    List<UploadLayout> out = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (UploadLayout l : mch) {
      if (id == null || l.id().equals(id)) {
        ids.add(l.id());
      }
    }
    for (String i : ids) {
      all.inForce(i, day).ifPresent(out::add);
    }
    if (out.isEmpty()) {
      throw new InvalidRequestException(
          "没有 "
              + day
              + " 有效的妇幼上报版式"
              + (id == null ? "" : " '" + id + "'")
              + "；已有: "
              + mch.stream()
                  .map(l -> l.id() + " " + l.version() + "（" + l.effectiveFrom() + " 起）")
                  .toList());
    }
    return out;
  }
}
