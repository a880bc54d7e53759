package org.baobiao.jobs.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.baobiao.jobs.report.ReportService;
import org.baobiao.jobs.service.ServiceFixture;
import org.baobiao.reports.catalog.ReportCatalog;
import org.baobiao.reports.catalog.ReportFormat;
import org.baobiao.reports.run.ReportPeriod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The roster of same-type thalassemia couples on the fixture of golden/thal-couples/2026-q4: report
 * {@code thal-couples} masks every name in its PDF, XLSX and CSV, whatever the period; the full
 * names leave only through the {@code thal-couples} extract, on a request whose approval names them
 * (and the genotypes, sensitive, only with two approvers).
 */
class ThalCouplesRosterTest {
  private static final Actor REQUESTER = new Actor("李统计", "测试@host-a");
  private static final Actor APPROVER = new Actor("陈主任", "测试@host-b");
  private static final Actor SECOND = new Actor("王科长", "测试@host-c");

  @TempDir Path dir;
  ServiceFixture app;
  RequestService requests;

  @BeforeEach
  void load() throws Exception {
    app = ServiceFixture.in(dir);
    app.load("reference", "thal-couples/2026-q4/input/reference");
    app.load("mch", "thal-couples/2026-q4/input/mch");
    requests =
        new RequestService(
            app.warehouse(),
            app.configuration(),
            app.dataDir(),
            ServiceFixture.CLOCK,
            RequestPolicy.defaults());
  }

  @AfterEach
  void close() {
    app.close();
  }

  @Test
  void theReportNeverShowsAFullNameAndTheApprovedExtractDoes() throws Exception {
    List<String> names = names();
    assertThat(names).contains("林秀英", "吴丽华", "张伟");

    ReportService reports =
        new ReportService(app.warehouse(), ReportCatalog.loadDefault(), ServiceFixture.CLOCK);
    List<Path> written = new ArrayList<>();
    for (String period : List.of("2026-Q4", "2026-11", "2027")) {
      written.addAll(
          reports.write(
              reports.catalog().find("thal-couples").orElseThrow(),
              ReportPeriod.parse(period),
              List.of("441700001"),
              List.of(ReportFormat.PDF, ReportFormat.XLSX, ReportFormat.CSV),
              dir.resolve("out")));
    }
    StringBuilder shown = new StringBuilder();
    for (Path file : written) {
      String name = file.getFileName().toString();
      if (name.endsWith(".pdf")) {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
          shown.append(new PDFTextStripper().getText(doc));
        }
      } else if (name.endsWith(".xlsx")) {
        shown.append(String.join("\n", SensitiveDiagnosisMaskingTest.cells(file)));
      } else {
        shown.append(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    assertThat(shown.toString()).contains("林**", "吴**", "张*");
    for (String full : names) {
      assertThat(shown.toString()).as("the report shows %s", full).doesNotContain(full);
    }

    ExtractionRequest masked = submitted(List.of(), null);
    requests.approve(masked.number(), APPROVER, Narrowing.none());
    requests.approve(masked.number(), SECOND, Narrowing.none());
    List<String> maskedCells =
        SensitiveDiagnosisMaskingTest.cells(requests.run(masked.number(), REQUESTER).file());
    assertThat(maskedCells).contains("林**", "已屏蔽").doesNotContain("--SEA/αα", "CD41-42/βN");
    for (String full : names) {
      assertThat(maskedCells).doesNotContain(full);
    }

    List<String> fields = List.of("female_name", "male_name", "female_genotype", "male_genotype");
    ExtractionRequest clear = submitted(fields, "妇幼保健科随访工作名单，院伦理委员会批件 KY-2026-041");
    requests.approve(clear.number(), APPROVER, Narrowing.none());
    requests.approve(clear.number(), SECOND, Narrowing.none());
    List<String> clearCells =
        SensitiveDiagnosisMaskingTest.cells(requests.run(clear.number(), REQUESTER).file());
    assertThat(clearCells).contains("林秀英", "张伟", "吴丽华", "梁建国", "--SEA/αα");
    assertThat(clearCells).as("K11 (α with β) is not high-risk").doesNotContain("郑芳", "谢勇");
  }

  private ExtractionRequest submitted(List<String> unmasked, String basis) {
    ExtractionRequest r =
        requests.create(
            new NewRequest(
                "妇幼保健科",
                Purpose.QUALITY,
                "同型地贫夫妇随访",
                "thal-couples",
                List.of(),
                new RequestFilters("2026", "441700001", null, List.of()),
                DeliveryFormat.XLSX,
                null,
                unmasked,
                basis),
            REQUESTER);
    return requests.submit(r.number(), REQUESTER);
  }

  private List<String> names() {
    List<String> out = new ArrayList<>();
    for (Object[] r :
        app.warehouse().query("SELECT name FROM thal_screenings ORDER BY name", Map.of()).rows()) {
      out.add((String) r[0]);
    }
    return out;
  }
}
