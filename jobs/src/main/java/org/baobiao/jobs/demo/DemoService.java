package org.baobiao.jobs.demo;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.baobiao.jobs.acceptance.AcceptancePack;
import org.baobiao.jobs.acceptance.AcceptanceRequest;
import org.baobiao.jobs.acceptance.AcceptanceService;
import org.baobiao.jobs.ingest.IngestRequest;
import org.baobiao.jobs.ingest.IngestResult;
import org.baobiao.jobs.ingest.IngestService;
import org.baobiao.jobs.mch.MchService;
import org.baobiao.jobs.mch.MchUploadRequest;
import org.baobiao.jobs.mch.MchUploadResult;
import org.baobiao.jobs.medrec.MedrecService;
import org.baobiao.jobs.medrec.UploadRequest;
import org.baobiao.jobs.medrec.UploadResult;
import org.baobiao.jobs.report.ReportService;
import org.baobiao.jobs.request.RequestService;
import org.baobiao.jobs.sample.SampleRequest;
import org.baobiao.jobs.sample.SampleService;
import org.baobiao.jobs.service.ProgressSink;
import org.baobiao.jobs.sla.SlaEvaluationRequest;
import org.baobiao.jobs.sla.SlaService;
import org.baobiao.reports.catalog.ReportSpec;
import org.baobiao.reports.run.ReportPeriod;
import org.baobiao.sample.GeneratedFiles;
import org.baobiao.warehouse.Warehouse;

/**
 * The demonstration: generates sample data, loads it, evaluates service levels and front-page
 * quality, and writes every report, the front-page upload files and the acceptance pack of every
 * contract with acceptance conditions, through the same services the single use cases use. Running
 * it again loads nothing twice.
 */
public final class DemoService {
  /** The domains of the sample, in load order: the reference data first. */
  static final List<String> DOMAINS =
      List.of("reference", "tickets", "activities", "interfaces", "medrec", "blood", "mch");

  /**
   * The services a run uses, opened on first use: the sample is written before the warehouse is
   * opened.
   */
  public interface Services {
    Warehouse warehouse();

    IngestService ingestService() throws IOException;

    SlaService slaService();

    MedrecService medrecService();

    MchService mchService();

    AcceptanceService acceptanceService();

    ReportService reportService();

    /** The data extraction requests on the warehouse, at {@code clock}'s time. */
    RequestService requestService(Clock clock);
  }

  private final SampleService samples;
  private final Services services;
  private final Path dataDir;
  private final String requestedBy;

  /**
   * @param samples writes the sample files
   * @param services the warehouse and the use cases on it
   * @param dataDir the data folder; the sample goes under {@code sample/}
   * @param requestedBy who runs the demo (recorded in the upload audit)
   */
  public DemoService(SampleService samples, Services services, Path dataDir, String requestedBy) {
    this.samples = requireNonNull(samples, "samples is null");
    this.services = requireNonNull(services, "services is null");
    this.dataDir = requireNonNull(dataDir, "dataDir is null");
    this.requestedBy = requireNonNull(requestedBy, "requestedBy is null");
  }

  /**
   * Runs the demonstration. It stops after loading when a file failed to load ({@link
   * DemoResult#loadFailed()}).
   *
   * @param listener hears each stage
   * @param progress shows the sample generation's progress
   */
  public DemoResult run(DemoRequest request, DemoListener listener, ProgressSink progress)
      throws IOException {
    long started = System.nanoTime();
    Path sampleDir =
        dataDir.resolve("sample").resolve("scale-" + request.scale() + "-seed-" + request.seed());
    listener.generating(sampleDir);
    GeneratedFiles generated =
        samples.generate(new SampleRequest(sampleDir, request.scale(), request.seed()), progress);
    listener.generated(generated);

    listener.loading(services.warehouse().location());
    IngestService ingest = services.ingestService();
    List<IngestResult> loads = new ArrayList<>();
    for (String domain : DOMAINS) {
      IngestResult load =
          ingest.ingest(
              IngestRequest.of(
                  domain, IngestService.expand(domain, List.of(sampleDir.resolve(domain)))));
      listener.loaded(load);
      loads.add(load);
    }
    if (loads.stream().anyMatch(l -> l.failed() > 0)) {
      return new DemoResult(sampleDir, generated, loads, List.of(), elapsed(started));
    }

    listener.evaluating();
    listener.slaEvaluated(services.slaService().evaluate(SlaEvaluationRequest.all()));
    MedrecService medrec = services.medrecService();
    listener.qcChecked(medrec.qc(null));
    listener.mchQcChecked(services.mchService().qc(null, null));

    YearMonth latest = latestMonth(services.warehouse());
    ReportPeriod requestQuarter = lastFullQuarter(latest);
    // The front-page extract's dataset is written for the embedded engine (docs/extraction.md):
    // the sample requests are made on DuckDB only; on Spark the audit report has no request.
    if ("duckdb".equals(services.warehouse().engine())) {
      listener.requestsMade(
          requestQuarter,
          DemoRequests.create(
              services::requestService,
              requestQuarter,
              dataDir.resolve("sample").resolve("request-downloads")));
    }

    ReportService reports = services.reportService();
    LocalDate lastDay = lastFullDay(services.warehouse());
    listener.reporting(request.outDir().toAbsolutePath().normalize());
    List<Path> written = new ArrayList<>();
    for (ReportSpec spec : reports.catalog().all()) {
      for (ReportPeriod period : demoPeriods(spec, latest, lastDay)) {
        written.addAll(
            reports.write(spec, period, reports.hospitals(), spec.formats(), request.outDir()));
      }
    }
    listener.reportsWritten(List.copyOf(written));
    ReportPeriod quarter = lastFullQuarter(latest);
    listener.uploading(quarter);
    UploadResult uploads =
        medrec.upload(
            new UploadRequest(
                quarter, null, UploadRequest.DEFAULT_LAYOUT, request.outDir(), null, requestedBy));
    listener.uploaded(uploads);
    for (UploadResult.HospitalFile f : uploads.files()) {
      written.add(f.outcome().file());
      written.add(f.outcome().refusedFile());
    }
    // The provincial MCH platform uploads (births, registrations, screenings) of the same quarter,
    // for every hospital with MCH records (in the sample, 441700001).
    listener.mchUploading(quarter);
    MchUploadResult mchUploads =
        services
            .mchService()
            .upload(new MchUploadRequest(quarter, null, null, request.outDir(), null, requestedBy));
    listener.mchUploaded(mchUploads);
    for (UploadResult u : mchUploads.uploads()) {
      for (UploadResult.HospitalFile f : u.files()) {
        written.add(f.outcome().file());
        written.add(f.outcome().refusedFile());
      }
    }
    // The acceptance pack of every contract with acceptance conditions (HT-2025-002), over the
    // contract's whole service period, which the sample covers.
    AcceptanceService acceptance = services.acceptanceService();
    for (var contract : acceptance.contractsWithConditions()) {
      AcceptancePack pack =
          acceptance.build(new AcceptanceRequest(contract.id(), null, null, request.outDir()));
      listener.packed(pack);
      written.add(pack.zip());
    }
    return new DemoResult(sampleDir, generated, loads, written, elapsed(started));
  }

  /**
   * The periods the demo writes a report for: for each granularity the report is scheduled for
   * (report.yaml, {@code scheduled}; the latest month when it names none), the last full period up
   * to the latest month with data — for a year, the latest year, even if it is not over.
   */
  static List<ReportPeriod> demoPeriods(ReportSpec spec, YearMonth latest) {
    return demoPeriods(spec, latest, latest.atEndOfMonth());
  }

  /**
   * As {@link #demoPeriods(ReportSpec, YearMonth)}, and for a report scheduled by {@code day},
   * {@code lastDay}: the last day that ended by the data's cut-off, the last one whose end the SLA
   * evaluation reaches.
   */
  static List<ReportPeriod> demoPeriods(ReportSpec spec, YearMonth latest, LocalDate lastDay) {
    List<String> scheduled =
        spec.parameter("period")
            .map(p -> p.scheduled())
            .filter(l -> !l.isEmpty())
            .orElse(List.of("month"));
    List<ReportPeriod> periods = new ArrayList<>();
    for (String granularity : scheduled) {
      periods.add(
          switch (granularity) {
            case "quarter" -> lastFullQuarter(latest);
            case "year" ->
                statistical(spec)
                    ? ReportPeriod.statisticalYear(
                        latest.getMonthValue() >= ReportPeriod.STATISTICAL_YEAR_START_MONTH - 1
                            ? latest.getYear()
                            : latest.getYear() - 1)
                    : ReportPeriod.parse(String.valueOf(latest.getYear()));
            case "day" -> ReportPeriod.parse(lastDay.toString());
            default -> ReportPeriod.parse(latest.toString());
          });
    }
    return periods;
  }

  private static boolean statistical(ReportSpec spec) {
    return spec.parameter("period").map(p -> p.statisticalYear()).orElse(false);
  }

  /** The last quarter that ends in or before {@code latest}. */
  static ReportPeriod lastFullQuarter(YearMonth latest) {
    YearMonth quarterEnd = latest.minusMonths(latest.getMonthValue() % 3);
    return ReportPeriod.parse(
        quarterEnd.getYear() + "-Q" + ((quarterEnd.getMonthValue() - 1) / 3 + 1));
  }

  private static YearMonth latestMonth(Warehouse warehouse) {
    Object latest = warehouse.query("SELECT max(reported_at) FROM tickets", Map.of()).single();
    if (latest == null) {
      throw new IllegalStateException("数据仓库中没有工单，无法确定报表期间");
    }
    return YearMonth.from((LocalDateTime) latest);
  }

  /**
   * The last day that ended by the data's cut-off (the latest ticket event, the instant {@code sla
   * evaluate} measures to by default): the day before the cut-off's date.
   */
  static LocalDate lastFullDay(LocalDateTime cutOff) {
    return cutOff.toLocalDate().minusDays(1);
  }

  private static LocalDate lastFullDay(Warehouse warehouse) {
    Object cutOff = warehouse.query("SELECT max(event_time) FROM ticket_events", Map.of()).single();
    if (cutOff == null) {
      throw new IllegalStateException("数据仓库中没有工单事件，无法确定日报日期");
    }
    return lastFullDay((LocalDateTime) cutOff);
  }

  private static Duration elapsed(long started) {
    return Duration.ofNanos(System.nanoTime() - started);
  }
}
