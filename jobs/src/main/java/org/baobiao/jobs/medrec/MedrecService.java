package org.baobiao.jobs.medrec;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.baobiao.jobs.service.Configuration;
import org.baobiao.jobs.service.InvalidRequestException;
import org.baobiao.medrec.qc.MedrecQcRun;
import org.baobiao.medrec.qc.RuleBook;
import org.baobiao.reports.run.ReportPeriod;
import org.baobiao.reports.submission.FrontPageUpload;
import org.baobiao.reports.submission.UploadLayout;
import org.baobiao.reports.submission.UploadLayouts;
import org.baobiao.warehouse.Warehouse;

/**
 * Inpatient front pages: quality control by the rule book, and upload files in a submission layout,
 * each audited.
 */
public final class MedrecService {
  static final String UPLOAD_KIND = "medrec-upload";
  private final Warehouse warehouse;
  private final Configuration configuration;
  private final Clock clock;

  /**
   * @param warehouse where the front pages are read and the QC results stored
   * @param configuration the QC rules and the upload layouts
   * @param clock stamps the audit rows
   */
  public MedrecService(Warehouse warehouse, Configuration configuration, Clock clock) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
    this.configuration = requireNonNull(configuration, "configuration is null");
    this.clock = requireNonNull(clock, "clock is null");
  }

  /**
   * Checks the front pages of one hospital, or of all, by every rule, replacing earlier results.
   *
   * @param hospital an organisation code, or null for every hospital
   */
  public QcResult qc(String hospital) {
    RuleBook book = configuration.qcRules();
    return new QcResult(book.rules().size(), new MedrecQcRun(warehouse, book).run(hospital));
  }

  /**
   * Re-runs the quality rules, then writes the upload file of each hospital (or of one) and audits
   * each file.
   *
   * @throws InvalidRequestException when no version of the layout is in force on the period's first
   *     day, or there are no front pages to upload
   */
  public UploadResult upload(UploadRequest request) throws IOException {
    ReportPeriod period = request.period();
    UploadLayout layout = layout(request.layoutId(), period);
    RuleBook rules = configuration.qcRules();
    List<MedrecQcRun.Result> checked = new MedrecQcRun(warehouse, rules).run(request.hospital());
    if (checked.isEmpty()) {
      throw new InvalidRequestException(
          request.hospital() == null
              ? "数据仓库中没有病案首页；请先加载 medrec 数据"
              : "数据仓库中没有机构 " + request.hospital() + " 的病案首页");
    }
    Approval approval = request.approval();
    UploadAudit audit = new UploadAudit(warehouse, clock);
    List<UploadResult.HospitalFile> files = new ArrayList<>();
    for (MedrecQcRun.Result r : checked) {
      String stem = UPLOAD_KIND + "_" + r.orgCode() + "_" + period.text();
      FrontPageUpload.Outcome o =
          new FrontPageUpload(warehouse)
              .write(
                  layout,
                  r.orgCode(),
                  period.start().atStartOfDay(),
                  period.end().atStartOfDay(),
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
    return new UploadResult(period, layout, rules.version(), approval, files);
  }

  /**
   * The version of upload layout {@code id} in force on the period's first day.
   *
   * @throws InvalidRequestException naming the layouts there are when none is in force
   */
  public UploadLayout layout(String id, ReportPeriod period) {
    UploadLayouts layouts = configuration.uploadLayouts();
    return layouts
        .inForce(id, period.start())
        .filter(UploadLayout::uploadsFrontPages)
        .orElseThrow(
            () ->
                new InvalidRequestException(
                    "没有 "
                        + period.start()
                        + " 有效的上报版式 '"
                        + id
                        + "'；已有: "
                        + layouts.of(UploadLayout.FRONT_PAGES).stream()
                            .map(l -> l.id() + " " + l.version() + "（" + l.effectiveFrom() + " 起）")
                            .toList()));
  }
}
