package org.baobiao.jobs.request;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.baobiao.jobs.request.catalog.Aggregate;
import org.baobiao.jobs.request.catalog.ExtractField;
import org.baobiao.jobs.request.catalog.ExtractSpec;
import org.baobiao.jobs.request.catalog.FilterKind;
import org.baobiao.reports.catalog.ColumnSpec;
import org.baobiao.reports.catalog.ColumnType;
import org.baobiao.reports.catalog.DatasetSpec;
import org.baobiao.reports.catalog.ReportFormat;
import org.baobiao.reports.catalog.ReportSpec;
import org.baobiao.reports.render.CsvRenderer;
import org.baobiao.reports.render.StreamingRenderer;
import org.baobiao.reports.render.XlsxRenderer;
import org.baobiao.reports.run.DatasetStream;
import org.baobiao.reports.run.ReadAheadSource;
import org.baobiao.reports.run.ReportPeriod;
import org.baobiao.reports.run.ReportResult;
import org.baobiao.reports.run.ReportStamp;
import org.baobiao.reports.run.StreamedReport;
import org.baobiao.reports.run.SuppressedValue;
import org.baobiao.warehouse.Warehouse;

/**
 * Writes an approved request's file on the report path's streaming renderers: the extract's dataset
 * with the request's filters (every value a bound parameter), the approved fields only, personal
 * values masked or pseudonymised unless the approval names them, and the stamp (request, requester,
 * approvers, data version, masking applied) on the cover sheet or as comment lines. The rows are
 * fetched on a read-ahead thread ({@link ReadAheadSource}), as the report path's extractions are,
 * and masked on the thread that writes them.
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
    return query(spec, fields, Set.of(), filters, period);
  }

  /**
   * As {@link #query(ExtractSpec, List, RequestFilters, String)}, the columns of {@code asDouble}
   * read as {@code DOUBLE}: for decimal columns written into a workbook, whose cells hold the
   * double anyway (DuckDB's division by the power of ten is the same correctly rounded double as
   * {@code BigDecimal.doubleValue()}), without the driver's {@code BigDecimal} per value.
   */
  static Query query(
      ExtractSpec spec,
      List<String> fields,
      Set<String> asDouble,
      RequestFilters filters,
      String period) {
    StringBuilder sql = new StringBuilder("SELECT ");
    sql.append(
        fields.stream()
            .map(f -> asDouble.contains(f) ? "CAST(d." + f + " AS DOUBLE) AS " + f : "d." + f)
            .collect(Collectors.joining(", ")));
    Map<String, Object> params = new LinkedHashMap<>();
    sql.append(from(spec, filters, period, params));
    return new Query(sql.toString(), params);
  }

  /**
   * The query of an aggregate extract: per group of the chosen fields, each count and, last, the
   * distinct people the suppression threshold is checked against. No totals.
   */
  static Query aggregateQuery(
      ExtractSpec spec, List<String> groups, RequestFilters filters, String period) {
    Aggregate a = spec.aggregate();
    List<String> select = new ArrayList<>();
    groups.forEach(g -> select.add("d." + g));
    for (Aggregate.Count c : a.counts()) {
      select.add(
          (c.of() == Aggregate.Of.ROWS ? "count(*)" : "count(DISTINCT d." + a.people() + ")")
              + " AS "
              + c.name());
    }
    select.add("count(DISTINCT d." + a.people() + ") AS people_in_group");
    StringBuilder sql = new StringBuilder("SELECT ").append(String.join(", ", select));
    Map<String, Object> params = new LinkedHashMap<>();
    sql.append(from(spec, filters, period, params));
    if (!groups.isEmpty()) {
      String g = groups.stream().map(x -> "d." + x).collect(Collectors.joining(", "));
      sql.append("\nGROUP BY ").append(g).append("\nORDER BY ").append(g);
    }
    return new Query(sql.toString(), params);
  }

  /** {@code FROM (dataset) d WHERE …} with every filter value a bound parameter. */
  private static String from(
      ExtractSpec spec, RequestFilters filters, String period, Map<String, Object> params) {
    StringBuilder sql = new StringBuilder();
    sql.append("\nFROM (\n").append(spec.sql()).append("\n) d\nWHERE 1 = 1");
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
    return sql.toString();
  }

  /** Writes the request's file into {@code dir}. */
  Written write(ExtractionRequest request, ExtractSpec spec, Path dir, ZonedDateTime now)
      throws IOException {
    List<ExtractField> fields =
        request.approvedFields().stream().map(n -> spec.field(n).orElseThrow()).toList();
    Set<String> unmasked = Set.copyOf(request.approvedUnmasked());
    ReportFormat format =
        request.format() == DeliveryFormat.CSV ? ReportFormat.CSV : ReportFormat.XLSX;
    Plan plan =
        spec.isAggregate()
            ? aggregatePlan(spec, request, fields)
            : rowsPlan(spec, request, fields, unmasked, format);
    Query q = plan.query();
    DatasetSpec dataset = new DatasetSpec("data", spec.title(), q.sql(), plan.columns());
    ReportSpec report =
        new ReportSpec(
            spec.id(),
            spec.version(),
            "数据提取：" + spec.title(),
            "数据提取申请 "
                + request.number()
                + " 的交付文件。仅限申请用途使用，不得转交他人；"
                + (spec.isAggregate()
                    ? "汇总数据，" + suppressionRule(spec.aggregate()) + "。"
                    : "个人信息除批准的原值字段外均已脱敏。")
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
    AtomicLong rows = new AtomicLong();
    UnaryOperator<Object[]> transform = plan.row();
    DatasetStream.Source read =
        sink ->
            warehouse.stream(
                q.sql(),
                q.params(),
                (names, it) -> {
                  while (it.hasNext()) {
                    sink.accept(it.next());
                  }
                  return null;
                });
    // As on the report path: the rows are fetched on a thread of their own while this one masks
    // and writes the previous ones (both cores busy), unless this thread holds the warehouse's
    // lock, which the reading thread would wait for. The masking is done here, not on the reading
    // thread: reading DuckDB's result is the longer of the two sides.
    DatasetStream.Source ahead = new ReadAheadSource(read, "request " + request.number());
    DatasetStream stream =
        new DatasetStream(
            dataset,
            sink ->
                (Thread.holdsLock(warehouse) ? read : ahead)
                    .forEach(
                        row -> {
                          sink.accept(transform.apply(row));
                          rows.incrementAndGet();
                        }));
    StreamingRenderer renderer =
        format == ReportFormat.CSV ? new CsvRenderer() : new XlsxRenderer();
    List<Path> files =
        renderer.render(
            new StreamedReport(head, List.of(stream)), dir, request.number() + "_" + spec.id());
    return new Written(files.get(0), rows.get());
  }

  /** What the file holds: its columns, its query, and how a fetched row becomes a written one. */
  private record Plan(List<ColumnSpec> columns, Query query, UnaryOperator<Object[]> row) {}

  /**
   * Records: the approved fields, plus any column whose codes decide a field's sensitivity that is
   * not itself delivered (fetched, consulted, never written); each value masked by its rule.
   */
  private Plan rowsPlan(
      ExtractSpec spec,
      ExtractionRequest request,
      List<ExtractField> fields,
      Set<String> unmasked,
      ReportFormat format) {
    List<String> select = new ArrayList<>(request.approvedFields());
    List<ColumnSpec> columns = new ArrayList<>();
    Set<String> asDouble = new HashSet<>();
    FieldMask[] masks = new FieldMask[fields.size()];
    for (int i = 0; i < masks.length; i++) {
      ExtractField f = fields.get(i);
      boolean clear = unmasked.contains(f.name());
      int codesAt = -1;
      if (f.sensitiveCodes() != null && !clear) {
        codesAt = select.indexOf(f.codesColumn());
        if (codesAt < 0) {
          select.add(f.codesColumn());
          codesAt = select.size() - 1;
        }
      }
      masks[i] = FieldMask.of(f, clear, codesAt);
      boolean masked = f.fieldClass().personal() && !clear;
      columns.add(column(f, masked ? ColumnType.TEXT : f.type()));
      if (readAsDouble(f, fields, masked, format)) {
        asDouble.add(f.name());
      }
    }
    String number = request.number();
    Query q = query(spec, select, asDouble, request.filters(), request.effectivePeriod());
    return new Plan(
        columns,
        q,
        row -> {
          Object[] out = new Object[masks.length];
          for (int i = 0; i < out.length; i++) {
            out[i] = masks[i].apply(row[i], row, number, key);
          }
          return out;
        });
  }

  /**
   * Whether a delivered field is selected as {@code DOUBLE}: an unmasked decimal written into a
   * workbook, unless its value decides another field's sensitivity (a CSV keeps the {@code
   * BigDecimal}: its text shows the decimal's own digits, 12.50, not 12.5). A field without
   * sensitive codes is its own {@link ExtractField#codesColumn}, so only fields that have codes are
   * looked at.
   */
  static boolean readAsDouble(
      ExtractField f, List<ExtractField> fields, boolean masked, ReportFormat format) {
    return format == ReportFormat.XLSX
        && !masked
        && f.type() == ColumnType.DECIMAL
        && f.sensitiveCodes() == null
        && fields.stream()
            .noneMatch(o -> o.sensitiveCodes() != null && f.name().equals(o.codesColumn()));
  }

  /**
   * Counts per group of the approved fields; a group of fewer people than the threshold has every
   * count suppressed. The people column the query ends with is consulted, never written.
   */
  private static Plan aggregatePlan(
      ExtractSpec spec, ExtractionRequest request, List<ExtractField> fields) {
    Aggregate a = spec.aggregate();
    List<ColumnSpec> columns = new ArrayList<>();
    fields.forEach(f -> columns.add(column(f, f.type())));
    for (Aggregate.Count c : a.counts()) {
      columns.add(new ColumnSpec(c.name(), c.label(), ColumnType.INTEGER, null, 0, 12));
    }
    int groups = fields.size();
    int counts = a.counts().size();
    SuppressedValue suppressed = new SuppressedValue(a.suppressed());
    Query q =
        aggregateQuery(
            spec, request.approvedFields(), request.filters(), request.effectivePeriod());
    return new Plan(
        columns,
        q,
        row -> {
          Object[] out = Arrays.copyOf(row, groups + counts);
          long people = ((Number) row[groups + counts]).longValue();
          if (people > 0 && people < a.suppressBelow()) {
            Arrays.fill(out, groups, groups + counts, suppressed);
          }
          return out;
        });
  }

  private static ColumnSpec column(ExtractField f, ColumnType type) {
    int scale = type == ColumnType.DECIMAL ? 2 : 0;
    int width =
        type == ColumnType.TIMESTAMP ? 20 : Math.max(10, Math.min(40, f.label().length() * 2 + 4));
    return new ColumnSpec(f.name(), f.label(), type, null, scale, width);
  }

  /** The rule stated in an aggregate's file, e.g. 人数小于 5 人的单元格已隐藏. */
  static String suppressionRule(Aggregate a) {
    return "人数小于 "
        + a.suppressBelow()
        + " 人的单元格已隐藏（该分组的各项计数写作 "
        + a.suppressed()
        + "）；不提供合计，以免由合计反推被隐藏的数";
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
    if (spec.isAggregate()) {
      m.put("脱敏处理", "汇总数据，不含个人信息");
      m.put("小单元格隐藏", suppressionRule(spec.aggregate()));
    } else {
      m.put("脱敏处理", masked.isEmpty() ? "无个人信息字段需脱敏" : masked);
      String byCode =
          fields.stream()
              .filter(f -> f.sensitiveCodes() != null && !unmasked.contains(f.name()))
              .map(
                  f ->
                      f.label()
                          + "（"
                          + (f.codesFrom() == null
                              ? "其中"
                              : "当" + spec.field(f.codesFrom()).orElseThrow().label() + "为")
                          + f.sensitiveCodes().title()
                          + "编码的写作「"
                          + f.sensitiveCodes().maskedAs()
                          + "」；清单 "
                          + f.sensitiveCodes().id()
                          + " 第 "
                          + f.sensitiveCodes().version()
                          + " 版）")
              .collect(Collectors.joining("；"));
      if (!byCode.isEmpty()) {
        m.put("敏感编码屏蔽", byCode);
      }
    }
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
