package org.baobiao.jobs.request;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.baobiao.jobs.request.catalog.ExtractField;
import org.baobiao.jobs.request.catalog.ExtractSpec;
import org.baobiao.jobs.request.catalog.FilterKind;
import org.baobiao.jobs.request.catalog.Masking;
import org.baobiao.reports.catalog.ColumnSpec;
import org.baobiao.reports.catalog.ColumnType;
import org.baobiao.reports.catalog.DatasetSpec;
import org.baobiao.reports.catalog.ReportFormat;
import org.baobiao.reports.catalog.ReportSpec;
import org.baobiao.reports.render.CsvRenderer;
import org.baobiao.reports.render.StreamingRenderer;
import org.baobiao.reports.render.XlsxRenderer;
import org.baobiao.reports.run.DatasetStream;
import org.baobiao.reports.run.ReportPeriod;
import org.baobiao.reports.run.ReportResult;
import org.baobiao.reports.run.ReportStamp;
import org.baobiao.reports.run.StreamedReport;
import org.baobiao.spec.personal.CitizenId;
import org.baobiao.warehouse.Warehouse;

/**
 * Writes an approved request's file on the report path's streaming renderers: the extract's dataset
 * with the request's filters (every value a bound parameter), the approved fields only, personal
 * values masked or pseudonymised unless the approval names them, and the stamp (request, requester,
 * approvers, data version, masking applied) on the cover sheet or as comment lines.
 */
final class Delivery {
  private final Warehouse warehouse;
  private final PseudonymKey key;

  Delivery(Warehouse warehouse, PseudonymKey key) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
    this.key = requireNonNull(key, "key is null");
  }

  /** What was written. */
  record Written(Path file, long rows) {}

  /** The query and its parameters for a request (the filter values bound, never in the text). */
  record Query(String sql, Map<String, Object> params) {}

  static Query query(ExtractSpec spec, List<String> fields, RequestFilters filters, String period) {
    StringBuilder sql = new StringBuilder("SELECT ");
    sql.append(fields.stream().map(f -> "d." + f).collect(Collectors.joining(", ")));
    sql.append("\nFROM (\n").append(spec.sql()).append("\n) d\nWHERE 1 = 1");
    Map<String, Object> params = new LinkedHashMap<>();
    if (period != null) {
      ReportPeriod p = ReportPeriod.parse(period);
      String column = spec.filters().get(FilterKind.PERIOD);
      sql.append("\n  AND d.").append(column).append(" >= :period_from");
      sql.append("\n  AND d.").append(column).append(" < :period_to");
      params.put("period_from", p.start().atStartOfDay());
      params.put("period_to", p.end().atStartOfDay());
    }
    if (filters.hospital() != null) {
      sql.append("\n  AND d.")
          .append(spec.filters().get(FilterKind.HOSPITAL))
          .append(" = :hospital");
      params.put("hospital", filters.hospital());
    }
    if (filters.department() != null) {
      sql.append("\n  AND d.")
          .append(spec.filters().get(FilterKind.DEPARTMENT))
          .append(" = :department");
      params.put("department", filters.department());
    }
    List<String> prefixes = filters.codePrefixes();
    if (!prefixes.isEmpty()) {
      String column = spec.filters().get(FilterKind.CODE_PREFIX);
      List<String> terms = new ArrayList<>();
      for (int i = 0; i < prefixes.size(); i++) {
        terms.add("substr(d." + column + ", 1, :prefix_len_" + i + ") = :prefix_" + i);
        params.put("prefix_" + i, prefixes.get(i));
        params.put("prefix_len_" + i, (long) prefixes.get(i).length());
      }
      sql.append("\n  AND (").append(String.join(" OR ", terms)).append(")");
    }
    return new Query(sql.toString(), params);
  }

  /** Writes the request's file into {@code dir}. */
  Written write(ExtractionRequest request, ExtractSpec spec, Path dir, ZonedDateTime now)
      throws IOException {
    List<ExtractField> fields =
        request.approvedFields().stream().map(n -> spec.field(n).orElseThrow()).toList();
    Set<String> unmasked = Set.copyOf(request.approvedUnmasked());
    Query q = query(spec, request.approvedFields(), request.filters(), request.effectivePeriod());
    List<ColumnSpec> columns = new ArrayList<>();
    for (ExtractField f : fields) {
      boolean masked = f.fieldClass().personal() && !unmasked.contains(f.name());
      ColumnType type = masked ? ColumnType.TEXT : f.type();
      int scale = type == ColumnType.DECIMAL ? 2 : 0;
      int width =
          type == ColumnType.TIMESTAMP
              ? 20
              : Math.max(10, Math.min(40, f.label().length() * 2 + 4));
      columns.add(new ColumnSpec(f.name(), f.label(), type, null, scale, width));
    }
    ReportFormat format =
        request.format() == DeliveryFormat.CSV ? ReportFormat.CSV : ReportFormat.XLSX;
    DatasetSpec dataset = new DatasetSpec("data", spec.title(), q.sql(), columns);
    ReportSpec report =
        new ReportSpec(
            spec.id(),
            spec.version(),
            "数据提取：" + spec.title(),
            "数据提取申请 "
                + request.number()
                + " 的交付文件。仅限申请用途使用，不得转交他人；个人信息除批准的原值字段外均已脱敏。"
                + (spec.description() == null ? "" : spec.description()),
            List.of(),
            List.of(format),
            null,
            List.of(dataset),
            List.of());
    ReportStamp stamp =
        new ReportStamp(
            spec.id(),
            spec.version(),
            Map.of("request", request.number()),
            labels(request, spec, fields, unmasked),
            warehouse.dataVersion().describe(),
            warehouse.engine(),
            now);
    ReportResult head =
        new ReportResult(
            report,
            stamp,
            "申请编号 "
                + request.number()
                + " · 申请人 "
                + request.requester()
                + " · 批准人 "
                + request.approvers(),
            List.of());
    long[] rows = {0};
    DatasetStream stream =
        new DatasetStream(
            dataset,
            sink ->
                warehouse.stream(
                    q.sql(),
                    q.params(),
                    (names, it) -> {
                      while (it.hasNext()) {
                        sink.accept(mask(request.number(), fields, unmasked, it.next()));
                        rows[0]++;
                      }
                      return null;
                    }));
    StreamingRenderer renderer =
        format == ReportFormat.CSV ? new CsvRenderer() : new XlsxRenderer();
    List<Path> files =
        renderer.render(
            new StreamedReport(head, List.of(stream)), dir, request.number() + "_" + spec.id());
    return new Written(files.get(0), rows[0]);
  }

  private Object[] mask(
      String number, List<ExtractField> fields, Set<String> unmasked, Object[] row) {
    Object[] out = new Object[fields.size()];
    for (int i = 0; i < out.length; i++) {
      ExtractField f = fields.get(i);
      Object value = row[i];
      if (value == null || !f.fieldClass().personal()) {
        out[i] = value;
      } else if (unmasked.contains(f.name())) {
        out[i] = f.masking() == Masking.ID_NUMBER ? CitizenId.normalise(value.toString()) : value;
      } else {
        String text = text(value);
        out[i] =
            f.masking() == Masking.PSEUDONYM
                ? key.pseudonym(number, text)
                : f.masking().rule().mask(text);
      }
    }
    return out;
  }

  private static String text(Object value) {
    if (value instanceof LocalDateTime t) {
      return t.toString().replace('T', ' ');
    }
    if (value instanceof LocalDate d) {
      return d.toString();
    }
    return value.toString();
  }

  private static Map<String, String> labels(
      ExtractionRequest r, ExtractSpec spec, List<ExtractField> fields, Set<String> unmasked) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("申请编号", r.number());
    m.put("申请人", r.requester() + "（" + r.department() + "）");
    m.put("用途", r.purpose().title() + "：" + r.purposeText());
    m.put("批准人", r.approvers());
    m.put("提取目录", spec.id() + " 第 " + spec.version() + " 版");
    m.put("筛选条件", effectiveFilters(r).describe());
    m.put("字段", fields.size() + " 个");
    String masked =
        fields.stream()
            .filter(f -> f.fieldClass().personal() && !unmasked.contains(f.name()))
            .map(f -> f.label() + "（" + f.masking().title() + "）")
            .collect(Collectors.joining("；"));
    m.put("脱敏处理", masked.isEmpty() ? "无个人信息字段需脱敏" : masked);
    String plain =
        fields.stream()
            .filter(f -> unmasked.contains(f.name()))
            .map(ExtractField::label)
            .collect(Collectors.joining("、"));
    m.put("批准的原值字段", plain.isEmpty() ? "无" : plain + "（依据：" + r.basis() + "）");
    return m;
  }

  private static RequestFilters effectiveFilters(ExtractionRequest r) {
    RequestFilters f = r.filters();
    return new RequestFilters(r.effectivePeriod(), f.hospital(), f.department(), f.codePrefixes());
  }
}
