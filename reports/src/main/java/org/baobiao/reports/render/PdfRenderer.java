package org.baobiao.reports.render;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.baobiao.reports.catalog.ReportCatalog;
import org.baobiao.reports.catalog.ReportFormat;
import org.baobiao.reports.catalog.ReportSpec;
import org.baobiao.reports.render.internal.JasperInputs;
import org.baobiao.reports.render.internal.JasperLayouts;
import org.baobiao.reports.run.Findings;
import org.baobiao.reports.run.ReportResult;

/**
 * Writes a report as PDF through its JasperReports layout ({@code layout} in report.yaml).
 *
 * <p>The layout is filled once, with a one-row empty data source; the datasets reach it as
 * parameters (see {@link JasperInputs} for the contract). A layout that declares the parameter
 * {@value #SECTION_PAGES} (a {@code java.util.Map}) has a contents list with page numbers: it is
 * filled a second time with the page of each anchor ({@code anchorNameExpression}) of the first
 * fill, by anchor name ({@code reports/tools/toc.py} writes such a list). Text is set in the
 * bundled "Noto Sans SC" font family and embedded, so the PDF reads the same on machines without
 * Chinese fonts. Layouts are compiled once per JVM.
 */
public final class PdfRenderer implements ReportRenderer {
  /** The parameter holding the page of each anchor for a layout's contents list. */
  public static final String SECTION_PAGES = "SECTION_PAGES";

  private static final Pattern DATASET_PARAMETER =
      Pattern.compile("\\$P\\{(DS|ROWS)_([A-Za-z0-9_]+)\\}");

  /** What each layout reads, by the layout's URL. */
  private static final Map<String, LayoutDatasets> READS = new ConcurrentHashMap<>();

  private final Function<ReportSpec, URL> layouts;

  /** Renders with layouts looked up in the given catalog. */
  public PdfRenderer(ReportCatalog catalog) {
    this(requireNonNull(catalog, "catalog is null")::layout);
  }

  /** Renders with layouts found by {@code layouts} (a report spec → its {@code .jrxml}). */
  public PdfRenderer(Function<ReportSpec, URL> layouts) {
    this.layouts = requireNonNull(layouts, "layouts is null");
  }

  @Override
  public ReportFormat format() {
    return ReportFormat.PDF;
  }

  /**
   * The datasets a report's layout reads: those whose rows it prints ({@code $P{DS_name}}) and
   * those of which it only says how many rows they have ({@code $P{ROWS_name}} alone). A report
   * written as PDF needs only those computed, and of the second kind only their counts.
   *
   * @throws IllegalStateException when the layout cannot be read
   */
  public LayoutDatasets datasets(ReportSpec spec) {
    URL url = layouts.apply(spec);
    // Read once per layout and JVM, as the layouts are compiled once (JasperLayouts).
    return READS.computeIfAbsent(url.toString(), key -> read(spec, url));
  }

  private static LayoutDatasets read(ReportSpec spec, URL url) {
    String text;
    try (InputStream in = url.openStream()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(
          "无法读取报表 " + spec.id() + " 的 PDF 版式 " + url + ": " + e.getMessage(), e);
    }
    Set<String> rows = new LinkedHashSet<>();
    Set<String> counts = new LinkedHashSet<>();
    Matcher m = DATASET_PARAMETER.matcher(text);
    while (m.find()) {
      (m.group(1).equals("DS") ? rows : counts).add(m.group(2));
    }
    if (text.contains("$P{REPORT_PARAMETERS_MAP}")) {
      // The parameters are handed on whole (to a subreport): every dataset may be printed.
      spec.datasets().forEach(ds -> rows.add(ds.name()));
      if (!spec.findings().isEmpty()) {
        rows.add(Findings.NAME);
      }
    }
    counts.removeAll(rows);
    rows.remove(JasperInputs.INDICATORS);
    counts.remove(JasperInputs.INDICATORS);
    return new LayoutDatasets(rows, counts);
  }

  /**
   * What a layout reads of a report's datasets ({@link #datasets(ReportSpec)}).
   *
   * @param rows the datasets whose rows it prints (the findings by {@value Findings#NAME})
   * @param counts the datasets of which it prints only the row count
   */
  public record LayoutDatasets(Set<String> rows, Set<String> counts) {
    public LayoutDatasets {
      rows = Set.copyOf(rows);
      counts = Set.copyOf(counts);
    }
  }

  @Override
  public List<Path> render(ReportResult result, Path outDir, String baseName) throws IOException {
    return render(result, Map.of(), outDir, baseName);
  }

  /**
   * Writes a report as PDF from a result that may hold only the datasets its layout prints ({@link
   * #datasets(ReportSpec)}), with the row counts of those it only counts.
   *
   * @param counts row counts by dataset name, for the datasets of the layout not in {@code result}
   * @throws IllegalStateException when a dataset the layout reads is neither in {@code result} nor
   *     counted
   */
  public List<Path> render(
      ReportResult result, Map<String, Long> counts, Path outDir, String baseName)
      throws IOException {
    LayoutDatasets reads = datasets(result.spec());
    Set<String> present = new HashSet<>();
    result.datasets().forEach(d -> present.add(d.spec().name()));
    List<String> missing = new ArrayList<>();
    reads.rows().stream().filter(n -> !present.contains(n)).forEach(missing::add);
    reads.counts().stream()
        .filter(n -> !present.contains(n) && !counts.containsKey(n))
        .forEach(missing::add);
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          "报表 " + result.spec().id() + " 的 PDF 版式要用数据集 " + missing + "，但它们没有被计算");
    }
    Files.createDirectories(outDir);
    Path file = outDir.resolve(baseName + ".pdf");
    try {
      JasperReport layout = JasperLayouts.compiled(layouts.apply(result.spec()));
      JasperPrint print = fill(layout, result, counts, Map.of());
      if (Arrays.stream(layout.getParameters()).anyMatch(p -> p.getName().equals(SECTION_PAGES))) {
        // The contents list's page numbers are known only once the pages are laid out: fill again
        // with the pages of the first fill's anchors, until they no longer move (the contents
        // list has a fixed height, so the second fill normally settles it).
        for (int pass = 0; pass < 3; pass++) {
          Map<String, Integer> pages = sectionPages(print);
          JasperPrint next = fill(layout, result, counts, pages);
          print = next;
          if (sectionPages(next).equals(pages)) {
            break;
          }
        }
      }
      JasperPrint done = print;
      OutputFile.write(
          file,
          out -> {
            try {
              export(done, result, out);
            } catch (JRException e) {
              throw new IOException(e.getMessage(), e);
            }
          });
    } catch (JRException e) {
      throw new IllegalStateException(
          "报表 " + result.spec().id() + " 的 PDF 生成失败: " + e.getMessage(), e);
    }
    return List.of(file);
  }

  private static JasperPrint fill(
      JasperReport layout,
      ReportResult result,
      Map<String, Long> counts,
      Map<String, Integer> sectionPages)
      throws JRException {
    Map<String, Object> parameters = JasperInputs.parameters(result, counts);
    parameters.put(SECTION_PAGES, sectionPages);
    return JasperFillManager.fillReport(layout, parameters, new JREmptyDataSource(1));
  }

  /** The page (from 1) of each anchor of a filled report, by anchor name. */
  private static Map<String, Integer> sectionPages(JasperPrint print) {
    Map<String, Integer> pages = new TreeMap<>();
    print
        .getAnchorIndexes()
        .forEach(
            (name, index) -> {
              if (name != null) {
                pages.put(name, index.getPageIndex() + 1);
              }
            });
    return pages;
  }

  private static void export(JasperPrint print, ReportResult result, OutputStream out)
      throws JRException {
    JRPdfExporter exporter = new JRPdfExporter();
    exporter.setExporterInput(new SimpleExporterInput(print));
    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
    SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
    configuration.setMetadataTitle(result.spec().title() + " · " + result.subtitle());
    configuration.setMetadataSubject(result.spec().description());
    configuration.setMetadataCreator(
        "Baobiao " + result.stamp().reportId() + " v" + result.stamp().reportVersion());
    configuration.setDisplayMetadataTitle(true);
    configuration.setCompressed(true);
    exporter.setConfiguration(configuration);
    exporter.exportReport();
  }
}
