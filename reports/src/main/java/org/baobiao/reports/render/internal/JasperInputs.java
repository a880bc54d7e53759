package org.baobiao.reports.render.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.baobiao.reports.catalog.ColumnSpec;
import org.baobiao.reports.catalog.DatasetSpec;
import org.baobiao.reports.catalog.IndicatorSpec;
import org.baobiao.reports.catalog.ParameterSpec;
import org.baobiao.reports.catalog.ParameterType;
import org.baobiao.reports.run.DatasetResult;
import org.baobiao.reports.run.ReportResult;

/**
 * The parameter map a report layout is filled with. The contract with every {@code layout.jrxml}:
 *
 * <ul>
 *   <li>{@code REPORT_TITLE}, {@code REPORT_SUBTITLE}, {@code REPORT_DESCRIPTION}, {@code
 *       STAMP_TEXT} (the one-line stamp for the page footer): strings;
 *   <li>per dataset {@code <name>}: {@code DS_<name>} a {@code JRDataSource} of maps column name →
 *       value, {@code ROWS_<name>} its row count (Integer, for "无数据" lines) and {@code
 *       TITLE_<name>} its title;
 *   <li>per CHOICE parameter {@code <name>}: {@code CHOICE_<name>} the label of the value the
 *       report was made with (e.g. 一级和二级故障), for sentences that depend on it;
 *   <li>{@code DS_INDICATORS} / {@code ROWS_INDICATORS}: the indicator definitions with fields
 *       {@code name, numerator, denominator, unit, source}.
 * </ul>
 *
 * <p>Values keep their types (Long, BigDecimal with PERCENT as a fraction, String) except dates:
 * Jasper formats {@link java.util.Date}, so DATE and TIMESTAMP values become Dates at that local
 * time in Asia/Shanghai, which is also the report time zone.
 */
public final class JasperInputs {
  private static final TimeZone ZONE = TimeZone.getTimeZone(StampFields.ZONE);

  private JasperInputs() {}

  /** The name of the indicator definitions among the {@code DS_}/{@code ROWS_} parameters. */
  public static final String INDICATORS = "INDICATORS";

  /** A new mutable map (Jasper's fill adds entries to it). */
  public static Map<String, Object> parameters(ReportResult result) {
    return parameters(result, Map.of());
  }

  /**
   * A new mutable map (Jasper's fill adds entries to it) for a result that may hold only some of
   * the spec's datasets: {@code ROWS_<name>} of the others comes from {@code counts} where given,
   * and {@code TITLE_<name>} of every dataset of the spec is set.
   */
  public static Map<String, Object> parameters(ReportResult result, Map<String, Long> counts) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put(JRParameter.REPORT_LOCALE, Locale.SIMPLIFIED_CHINESE);
    parameters.put(JRParameter.REPORT_TIME_ZONE, ZONE);
    parameters.put("REPORT_TITLE", result.spec().title());
    parameters.put("REPORT_SUBTITLE", result.subtitle());
    parameters.put("REPORT_DESCRIPTION", result.spec().description());
    parameters.put("STAMP_TEXT", StampFields.line(result.stamp()));
    for (ParameterSpec p : result.spec().parameters()) {
      if (p.type() == ParameterType.CHOICE) {
        String value = result.stamp().parameters().getOrDefault(p.name(), p.defaultValue());
        parameters.put(
            "CHOICE_" + p.name(), p.choice(value).map(ParameterSpec.Choice::label).orElse(value));
      }
    }
    for (DatasetSpec dataset : result.spec().datasets()) {
      parameters.put("TITLE_" + dataset.name(), dataset.title());
    }
    counts.forEach((name, count) -> parameters.put("ROWS_" + name, Math.toIntExact(count)));
    for (DatasetResult dataset : result.datasets()) {
      String name = dataset.spec().name();
      parameters.put("DS_" + name, new JRMapCollectionDataSource(rows(dataset)));
      parameters.put("ROWS_" + name, dataset.rows().size());
      parameters.put("TITLE_" + name, dataset.spec().title());
    }
    List<Map<String, ?>> indicators = new ArrayList<>();
    for (IndicatorSpec indicator : result.spec().indicators()) {
      Map<String, Object> row = new HashMap<>();
      row.put("name", indicator.name());
      row.put("numerator", indicator.numerator());
      row.put("denominator", indicator.denominator());
      row.put("unit", indicator.unit());
      row.put("source", indicator.source());
      indicators.add(row);
    }
    parameters.put("DS_" + INDICATORS, new JRMapCollectionDataSource(indicators));
    parameters.put("ROWS_" + INDICATORS, indicators.size());
    return parameters;
  }

  private static List<Map<String, ?>> rows(DatasetResult dataset) {
    List<ColumnSpec> columns = dataset.spec().columns();
    CellValues values = CellValues.of(dataset);
    List<Map<String, ?>> rows = new ArrayList<>(dataset.rows().size());
    for (int r = 0; r < dataset.rows().size(); r++) {
      Object[] data = dataset.rows().get(r);
      values.checkWidth(data, r);
      Map<String, Object> row = new HashMap<>();
      for (int c = 0; c < columns.size(); c++) {
        row.put(columns.get(c).name(), value(values, columns.get(c), data[c], r, c));
      }
      rows.add(row);
    }
    return rows;
  }

  private static Object value(CellValues values, ColumnSpec column, Object value, int r, int c) {
    if (value == null) {
      return null;
    }
    return switch (column.type()) {
      case TEXT -> values.text(value);
      case INTEGER -> values.number(value, r, c).longValue();
      case DECIMAL, PERCENT -> values.number(value, r, c);
      case DATE -> date(values.date(value, r, c).atStartOfDay());
      case TIMESTAMP -> date(values.timestamp(value, r, c));
    };
  }

  private static Date date(LocalDateTime time) {
    return Date.from(time.atZone(StampFields.ZONE).toInstant());
  }
}
