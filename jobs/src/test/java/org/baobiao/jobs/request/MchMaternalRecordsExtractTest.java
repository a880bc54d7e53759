package org.baobiao.jobs.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.baobiao.jobs.service.ServiceFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code mch-maternal-records} extract on the fixture of golden/mch-upload/year-2026 (six
 * registrations of 441700001, each with one birth): the mothers' names, ID numbers, phones and
 * addresses leave masked, the birth certificate numbers as pseudonyms, unless the approval names
 * them; the ID number is sensitive, so a request with it needs two approvers.
 */
class MchMaternalRecordsExtractTest {
  private static final Actor REQUESTER = new Actor("李统计", "测试@host-a");
  private static final Actor APPROVER = new Actor("陈主任", "测试@host-b");
  private static final Actor SECOND = new Actor("王科长", "测试@host-c");
  private static final List<String> NAMES = List.of("林晓燕", "陈美玲", "黄丽华", "何淑芬", "梁秀英", "吴小红");

  @TempDir Path dir;
  ServiceFixture app;
  RequestService service;

  @BeforeEach
  void load() throws Exception {
    app = ServiceFixture.in(dir);
    app.load("reference", "mch-upload/year-2026/input/reference");
    app.load("mch", "mch-upload/year-2026/input/mch");
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
  void mothersLeaveMaskedAndOnlyTheApprovedFieldsInClear() throws Exception {
    ExtractionRequest masked = submitted(List.of());
    service.approve(masked.number(), APPROVER, Narrowing.none());
    service.approve(masked.number(), SECOND, Narrowing.none());
    Delivered d = service.run(masked.number(), REQUESTER);

    // registered in calendar 2026: G04 (delivered 2026-09-30) and G05 (2026-10-01)
    assertThat(d.rows()).isEqualTo(2);
    List<String> cells = SensitiveDiagnosisMaskingTest.cells(d.file());
    for (String cell : cells) {
      assertThat(cell)
          .doesNotContainPattern("\\d{17}[\\dX]")
          .doesNotContainPattern("(?<!\\d)1[3-9]\\d{9}(?!\\d)");
      assertThat(cell).isNotIn(NAMES).doesNotContain("R440000004", "R440000005", "东风路");
    }
    assertThat(cells).contains("何**", "梁**", "B04", "B05", "3150", "3250");

    ExtractionRequest clear = submitted(List.of("name", "id_number"));
    assertThat(service.approve(clear.number(), APPROVER, Narrowing.none()).state())
        .isEqualTo(RequestState.SUBMITTED);
    service.approve(clear.number(), SECOND, Narrowing.none());
    List<String> shown =
        SensitiveDiagnosisMaskingTest.cells(service.run(clear.number(), REQUESTER).file());
    assertThat(shown).contains("何淑芬", "441702199203030045", "梁秀英");
    for (String cell : shown) {
      assertThat(cell)
          .doesNotContainPattern("(?<!\\d)1[3-9]\\d{9}(?!\\d)")
          .doesNotContain("R440000004");
    }
  }

  private ExtractionRequest submitted(List<String> unmasked) {
    ExtractionRequest r =
        service.create(
            new NewRequest(
                "保健部",
                Purpose.REPORTING,
                "省妇幼平台分娩登记上报核对",
                "mch-maternal-records",
                List.of(),
                new RequestFilters("2026", "441700001", null, List.of()),
                DeliveryFormat.XLSX,
                null,
                unmasked,
                unmasked.isEmpty() ? null : "广东省妇幼健康信息平台上报要求"),
            REQUESTER);
    return service.submit(r.number(), REQUESTER);
  }
}
