package org.baobiao.medrec.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.baobiao.spec.SpecException;
import org.junit.jupiter.api.Test;

class UploadLayoutsTest {

  @Test
  void theBundledLayoutExpandsItsRepeatsAndIsInForceFrom2026() {
    UploadLayout first =
        UploadLayouts.load().inForce("perf-assessment", LocalDate.of(2026, 6, 30)).orElseThrow();
    assertThat(first.version()).isEqualTo("2026.1");
    assertThat(first.columns())
        .filteredOn(UploadLayout.Column::personal)
        .extracting(UploadLayout.Column::code)
        .containsExactly("XM", "SFZH");
    UploadLayout l =
        UploadLayouts.load().inForce("perf-assessment", LocalDate.of(2026, 7, 1)).orElseThrow();
    assertThat(l.version()).isEqualTo("2026.2");
    List<String> codes = l.columns().stream().map(UploadLayout.Column::code).toList();
    assertThat(codes).startsWith("USERNAME", "YLFKFS", "ZYCS", "BAH", "XM");
    assertThat(codes).containsSubsequence("JBDM1", "QTZD1", "RYBQ1", "JBDM2", "JBDM3", "RYBQ3");
    assertThat(codes).containsSubsequence("SSJCZBM1", "MZYS1", "SSJCZBM2", "MZYS2");
    assertThat(l.columns())
        .filteredOn(UploadLayout.Column::personal)
        .extracting(UploadLayout.Column::code)
        .containsExactly("XM", "SFZH", "XZZ", "HKDZ", "GZDWJDZ", "DWDH", "LXRXM", "DZ", "DH2");
    assertThat(codes).containsSubsequence("ZY", "HY", "RYBF", "ZKKB", "CYBF", "ZFY", "ZFJE");
    assertThat(UploadLayouts.load().inForce("perf-assessment", LocalDate.of(2025, 12, 31)))
        .isEmpty();
  }

  @Test
  void aWrongSpecIsReportedWithFileAndLine() {
    String spec =
        "id: x\nversion: \"1\"\ntitle: t\neffective_from: 2026-13-01\nfields:\n"
            + "  - {code: A, name: a, from: nothing}\n"
            + "  - {code: B, name: b, from: admitted_at, format: \"yyyy-MM-dd HH:mm:ss bb\"}\n"
            + "  - repeat: procedures\n    count: 2\n    fields: []\n";
    assertThatThrownBy(() -> UploadLayouts.parse("x.yaml", spec))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("上报版式文件有 5 处错误")
        .hasMessageContaining(
            "x.yaml:4:17 effective_from: '2026-13-01' 不是有效日期，应为 yyyy-MM-dd，如 2025-11-01")
        .hasMessageContaining("x.yaml:6:30 fields[0].from: 字段 A 的来源 'nothing' 不是FRONT_PAGE的列")
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
