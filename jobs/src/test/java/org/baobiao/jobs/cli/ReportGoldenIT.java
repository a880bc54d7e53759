package org.baobiao.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.baobiao.reports.catalog.ReportCatalog;
import org.baobiao.reports.catalog.ReportSpec;
import org.baobiao.reports.run.DatasetResult;
import org.baobiao.reports.run.ReportPeriod;
import org.baobiao.reports.run.ReportRequest;
import org.baobiao.reports.run.ReportResult;
import org.baobiao.reports.run.ReportRunner;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.Warehouses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every report case folder under {@code golden/<report>/<case>/} (see {@link GoldenCase} for {@code
 * params.yaml}): the input is loaded through the command line, the report computed at the case's
 * clock, and every dataset compared with its hand-checked expected CSV ({@link GoldenCsv}: a
 * dataset without an expected file fails, and so does an expected file without a dataset). Then the
 * case's formats are written through {@code baobiao report} and read back. Adding a report case is
 * adding a folder; what a case cannot say in {@code params.yaml} lives in the report's focused IT
 * (e.g. {@link OpsMonthlyReportIT}).
 */
class ReportGoldenIT {
  private static final ZoneOffset SHANGHAI = ZoneOffset.ofHours(8);

  @TempDir Path dir;

  /**
   * Every case, or with {@code -Dgolden.only=<prefix>} those whose folder starts with it (e.g.
   * {@code hospital-annual/}), to check one report's cases while writing them.
   */
  static List<GoldenCase> cases() {
    String only = System.getProperty("golden.only", "");
    return GoldenCase.all().stream().filter(c -> c.name().startsWith(only)).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void figuresMatchTheHandCheckedGoldenFiles(GoldenCase c) throws Exception {
    Path warehouse = dir.resolve("data/warehouse.duckdb");
    CliRunner cli = new CliRunner(warehouse);
    Path input = Fixtures.copy(c.inputResource(), dir.resolve("in"));
    if (c.configResource() != null) {
      // The command line's configuration folder by default: conf/ beside data/.
      Fixtures.copy(c.configResource(), dir.resolve("conf"));
    }
    for (GoldenCase.Load load : c.load()) {
      CliRunner.Result r =
          cli.run("ingest", "--domain", load.domain(), input.resolve(load.path()).toString());
      assertThat(r.exitCode())
          .as("ingest %s: %s%s", load.domain(), r.out(), r.err())
          .isEqualTo(load.exit());
      for (String text : load.out()) {
        assertThat(r.out()).contains(text);
      }
    }
    for (GoldenCase.Command command : c.commands()) {
      CliRunner.Result r = cli.run(command.args().toArray(String[]::new));
      assertThat(r.exitCode())
          .as("%s: %s%s", command.args(), r.out(), r.err())
          .isEqualTo(command.exit());
      for (String text : command.out()) {
        assertThat(r.out()).contains(text);
      }
    }

    if (!c.requests().isEmpty()) {
      try (Warehouse w = Warehouses.open("duckdb", warehouse)) {
        RequestReplay.replay(c, w, warehouse.getParent());
      }
    }

    ReportResult result;
    try (Warehouse w = Warehouses.open("duckdb", warehouse)) {
      ReportCatalog catalog = ReportCatalog.loadDefault();
      Clock clock = Clock.fixed(c.clockInstant(), ZoneId.of("Asia/Shanghai"));
      result =
          new ReportRunner(w, catalog, clock)
              .run(
                  catalog.find(c.report()).orElseThrow(),
                  new ReportRequest(ReportPeriod.parse(c.period()), c.hospital(), c.options()));
    }
    assertThat(result.stamp().generatedAt().toInstant()).isEqualTo(c.clockInstant());
    assertThat(result.stamp().generatedAt().getOffset()).isEqualTo(SHANGHAI);
    if (c.subtitle() != null) {
      assertThat(result.subtitle()).isEqualTo(c.subtitle());
    }
    if (c.dataVersion() != null) {
      assertThat(result.stamp().dataVersion()).isEqualTo(c.dataVersion());
    }
    GoldenCsv.assertMatches(result, c.name());

    if (!c.formats().isEmpty()) {
      readBackFormats(c, cli, result);
    }
  }

  /**
   * Each report of the catalog has at least one golden case, and every folder of expected files
   * belongs to a case (one without {@code params.yaml} would never be compared).
   */
  @Test
  void everyReportHasAGoldenCaseAndEveryExpectedFolderACase() throws IOException {
    try (Stream<Path> walk = Files.walk(GoldenCase.ROOT)) {
      for (Path expected : walk.filter(p -> p.endsWith("expected")).toList()) {
        assertThat(expected.resolveSibling("params.yaml"))
            .as("golden case %s needs a params.yaml", expected.getParent())
            .exists();
      }
    }
    TreeSet<String> withCase = new TreeSet<>();
    for (GoldenCase c : GoldenCase.all()) {
      withCase.add(c.report());
      assertThat(c.name()).as("case folder of report %s", c.report()).startsWith(c.report() + "/");
    }
    assertThat(withCase)
        .containsExactlyInAnyOrderElementsOf(
            ReportCatalog.loadDefault().all().stream().map(ReportSpec::id).toList());
  }

  private void readBackFormats(GoldenCase c, CliRunner cli, ReportResult result)
      throws IOException {
    Path out = dir.resolve("out");
    List<String> args =
        new ArrayList<>(
            List.of(
                "report",
                c.report(),
                "--period",
                c.period(),
                "--hospital",
                c.hospital(),
                "--format",
                String.join(",", c.formats()),
                "--out",
                out.toString(),
                // The case's clock: a year to date ends on the day the report is generated.
                "--generated-at",
                LocalDateTime.ofInstant(c.clockInstant(), SHANGHAI).toString()));
    StringBuilder base = new StringBuilder(c.report() + "_" + c.hospital() + "_" + c.period());
    ReportSpec spec = ReportCatalog.loadDefault().find(c.report()).orElseThrow();
    c.options()
        .forEach(
            (name, value) -> {
              args.add("--option");
              args.add(name + "=" + value);
              if (!value.equals(spec.parameter(name).orElseThrow().defaultValue())) {
                base.append('_').append(name).append('-').append(value);
              }
            });
    CliRunner.Result r = cli.run(args.toArray(String[]::new));
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    for (String format : c.formats()) {
      switch (format) {
        case "pdf" -> readBackPdf(c, out.resolve(base + ".pdf"), result);
        case "xlsx" -> readBackXlsx(out.resolve(base + ".xlsx"), result);
        case "csv" -> {
          for (DatasetResult ds : result.datasets()) {
            assertThat(out.resolve(base + "." + ds.spec().name() + ".csv")).exists();
          }
        }
        default -> throw new AssertionError("unknown format " + format + " in " + c);
      }
    }
  }

  private static void readBackPdf(GoldenCase c, Path pdf, ReportResult result) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains(result.spec().title());
      for (String expected : c.pdfText()) {
        assertThat(text).contains(expected);
      }
      List<String> notEmbedded = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          if (!font.isEmbedded()) {
            notEmbedded.add(font.getName());
          }
        }
      }
      assertThat(notEmbedded).as("fonts not embedded in " + pdf).isEmpty();
      assertContentsPagesAreRight(doc, pdf);
    }
  }

  // An entry of a contents list: 三、服务级别达标率（按计时项） 第 3 页
  private static final Pattern CONTENTS_ENTRY = Pattern.compile("(\\S+?)\\s*第 (\\d+) 页(?!\\s*/)");

  /**
   * When page 1 has a contents list with page numbers, each section starts on the page it gives:
   * its heading is on that page and on none before it but the contents page.
   */
  private static void assertContentsPagesAreRight(PDDocument doc, Path pdf) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(1);
    stripper.setEndPage(1);
    String first = stripper.getText(doc);
    Matcher heading = Pattern.compile("(?m)^目录").matcher(first);
    if (!heading.find()) {
      return;
    }
    int contents = heading.start();
    Matcher entry = CONTENTS_ENTRY.matcher(first.substring(contents));
    int entries = 0;
    while (entry.find()) {
      String label = entry.group(1);
      int page = Integer.parseInt(entry.group(2));
      assertThat(page).as("page of %s in %s", label, pdf).isBetween(1, doc.getNumberOfPages());
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      String text = stripper.getText(doc);
      if (page == 1) {
        text = text.replace(entry.group(), "");
      }
      assertThat(text).as("section %s on page %d of %s", label, page, pdf).contains(label);
      for (int before = 2; before < page; before++) {
        stripper.setStartPage(before);
        stripper.setEndPage(before);
        assertThat(stripper.getText(doc))
            .as("section %s before page %d of %s", label, page, pdf)
            .doesNotContain(label);
      }
      entries++;
    }
    assertThat(entries).as("entries with page numbers in the contents of %s", pdf).isPositive();
  }

  /** A 说明 sheet, then one sheet per dataset: its column labels and one row per result row. */
  private static void readBackXlsx(Path xlsx, ReportResult result) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(result.datasets().size() + 1);
      assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("说明");
      for (int i = 0; i < result.datasets().size(); i++) {
        DatasetResult ds = result.datasets().get(i);
        Sheet sheet = wb.getSheetAt(i + 1);
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
            .as("header of sheet %s", sheet.getSheetName())
            .startsWith(ds.spec().columns().get(0).label());
        assertThat(sheet.getLastRowNum())
            .as("rows of sheet %s", sheet.getSheetName())
            .isEqualTo(ds.rows().size());
      }
    }
  }
}
