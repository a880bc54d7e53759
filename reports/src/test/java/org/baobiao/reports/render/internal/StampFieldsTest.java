package org.baobiao.reports.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.baobiao.reports.run.ReportStamp;
import org.junit.jupiter.api.Test;

class StampFieldsTest {

  @Test
  void formatsTheFooterLineInShanghaiTime() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("统计期间", "2026年10月");
    labels.put("医院", "阳江市妇幼保健院 (441700001)");
    ReportStamp stamp =
        new ReportStamp(
            "ops-monthly",
            1,
            Map.of("period", "2026-10", "hospital", "441700001"),
            labels,
            "batches 1-12 (12)",
            "duckdb",
            ZonedDateTime.of(2026, 11, 22, 2, 0, 0, 0, ZoneOffset.UTC));

    assertThat(StampFields.line(stamp))
        .isEqualTo(
            "报表编号 ops-monthly v1 · 参数 统计期间=2026年10月, 医院=阳江市妇幼保健院 (441700001)"
                + " · 数据版本 batches 1-12 (12) · 引擎 duckdb · 生成时间 2026-11-22 10:00:00");
  }

  @Test
  void fallsBackToParameterNamesWithoutLabels() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("period", "2026-10");
    ReportStamp stamp =
        new ReportStamp(
            "ops-monthly",
            3,
            parameters,
            Map.of(),
            "v",
            "duckdb",
            ZonedDateTime.of(2026, 1, 2, 3, 4, 5, 0, StampFields.ZONE));

    assertThat(StampFields.line(stamp)).contains("v3 · 参数 period=2026-10 ·");
  }
}
