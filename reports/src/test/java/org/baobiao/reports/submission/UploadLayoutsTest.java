package org.baobiao.reports.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.baobiao.spec.SpecException;
import org.baobiao.spec.personal.PersonalData;
import org.junit.jupiter.api.Test;

class UploadLayoutsTest {

  /** A front-page table of a few columns, {@code patient_name} and {@code id_number} personal. */
  static final SubmissionColumns FRONT_PAGES =
      new SubmissionColumns() {
        @Override
        public String record() {
          return UploadLayout.FRONT_PAGES;
        }

        @Override
        public String title() {
          return "病案首页";
        }

        @Override
        public Set<UploadLayout.Part> parts() {
          return EnumSet.of(
              UploadLayout.Part.RECORD, UploadLayout.Part.DIAGNOSES, UploadLayout.Part.OPERATIONS);
        }

        @Override
        public boolean has(UploadLayout.Part part, String column) {
          return switch (part) {
            case RECORD ->
                Set.of("record_no", "patient_name", "id_number", "admitted_at").contains(column);
            case DIAGNOSES, OPERATIONS -> Set.of("code", "name").contains(column);
            case REGISTRATION -> false;
          };
        }

        @Override
        public Optional<PersonalData> personal(UploadLayout.Part part, String column) {
          return switch (column) {
            case "patient_name" -> Optional.of(PersonalData.NAME);
            case "id_number" -> Optional.of(PersonalData.ID_NUMBER);
            default -> Optional.empty();
          };
        }
      };

  /** Births of a few columns, with the mother's name and ID number from her registration. */
  static final SubmissionColumns BIRTHS =
      new SubmissionColumns() {
        @Override
        public String record() {
          return "mch_births";
        }

        @Override
        public String title() {
          return "分娩及出生";
        }

        @Override
        public Set<UploadLayout.Part> parts() {
          return EnumSet.of(UploadLayout.Part.RECORD, UploadLayout.Part.REGISTRATION);
        }

        @Override
        public boolean has(UploadLayout.Part part, String column) {
          return switch (part) {
            case RECORD -> Set.of("birth_id", "delivered_on").contains(column);
            case REGISTRATION -> Set.of("name", "id_number").contains(column);
            case DIAGNOSES, OPERATIONS -> false;
          };
        }

        @Override
        public Optional<PersonalData> personal(UploadLayout.Part part, String column) {
          return part == UploadLayout.Part.REGISTRATION && column.equals("name")
              ? Optional.of(PersonalData.NAME)
              : Optional.empty();
        }
      };

  static final List<SubmissionColumns> COLUMNS = List.of(FRONT_PAGES, BIRTHS);

  @Test
  void aLayoutNamesTheRecordItUploadsAndReadsItsRegistration() {
    String spec =
        "id: b\nversion: \"1\"\ntitle: t\nrecord: mch_births\neffective_from: 2026-01-01\n"
            + "fields:\n"
            + "  - {code: CSBH, name: 出生编号, from: birth_id}\n"
            + "  - {code: YCFXM, name: 产妇姓名, from: name, of: registration}\n";
    UploadLayout l = UploadLayouts.parse("b.yaml", spec, COLUMNS);
    assertThat(l.record()).isEqualTo("mch_births");
    assertThat(l.uploadsFrontPages()).isFalse();
    assertThat(l.columns())
        .extracting(UploadLayout.Column::part)
        .containsExactly(UploadLayout.Part.RECORD, UploadLayout.Part.REGISTRATION);
    assertThat(l.columns().get(1).personal()).isEqualTo(PersonalData.NAME);
    assertThat(UploadLayouts.parse("x.yaml", FRONT, COLUMNS).record())
        .isEqualTo(UploadLayout.FRONT_PAGES);
  }

  private static final String FRONT =
      "id: x\nversion: \"1\"\ntitle: t\neffective_from: 2026-01-01\nfields:\n"
          + "  - {code: BAH, name: 病案号, from: record_no}\n";

  @Test
  void aRecordOrAPartTheRecordHasNotIsReportedWithFileAndLine() {
    String spec =
        "id: b\nversion: \"1\"\ntitle: t\nrecord: mch_births\neffective_from: 2026-01-01\n"
            + "fields:\n"
            + "  - {code: A, name: a, from: record_no}\n"
            + "  - {code: B, name: b, from: name, of: couple}\n"
            + "  - repeat: diagnoses\n    count: 1\n    fields:\n"
            + "      - {code: C, name: c, from: code}\n";
    assertThatThrownBy(() -> UploadLayouts.parse("b.yaml", spec, COLUMNS))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("b.yaml:7:30 fields[0].from: 字段 A 的来源 'record_no' 不是分娩及出生的列")
        .hasMessageContaining("fields[1].of: 'couple' 不是以下之一: registration")
        .hasMessageContaining("fields[2].repeat: 分娩及出生没有其他诊断可重复上报");
    assertThatThrownBy(
            () ->
                UploadLayouts.parse(
                    "c.yaml", FRONT.replace("title: t\n", "title: t\nrecord: mch_cats\n"), COLUMNS))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining(
            "c.yaml:4:9 record: 'mch_cats' 不是可上报的记录；可选: medrec_front_pages, mch_births");
  }

  @Test
  void personalDataIsClassifiedByTheTableEvenWhereTheLayoutForgetsIt() {
    String spec =
        "id: x\nversion: \"1\"\ntitle: t\neffective_from: 2026-01-01\nfields:\n"
            + "  - {code: BAH, name: 病案号, from: record_no}\n"
            + "  - {code: XM, name: 姓名, from: patient_name, personal: true}\n"
            + "  - {code: SFZH, name: 身份证号, from: id_number}\n"
            + "  - {code: RYSJ, name: 入院时间, from: admitted_at, personal: true}\n"
            + "  - repeat: diagnoses\n    count: 2\n    fields:\n"
            + "      - {code: \"JBDM{n}\", name: \"其他诊断编码{n}\", from: code}\n";
    UploadLayout l = UploadLayouts.parse("x.yaml", spec, COLUMNS);
    assertThat(l.columns())
        .extracting(UploadLayout.Column::code)
        .containsExactly("BAH", "XM", "SFZH", "RYSJ", "JBDM1", "JBDM2");
    assertThat(l.columns())
        .extracting(UploadLayout.Column::personal)
        .containsExactly(
            null, PersonalData.NAME, PersonalData.ID_NUMBER, PersonalData.OTHER_ID, null, null);
    assertThat(l.columns().get(5).name()).isEqualTo("其他诊断编码2");
  }

  @Test
  void aWrongSpecIsReportedWithFileAndLine() {
    String spec =
        "id: x\nversion: \"1\"\ntitle: t\neffective_from: 2026-13-01\nfields:\n"
            + "  - {code: A, name: a, from: nothing}\n"
            + "  - {code: B, name: b, from: admitted_at, format: \"yyyy-MM-dd HH:mm:ss bb\"}\n"
            + "  - repeat: procedures\n    count: 2\n    fields: []\n";
    assertThatThrownBy(() -> UploadLayouts.parse("x.yaml", spec, COLUMNS))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("上报版式文件有 5 处错误")
        .hasMessageContaining(
            "x.yaml:4:17 effective_from: '2026-13-01' 不是有效日期，应为 yyyy-MM-dd，如 2025-11-01")
        .hasMessageContaining("x.yaml:6:30 fields[0].from: 字段 A 的来源 'nothing' 不是病案首页的列")
        .hasMessageContaining("x.yaml:7:51 fields[1].format: 日期格式 'yyyy-MM-dd HH:mm:ss bb' 无效")
        .hasMessageContaining(
            "x.yaml:8:13 fields[2].repeat: 'procedures' 不是以下之一: diagnoses, operations")
        .hasMessageContaining("x.yaml:10:13 fields[2].fields: 至少需要一项");
  }

  @Test
  void valuesAreFormattedAsTheLayoutSays() {
    assertThat(FrontPageUpload.format(new BigDecimal("12.5"), "0.00")).isEqualTo("12.50");
    assertThat(FrontPageUpload.format(LocalDateTime.of(2026, 10, 2, 8, 30), "yyyy-MM-dd HH:mm"))
        .isEqualTo("2026-10-02 08:30");
    assertThat(FrontPageUpload.format(LocalDate.of(2026, 10, 2), null)).isEqualTo("2026-10-02");
  }
}
