package org.baobiao.jobs.report;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.baobiao.jobs.service.InvalidRequestException;
import org.baobiao.jobs.service.NoDataException;
import org.baobiao.reports.catalog.DatasetSpec;
import org.baobiao.reports.catalog.ReportCatalog;
import org.baobiao.reports.catalog.ReportFormat;
import org.baobiao.reports.catalog.ReportSpec;
import org.baobiao.reports.render.PdfRenderer;
import org.baobiao.reports.render.Renderers;
import org.baobiao.reports.render.StreamingRenderer;
import org.baobiao.reports.run.CellText;
import org.baobiao.reports.run.DatasetStream;
import org.baobiao.reports.run.Findings;
import org.baobiao.reports.run.ReportPeriod;
import org.baobiao.reports.run.ReportRequest;
import org.baobiao.reports.run.ReportResult;
import org.baobiao.reports.run.ReportRunner;
import org.baobiao.reports.run.StreamedReport;
import org.baobiao.warehouse.Warehouse;

/**
 * Computes reports and writes them in the requested formats: the use case behind {@code baobiao
 * report}, a console's report form and a scheduled report.
 */
public final class ReportService {
  private final ReportCatalog catalog;
  private final ReportRunner runner;
  private final Renderers renderers;

  /**
   * @param warehouse where the figures come from (possibly a past version of it)
   * @param catalog the report definitions
   * @param clock stamps the outputs with their generation time
   */
  public ReportService(Warehouse warehouse, ReportCatalog catalog, Clock clock) {
    this.catalog = requireNonNull(catalog, "catalog is null");
    this.runner = new ReportRunner(warehouse, catalog, clock);
    this.renderers = Renderers.standard(catalog);
  }

  /** The catalog. */
  public ReportCatalog catalog() {
    return catalog;
  }

  /** Organisation codes of the loaded hospitals. */
  public List<String> hospitals() {
    return runner.hospitals();
  }

  /** The hospitals loaded in the warehouse: code → name, by code. */
  public Map<String, String> hospitalNames() {
    return runner.hospitalNames();
  }

  /**
   * Writes a report of the catalog for one hospital or every hospital loaded.
   *
   * @throws InvalidRequestException for an unknown report, format name or hospital
   * @throws NoDataException when no hospital is loaded yet
   * @throws IllegalArgumentException when the report does not offer a format asked for
   */
  public ReportOutput run(ReportOrder order) throws IOException {
    return run(order, ReportProgressListener.NONE);
  }

  /**
   * Writes a report as {@link #run(ReportOrder)} does, telling {@code progress} of each step: the
   * plan once the order is checked, then each dataset computed and each format written.
   */
  public ReportOutput run(ReportOrder order, ReportProgressListener progress) throws IOException {
    requireNonNull(progress, "progress is null");
    ReportSpec spec =
        catalog
            .find(order.reportId())
            .orElseThrow(
                () ->
                    new InvalidRequestException(
                        "没有编号为 '"
                            + order.reportId()
                            + "' 的报表；可用: "
                            + catalog.all().stream().map(ReportSpec::id).toList()));
    List<ReportFormat> formats = new ArrayList<>();
    if (order.formats() == null) {
      formats.addAll(spec.formats());
    } else {
      for (String f : order.formats()) {
        try {
          formats.add(ReportFormat.parse(f));
        } catch (IllegalArgumentException e) {
          throw new InvalidRequestException(e.getMessage());
        }
      }
    }
    List<String> loaded = hospitals();
    if (order.hospital() != null && !loaded.contains(order.hospital())) {
      throw new InvalidRequestException(
          "未知的医院机构代码 '" + order.hospital() + "'；已加载的医院: " + String.join(", ", loaded));
    }
    List<String> hospitals = order.hospital() == null ? loaded : List.of(order.hospital());
    if (hospitals.isEmpty()) {
      throw new NoDataException("数据仓库中还没有医院数据；请先运行 ingest --domain reference。");
    }
    try {
      ReportRunner.choices(spec, order.options());
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(e.getMessage());
    }
    List<Path> files =
        write(spec, order.period(), hospitals, formats, order.outDir(), order.options(), progress);
    return new ReportOutput(spec, order.period(), hospitals, files);
  }

  /**
   * Computes a report for each hospital and writes each format.
   *
   * @return the files written
   */
  public List<Path> write(
      ReportSpec spec,
      ReportPeriod period,
      List<String> hospitals,
      List<ReportFormat> formats,
      Path outDir)
      throws IOException {
    return write(spec, period, hospitals, formats, outDir, ReportProgressListener.NONE);
  }

  /**
   * Computes a report for each hospital and writes each format, telling {@code progress} of each
   * step ({@link ReportProgress}).
   *
   * @return the files written
   */
  public List<Path> write(
      ReportSpec spec,
      ReportPeriod period,
      List<String> hospitals,
      List<ReportFormat> formats,
      Path outDir,
      ReportProgressListener progress)
      throws IOException {
    return write(spec, period, hospitals, formats, outDir, Map.of(), progress);
  }

  /**
   * Computes a report with options for each hospital and writes each format, telling {@code
   * progress} of each step ({@link ReportProgress}). A file made with an option other than its
   * default is named after it too ({@code major-fault_441700001_2026-Q3_severity-2.pdf}), so that
   * it does not replace the default one.
   *
   * @param options values of the report's CHOICE parameters by name
   * @return the files written
   */
  public List<Path> write(
      ReportSpec spec,
      ReportPeriod period,
      List<String> hospitals,
      List<ReportFormat> formats,
      Path outDir,
      Map<String, String> options,
      ReportProgressListener progress)
      throws IOException {
    for (ReportFormat f : formats) {
      if (!spec.formats().contains(f)) {
        throw new IllegalArgumentException(
            "报表 " + spec.id() + " 不提供 " + f.extension() + " 格式；可用: " + spec.formats());
      }
    }
    Files.createDirectories(outDir);
    List<Path> written = new ArrayList<>();
    // Only a PDF needs rows in memory (Jasper fills a page from all of them), and only of the
    // datasets its layout prints; of those it just counts, only the count. The other formats
    // stream: the rows go from the warehouse straight into each file, one query per format, so
    // that an extraction larger than the heap can be written; datasets already computed for the
    // PDF are handed on rather than queried again, and the files share the PDF's stamp.
    PdfRenderer pdf =
        formats.contains(ReportFormat.PDF)
            ? (PdfRenderer) renderers.forFormat(ReportFormat.PDF)
            : null;
    for (ReportFormat f : formats) {
      if (f != ReportFormat.PDF && !(renderers.forFormat(f) instanceof StreamingRenderer)) {
        throw new IllegalStateException("格式 " + f + " 既不是 PDF 也不能边查询边写出");
      }
    }
    PdfRenderer.LayoutDatasets reads = pdf == null ? null : pdf.datasets(spec);
    List<String> printed = new ArrayList<>();
    if (reads != null) {
      if (reads.rows().contains(Findings.NAME) && !spec.findings().isEmpty()) {
        printed.add(Findings.NAME);
      }
      spec.datasets().stream()
          .map(DatasetSpec::name)
          .filter(reads.rows()::contains)
          .forEach(printed::add);
    }
    List<String> computedNames =
        ReportRunner.computedFor(spec, printed).stream().map(DatasetSpec::name).toList();
    List<String> counted =
        reads == null
            ? List.of()
            : spec.datasets().stream()
                .map(DatasetSpec::name)
                .filter(n -> reads.counts().contains(n) && !computedNames.contains(n))
                .toList();
    int datasets = computedNames.size() + counted.size();
    int total = hospitals.size() * (datasets + formats.size());
    progress.on(new ReportProgress.Planned(spec.id(), hospitals, datasets, formats, total));
    int[] done = {0};
    // Options other than their defaults name the files, so that they never replace the default
    // ones.
    StringBuilder chosen = new StringBuilder();
    ReportRunner.choices(spec, options)
        .forEach(
            (p, c) -> {
              if (!c.value().equals(p.defaultValue())) {
                chosen.append('_').append(p.name()).append('-').append(c.value());
              }
            });
    for (String hospital : hospitals) {
      ReportRequest request = new ReportRequest(period, hospital, options);
      String base = spec.id() + "_" + hospital + "_" + period.text() + chosen;
      int[] index = {0};
      ReportResult result = null;
      Map<String, Long> counts = new LinkedHashMap<>();
      if (pdf != null) {
        result =
            runner.run(
                spec,
                request,
                printed,
                computed ->
                    progress.on(
                        new ReportProgress.DatasetComputed(
                            hospital,
                            computed.spec(),
                            computed.rows().size(),
                            ++index[0],
                            datasets,
                            ++done[0],
                            total)));
        for (String name : counted) {
          long rows = runner.count(spec, request, name);
          counts.put(name, rows);
          progress.on(
              new ReportProgress.DatasetComputed(
                  hospital,
                  spec.dataset(name).orElseThrow(),
                  Math.toIntExact(rows),
                  ++index[0],
                  datasets,
                  ++done[0],
                  total));
        }
      }
      for (ReportFormat f : formats) {
        List<Path> files;
        if (f == ReportFormat.PDF) {
          files = pdf.render(result, counts, outDir, base);
        } else {
          StreamingRenderer renderer = (StreamingRenderer) renderers.forFormat(f);
          files =
              renderer.render(
                  result == null
                      ? runner.stream(spec, request)
                      : runner.stream(spec, request, result),
                  outDir,
                  base);
        }
        written.addAll(files);
        progress.on(new ReportProgress.FormatWritten(hospital, f, files, ++done[0], total));
      }
    }
    return written;
  }

  /**
   * One page of a report's datasets for reading in a browser: the rows are streamed from the
   * warehouse, counted, and only the page asked for is kept, so a detail report larger than the
   * heap can be paged through too.
   *
   * @param dataset the only dataset to show, or null for all of them
   * @param page the page, from 1
   * @param pageSize rows per page (1–1000)
   * @throws InvalidRequestException for an unknown report, hospital or dataset
   */
  public ReportView view(
      String reportId, ReportPeriod period, String hospital, String dataset, int page, int pageSize)
      throws IOException {
    return view(reportId, period, hospital, Map.of(), dataset, page, pageSize);
  }

  /**
   * One page of a report's datasets made with the report's options (CHOICE values by name; absent
   * ones at their defaults), as {@link #view(String, ReportPeriod, String, String, int, int)}.
   *
   * @throws IllegalArgumentException for an option the report does not have or a value it does not
   *     offer
   */
  public ReportView view(
      String reportId,
      ReportPeriod period,
      String hospital,
      Map<String, String> options,
      String dataset,
      int page,
      int pageSize)
      throws IOException {
    ReportSpec spec =
        catalog
            .find(reportId)
            .orElseThrow(
                () ->
                    new InvalidRequestException(
                        "没有编号为 '"
                            + reportId
                            + "' 的报表；可用: "
                            + catalog.all().stream().map(ReportSpec::id).toList()));
    if (hospital == null) {
      throw new InvalidRequestException("网页查看须选择一家医院");
    }
    List<String> loaded = hospitals();
    if (!loaded.contains(hospital)) {
      throw new InvalidRequestException(
          "未知的医院机构代码 '" + hospital + "'；已加载的医院: " + String.join(", ", loaded));
    }
    if (pageSize < 1 || pageSize > 1000 || page < 1) {
      throw new InvalidRequestException("页码从 1 开始，每页 1–1000 行");
    }
    ReportRunner.choices(spec, options);
    StreamedReport report = runner.stream(spec, new ReportRequest(period, hospital, options));
    if (dataset != null
        && report.datasets().stream().noneMatch(d -> d.spec().name().equals(dataset))) {
      throw new InvalidRequestException(
          "报表 "
              + spec.id()
              + " 没有名为 '"
              + dataset
              + "' 的数据集；可用: "
              + report.datasets().stream().map(d -> d.spec().name()).toList());
    }
    long first = (long) (page - 1) * pageSize;
    List<ReportView.DatasetPage> pages = new ArrayList<>();
    for (DatasetStream d : report.datasets()) {
      if (dataset != null && !d.spec().name().equals(dataset)) {
        continue;
      }
      List<List<String>> rows = new ArrayList<>();
      long[] count = {0};
      d.source()
          .forEach(
              row -> {
                long index = count[0]++;
                if (index >= first && index < first + pageSize) {
                  rows.add(CellText.row(d.spec(), row));
                }
              });
      pages.add(new ReportView.DatasetPage(d.spec(), rows, count[0], page, pageSize));
    }
    ReportResult head = report.head();
    return new ReportView(spec, head.stamp(), head.subtitle(), pages);
  }
}
