package org.baobiao.reports.render.internal;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.baobiao.reports.run.ReportResult;
import org.baobiao.reports.run.ReportStamp;

/**
 * The traceability stamp of a report as people read it: the same fields, in the same order and
 * wording, in every format, so that a PDF page, a spreadsheet and a CSV file can be matched to the
 * run that produced them.
 */
public final class StampFields {
  /** Reports are read in Asia/Shanghai whatever the server's zone. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private StampFields() {}

  /** A labelled value of the stamp. */
  public record Field(String label, String value) {}

  /** 报表, 报表编号, 版本, one field per parameter (Chinese label when known), 数据版本, 引擎, 生成时间. */
  public static List<Field> of(ReportResult result) {
    ReportStamp stamp = result.stamp();
    List<Field> fields = new ArrayList<>();
    fields.add(new Field("报表", result.spec().title()));
    fields.add(new Field("报表编号", stamp.reportId()));
    fields.add(new Field("版本", String.valueOf(stamp.reportVersion())));
    parameters(stamp).forEach((label, value) -> fields.add(new Field(label, value)));
    fields.add(new Field("数据版本", stamp.dataVersion()));
    fields.add(new Field("引擎", stamp.engine()));
    fields.add(new Field("生成时间", generatedAt(stamp)));
    return fields;
  }

  /**
   * One line for page footers: {@code 报表编号 ops-monthly v1 · 参数 统计期间=2026年10月, 医院=… · 数据版本 … · 引擎
   * duckdb · 生成时间 2026-11-22 10:00:00}.
   */
  public static String line(ReportStamp stamp) {
    String parameters =
        parameters(stamp).entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(", "));
    return "报表编号 "
        + stamp.reportId()
        + " v"
        + stamp.reportVersion()
        + " · 参数 "
        + (parameters.isEmpty() ? "无" : parameters)
        + " · 数据版本 "
        + stamp.dataVersion()
        + " · 引擎 "
        + stamp.engine()
        + " · 生成时间 "
        + generatedAt(stamp);
  }

  /** Generation time in Asia/Shanghai, {@code yyyy-MM-dd HH:mm:ss}. */
  public static String generatedAt(ReportStamp stamp) {
    ZonedDateTime local = stamp.generatedAt().withZoneSameInstant(ZONE);
    return TIME.format(local);
  }

  // People read the Chinese labels; fall back to the raw names when a caller gave none.
  private static Map<String, String> parameters(ReportStamp stamp) {
    return stamp.parameterLabels().isEmpty() ? stamp.parameters() : stamp.parameterLabels();
  }
}
