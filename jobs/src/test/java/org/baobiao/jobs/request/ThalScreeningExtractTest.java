package org.baobiao.jobs.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.baobiao.jobs.service.ServiceFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code thal-screening} extract on the MCH fixture of golden/thal-prevention/year-2026 (eight
 * gene tests of 441700001, five of them in 2026): genotypes and gene-test results are sensitive,
 * withheld unless approved, and need two approvers.
 */
class ThalScreeningExtractTest {
  private static final Actor REQUESTER = new Actor("李统计", "测试@host-a");
  private static final Actor APPROVER = new Actor("陈主任", "测试@host-b");
  private static final Actor SECOND = new Actor("王科长", "测试@host-c");
  private static final List<String> GENETIC =
      List.of("alpha_genotype", "alpha_result", "beta_genotype", "beta_result");

  @TempDir Path dir;
  ServiceFixture app;
  RequestService service;

  @BeforeEach
  void load() throws Exception {
    app = ServiceFixture.in(dir);
    app.load("reference", "thal-prevention/year-2026/input/reference");
    app.load("mch", "thal-prevention/year-2026/input/mch");
    service =
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
  void genotypesAreWithheldUnlessApprovedAndNeedTwoApprovers() throws Exception {
    ExtractionRequest masked = submitted(List.of());
    assertThat(service.approve(masked.number(), APPROVER, Narrowing.none()).state())
        .isEqualTo(RequestState.SUBMITTED);
    service.approve(masked.number(), SECOND, Narrowing.none());
    Delivered d = service.run(masked.number(), REQUESTER);

    assertThat(d.rows()).isEqualTo(5);
    List<String> cells = SensitiveDiagnosisMaskingTest.cells(d.file());
    List<String> names = names();
    for (String cell : cells) {
      assertThat(cell).doesNotContain("--SEA", "βN", "-α3.7", "αα/αα", "CD41-42", "IVS-II");
      assertThat(cell).isNotIn("TRAIT", "SILENT", "NORMAL");
      for (String name : names) {
        assertThat(cell).doesNotContain(name);
      }
    }
    assertThat(cells).contains("已屏蔽");

    ExtractionRequest clear = submitted(GENETIC);
    service.approve(clear.number(), APPROVER, Narrowing.none());
    service.approve(clear.number(), SECOND, Narrowing.none());
    List<String> shown =
        SensitiveDiagnosisMaskingTest.cells(service.run(clear.number(), REQUESTER).file());
    assertThat(shown).contains("CD41-42/βN", "-α3.7/αα", "TRAIT", "SILENT");
  }

  private ExtractionRequest submitted(List<String> unmasked) {
    ExtractionRequest r =
        service.create(
            new NewRequest(
                "妇幼保健科",
                Purpose.QUALITY,
                "地贫防控质控",
                "thal-screening",
                List.of(),
                new RequestFilters("2026", "441700001", null, List.of()),
                DeliveryFormat.XLSX,
                null,
                unmasked,
                unmasked.isEmpty() ? null : "院伦理委员会批件 KY-2026-040"),
            REQUESTER);
    return service.submit(r.number(), REQUESTER);
  }

  private List<String> names() {
    return app.warehouse().query("SELECT name FROM thal_screenings", Map.of()).rows().stream()
        .map(r -> (String) r[0])
        .toList();
  }
}
