package org.baobiao.reports.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.baobiao.reports.catalog.DatasetSpec;
import org.baobiao.reports.catalog.ReportCatalog;
import org.baobiao.reports.catalog.ReportSpec;
import org.baobiao.reports.run.DatasetResult;
import org.baobiao.reports.run.ReportResult;
import org.baobiao.reports.run.ReportStamp;

/**
 * A hand-made ops-monthly result with known figures: Chinese text, nulls, text needing CSV quoting,
 * an empty dataset (by_channel) and a backlog long enough to run over several pages.
 */
final class OpsMonthlyFixture {
  static final String SUBTITLE = "阳江市妇幼保健院 · 2026年10月";
  static final ZonedDateTime GENERATED_AT =
      ZonedDateTime.of(2026, 11, 22, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai"));
  static final int BACKLOG_ROWS = 70;

  private OpsMonthlyFixture() {}

  static ReportResult result(ReportCatalog catalog) {
    ReportSpec spec = catalog.get("ops-monthly");
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("period", "2026-10");
    parameters.put("hospital", "441700001");
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("统计期间", "2026年10月");
    labels.put("医院", "阳江市妇幼保健院 (441700001)");
    ReportStamp stamp =
        new ReportStamp(
            "ops-monthly", 1, parameters, labels, "batches 1-12 (12)", "duckdb", GENERATED_AT);
    List<DatasetResult> datasets = new ArrayList<>();
    for (DatasetSpec dataset : spec.datasets()) {
      datasets.add(new DatasetResult(dataset, rows(dataset.name())));
    }
    return new ReportResult(spec, stamp, SUBTITLE, datasets);
  }

  private static List<Object[]> rows(String dataset) {
    return switch (dataset) {
      case "summary" ->
          List.<Object[]>of(
              new Object[] {128L, 117L, 23L, 3L, 5L, 120L, new BigDecimal("18.5"), null});
      case "by_severity" ->
          List.of(
              new Object[] {
                1L,
                "一级（紧急）",
                3L,
                new BigDecimal("0.0234"),
                3L,
                new BigDecimal("4.2"),
                new BigDecimal("9.8")
              },
              new Object[] {
                2L,
                "二级",
                25L,
                new BigDecimal("0.1953"),
                24L,
                new BigDecimal("12.0"),
                new BigDecimal("41.5")
              },
              new Object[] {
                3L, "三级", 100L, new BigDecimal("0.7813"), 93L, new BigDecimal("21.3"), null
              });
      case "by_channel" -> List.of();
      case "by_system" ->
          List.of(
              new Object[] {"HIS", "医院信息系统", 64L, new BigDecimal("0.5"), new BigDecimal("15.0")},
              new Object[] {
                "PACS", "影像归档和通信系统, \"PACS\"", 40L, new BigDecimal("0.3125"), new BigDecimal("22.4")
              },
              new Object[] {"LIS", null, 24L, new BigDecimal("0.1875"), null});
      case "daily" -> daily();
      case "backlog" -> backlog();
      default -> throw new IllegalArgumentException(dataset);
    };
  }

  private static List<Object[]> daily() {
    List<Object[]> rows = new ArrayList<>();
    for (int day = 1; day <= 31; day++) {
      rows.add(new Object[] {LocalDate.of(2026, 10, day), (long) (2 + (day * 7) % 6)});
    }
    return rows;
  }

  private static List<Object[]> backlog() {
    String[] severities = {"一级", "二级", "三级"};
    String[] systems = {"医院信息系统", "实验室信息管理系统", "影像归档和通信系统", "电子病历系统"};
    String[] departments = {"急诊科", "检验科", "放射科", "儿科", "信息科"};
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < BACKLOG_ROWS; i++) {
      rows.add(
          new Object[] {
            String.format("GD2026%06d", 1000 + i),
            LocalDateTime.of(2026, 9, 1, 8, 30).plusHours(17L * i),
            severities[i % 3],
            systems[i % 4],
            i == 5 ? null : departments[i % 5],
            i % 2 == 0 ? "处理中" : "待响应",
            new BigDecimal(60 - i * 0.7).setScale(1, java.math.RoundingMode.HALF_UP)
          });
    }
    return rows;
  }
}
