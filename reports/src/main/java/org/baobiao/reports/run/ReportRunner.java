package org.baobiao.reports.run;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.baobiao.reports.catalog.ColumnSpec;
import org.baobiao.reports.catalog.DatasetSpec;
import org.baobiao.reports.catalog.ParameterSpec;
import org.baobiao.reports.catalog.ParameterType;
import org.baobiao.reports.catalog.ReportCatalog;
import org.baobiao.reports.catalog.ReportSpec;
import org.baobiao.warehouse.DataVersion;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.query.QueryResult;

/**
 * Computes a report: runs each dataset's SQL on the warehouse with the request's parameters, checks
 * the columns against the spec and types the values as the spec says.
 *
 * <p>SQL parameters available to every query: {@code :org_code}, {@code :period_start} and {@code
 * :period_end} (timestamps, end exclusive); for comparisons {@code :previous_start} and {@code
 * :previous_end} (the period of the same length just before), {@code :year_ago_start} and {@code
 * :year_ago_end} (the same period a year earlier) and {@code :trend_start} (13 months before {@code
 * :period_end}: a 13-month trend ending with the period's last month). For a period not over when
 * the report is made (a year to date), {@code :cutoff} is the start of the generation day
 * (Asia/Shanghai), otherwise {@code :period_end}; {@code :year_ago_cutoff} is a year before it, so
 * that a year to date is compared with the same span of the year before.
 *
 * <p>A CHOICE parameter is bound by its name ({@code :severity}) to the value asked for, or to its
 * default; the value is text, so a query compares it as text or casts it.
 *
 * <p>A report with {@code findings:} rules gets one more dataset, {@value Findings#NAME}, first:
 * the sentences the rules write from the other datasets' figures ({@link Findings}).
 */
public final class ReportRunner {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** A contract id as the contracts' YAML files allow it ({@code contract:}). */
  private static final java.util.regex.Pattern CONTRACT_ID =
      java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,40}");

  private final Warehouse warehouse;
  private final ReportCatalog catalog;
  private final Clock clock;

  public ReportRunner(Warehouse warehouse, ReportCatalog catalog, Clock clock) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
    this.catalog = requireNonNull(catalog, "catalog is null");
    this.clock = requireNonNull(clock, "clock is null");
  }

  /** The organisation codes of the loaded hospitals, in order. */
  public List<String> hospitals() {
    return List.copyOf(hospitalNames().keySet());
  }

  /** The loaded hospitals' codes with their names, by code. */
  public Map<String, String> hospitalNames() {
    Map<String, String> result = new LinkedHashMap<>();
    for (Object[] r :
        warehouse
            .query("SELECT org_code, name FROM hospitals ORDER BY org_code", Map.of())
            .rows()) {
      result.put((String) r[0], (String) r[1]);
    }
    return result;
  }

  /**
   * Computes a report.
   *
   * @throws IllegalArgumentException for an unknown hospital or a period granularity the report
   *     does not offer
   */
  public ReportResult run(ReportSpec spec, ReportRequest request) {
    return run(spec, request, computed -> {});
  }

  /**
   * Computes a report, telling {@code computed} of each dataset of the spec as soon as its query
   * has run (in the spec's order; the findings, evaluated from them at the end, are not told).
   *
   * @throws IllegalArgumentException as {@link #run(ReportSpec, ReportRequest)}
   */
  public ReportResult run(
      ReportSpec spec, ReportRequest request, Consumer<DatasetResult> computed) {
    List<String> names = new ArrayList<>();
    if (!spec.findings().isEmpty()) {
      names.add(Findings.NAME);
    }
    spec.datasets().forEach(ds -> names.add(ds.name()));
    return compute(spec, request, names, requireNonNull(computed, "computed is null"));
  }

  /**
   * Computes some datasets of a report, with the same queries and stamp as {@link #run} (a
   * dashboard that shows a report's figures without computing all of it).
   *
   * @param datasets names of the datasets to compute; the result holds them in the spec's order
   * @throws IllegalArgumentException as {@link #run}, and for a dataset the report does not have
   */
  public ReportResult run(ReportSpec spec, ReportRequest request, List<String> datasets) {
    return compute(spec, request, datasets, computed -> {});
  }

  /**
   * Computes some datasets of a report as {@link #run(ReportSpec, ReportRequest, List)} does,
   * telling {@code computed} of each dataset as soon as its query has run: those of {@link
   * #computedFor}, in the spec's order.
   *
   * @throws IllegalArgumentException as {@link #run(ReportSpec, ReportRequest, List)}
   */
  public ReportResult run(
      ReportSpec spec,
      ReportRequest request,
      List<String> datasets,
      Consumer<DatasetResult> computed) {
    return compute(spec, request, datasets, requireNonNull(computed, "computed is null"));
  }

  /**
   * The datasets whose queries run when {@code datasets} are asked for, in the spec's order: those
   * asked for and, when the findings ({@value Findings#NAME}) are asked for, the ones their rules
   * read.
   *
   * @throws IllegalArgumentException for a dataset the report does not have
   */
  public static List<DatasetSpec> computedFor(ReportSpec spec, List<String> datasets) {
    boolean findings = !spec.findings().isEmpty() && datasets.contains(Findings.NAME);
    for (String name : datasets) {
      if (!(findings && name.equals(Findings.NAME))
          && spec.datasets().stream().noneMatch(ds -> ds.name().equals(name))) {
        throw new IllegalArgumentException("报表 " + spec.id() + " 没有数据集 " + name);
      }
    }
    List<String> needed = new ArrayList<>(datasets);
    if (findings) {
      spec.findings().forEach(rule -> needed.add(rule.dataset()));
    }
    return spec.datasets().stream().filter(ds -> needed.contains(ds.name())).toList();
  }

  private ReportResult compute(
      ReportSpec spec,
      ReportRequest request,
      List<String> datasets,
      Consumer<DatasetResult> listener) {
    boolean findings = !spec.findings().isEmpty() && datasets.contains(Findings.NAME);
    // The findings read datasets that may not have been asked for: those are computed too.
    List<DatasetSpec> needed = computedFor(spec, datasets);
    Map<String, Object> params = prepare(spec, request);
    ReportResult head = head(spec, request);
    List<DatasetResult> computed = new ArrayList<>();
    for (DatasetSpec ds : needed) {
      QueryResult r = warehouse.query(catalog.readQuery(spec, ds), params);
      checkColumns(spec, ds, r.columns());
      DatasetResult result = new DatasetResult(ds, typed(ds, r.rows()));
      computed.add(result);
      listener.accept(result);
    }
    List<DatasetResult> results = new ArrayList<>();
    if (findings) {
      results.add(Findings.evaluate(spec, computed));
    }
    computed.stream().filter(r -> datasets.contains(r.spec().name())).forEach(results::add);
    return new ReportResult(spec, head.stamp(), head.subtitle(), results);
  }

  /**
   * Computes a report whose rows are read from the warehouse while they are written, never all held
   * in memory (XLSX and CSV of large extractions). Each dataset's query runs when its rows are
   * read; the stamp is taken now.
   *
   * @throws IllegalArgumentException as {@link #run}
   */
  public StreamedReport stream(ReportSpec spec, ReportRequest request) {
    prepare(spec, request); // the request is checked before the head is made of it
    return stream(spec, request, head(spec, request));
  }

  /**
   * Streams a report as {@link #stream(ReportSpec, ReportRequest)} does, except for what {@code
   * computed} (a result of the same spec and request, e.g. the datasets a PDF printed) already
   * holds: its stamp, which the streamed files then share, and its datasets, whose rows are handed
   * on instead of being queried again.
   *
   * @throws IllegalArgumentException as {@link #run}, and for a result of another report
   */
  public StreamedReport stream(ReportSpec spec, ReportRequest request, ReportResult computed) {
    if (!computed.spec().id().equals(spec.id())) {
      throw new IllegalArgumentException("报表 " + computed.spec().id() + " 的结果不能用于报表 " + spec.id());
    }
    Map<String, Object> params = prepare(spec, request);
    Map<String, DatasetResult> known = new HashMap<>();
    computed.datasets().forEach(d -> known.put(d.spec().name(), d));
    List<DatasetStream> datasets = new ArrayList<>();
    if (!spec.findings().isEmpty()) {
      // Few sentences from summary datasets: computed now, in memory.
      DatasetResult findings = known.get(Findings.NAME);
      datasets.add(
          DatasetStream.of(
              findings != null
                  ? findings
                  : run(spec, request, List.of(Findings.NAME)).datasets().get(0)));
    }
    for (DatasetSpec ds : spec.datasets()) {
      if (known.containsKey(ds.name())) {
        datasets.add(DatasetStream.of(known.get(ds.name())));
        continue;
      }
      String sql = catalog.readQuery(spec, ds);
      DatasetStream.Source read =
          sink ->
              warehouse.stream(
                  sql,
                  params,
                  (columns, rows) -> {
                    checkColumns(spec, ds, columns);
                    while (rows.hasNext()) {
                      sink.accept(typed(ds, rows.next()));
                    }
                    return null;
                  });
      DatasetStream.Source ahead = new ReadAheadSource(read, spec.id() + "/" + ds.name());
      // The rows are fetched and typed on a thread of their own while the renderer writes the
      // previous ones, unless this thread holds the warehouse's lock (a report inside a
      // transaction), which the reading thread would wait for.
      datasets.add(
          new DatasetStream(
              ds, sink -> (Thread.holdsLock(warehouse) ? read : ahead).forEach(sink)));
    }
    return new StreamedReport(
        new ReportResult(spec, computed.stamp(), computed.subtitle(), List.of()), datasets);
  }

  /**
   * The number of rows of one dataset of a report, read and counted without being kept (a layout
   * that says how many rows a detail dataset has without printing them).
   *
   * @throws IllegalArgumentException as {@link #run}, and for a dataset the report does not have
   */
  public long count(ReportSpec spec, ReportRequest request, String dataset) throws IOException {
    DatasetSpec ds = computedFor(spec, List.of(dataset)).get(0);
    Map<String, Object> params = prepare(spec, request);
    return warehouse.stream(
        catalog.readQuery(spec, ds),
        params,
        (columns, rows) -> {
          checkColumns(spec, ds, columns);
          long n = 0;
          while (rows.hasNext()) {
            rows.next();
            n++;
          }
          return n;
        });
  }

  /**
   * The period a report counts over for an asked period: the asked one, except that a year of a
   * report whose period parameter says {@code year: statistical} is the MCH statistical year of
   * that name (2026 = 2025-10-01 to 2026-09-30).
   */
  public static ReportPeriod periodOf(ReportSpec spec, ReportPeriod asked) {
    boolean statistical = spec.parameter("period").map(p -> p.statisticalYear()).orElse(false);
    return statistical ? asked.inStatisticalYears() : asked;
  }

  /**
   * The value of each of the report's CHOICE parameters for the options asked for (name → value),
   * in the spec's order: the one asked for, or the default.
   *
   * @throws IllegalArgumentException for an option the report does not have or a value it does not
   *     offer
   */
  public static Map<ParameterSpec, ParameterSpec.Choice> choices(
      ReportSpec spec, Map<String, String> options) {
    Map<ParameterSpec, ParameterSpec.Choice> out = new LinkedHashMap<>();
    List<ParameterSpec> offered =
        spec.parameters().stream()
            .filter(p -> p.type() == ParameterType.CHOICE || p.type() == ParameterType.CONTRACT)
            .toList();
    for (String name : options.keySet()) {
      if (offered.stream().noneMatch(p -> p.name().equals(name))) {
        throw new IllegalArgumentException(
            "报表 "
                + spec.id()
                + " 没有选项 '"
                + name
                + "'"
                + (offered.isEmpty()
                    ? "（该报表没有可选项）"
                    : "；可用: " + offered.stream().map(ParameterSpec::name).toList()));
      }
    }
    for (ParameterSpec p : offered) {
      if (p.type() == ParameterType.CONTRACT) {
        String contract = options.get(p.name());
        if (contract != null && !contract.isBlank()) {
          if (!CONTRACT_ID.matcher(contract).matches()) {
            throw new IllegalArgumentException(
                "报表 "
                    + spec.id()
                    + " 的选项 "
                    + p.name()
                    + "（"
                    + p.label()
                    + "）不接受 '"
                    + contract
                    + "'：合同编号应为 1 到 40 个字母、数字、下划线或连字符");
          }
          out.put(p, new ParameterSpec.Choice(contract, contract));
        }
        continue;
      }
      String value = options.getOrDefault(p.name(), p.defaultValue());
      ParameterSpec.Choice choice =
          p.choice(value)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "报表 "
                              + spec.id()
                              + " 的选项 "
                              + p.name()
                              + "（"
                              + p.label()
                              + "）不接受 '"
                              + value
                              + "'；可选: "
                              + p.choices().stream()
                                  .map(c -> c.value() + "=" + c.label())
                                  .toList()));
      out.put(p, choice);
    }
    return out;
  }

  /** Checks the request against the spec; returns the SQL parameters. */
  private Map<String, Object> prepare(ReportSpec spec, ReportRequest request) {
    ReportPeriod period = periodOf(spec, request.period());
    spec.parameter("period")
        .filter(
            p ->
                !p.granularities().isEmpty()
                    && !p.granularities().contains(request.period().granularity()))
        .ifPresent(
            p -> {
              throw new IllegalArgumentException(
                  "报表 "
                      + spec.id()
                      + " 不支持按"
                      + request.period().granularity()
                      + "统计，可用: "
                      + p.granularities());
            });
    Map<String, Object> params = new HashMap<>();
    // An optional contract not given is bound as NULL: the queries then cover every contract.
    spec.parameters().stream()
        .filter(p -> p.type() == ParameterType.CONTRACT)
        .forEach(p -> params.put(p.name(), null));
    choices(spec, request.options()).forEach((p, c) -> params.put(p.name(), c.value()));
    params.put("org_code", request.hospital());
    params.put("period_start", period.start().atStartOfDay());
    params.put("period_end", period.end().atStartOfDay());
    comparisons(period, params);
    cutoffs(period, ZonedDateTime.now(clock).withZoneSameInstant(ZONE).toLocalDate(), params);
    return params;
  }

  /** The comparison periods' parameters of {@code period} (see the class comment). */
  static void comparisons(ReportPeriod period, Map<String, Object> params) {
    Period length = Period.between(period.start(), period.end());
    params.put("previous_start", period.start().minus(length).atStartOfDay());
    params.put("previous_end", period.start().atStartOfDay());
    params.put("year_ago_start", period.start().minusYears(1).atStartOfDay());
    params.put("year_ago_end", period.end().minusYears(1).atStartOfDay());
    params.put("trend_start", period.end().minusMonths(13).atStartOfDay());
  }

  /**
   * {@code :cutoff} and {@code :year_ago_cutoff} of {@code period} made on {@code today} (see the
   * class comment): the period's end, or the start of today while the period is not over (never
   * before the period's start).
   */
  static void cutoffs(ReportPeriod period, LocalDate today, Map<String, Object> params) {
    LocalDate cutoff = period.end();
    if (today.isBefore(cutoff)) {
      cutoff = today.isAfter(period.start()) ? today : period.start();
    }
    params.put("cutoff", cutoff.atStartOfDay());
    params.put("year_ago_cutoff", cutoff.minusYears(1).atStartOfDay());
  }

  /** The stamp and subtitle, as a result without datasets. */
  private ReportResult head(ReportSpec spec, ReportRequest request) {
    String hospitalName = hospitalName(request.hospital());
    ReportPeriod period = periodOf(spec, request.period());
    DataVersion version = warehouse.dataVersion();
    Map<String, String> given = new LinkedHashMap<>();
    given.put("period", request.period().text());
    given.put("hospital", request.hospital());
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(label(spec, "period", "统计期间"), period.label());
    labels.put(label(spec, "hospital", "医院"), hospitalName + "（" + request.hospital() + "）");
    StringBuilder subtitle = new StringBuilder(hospitalName + " · " + period.label());
    choices(spec, request.options())
        .forEach(
            (p, c) -> {
              given.put(p.name(), c.value());
              labels.put(p.label(), c.label());
              subtitle.append(" · ").append(c.label());
            });
    ReportStamp stamp =
        new ReportStamp(
            spec.id(),
            spec.version(),
            given,
            labels,
            version.describe(),
            warehouse.engine(),
            ZonedDateTime.now(clock).withNano(0));
    return new ReportResult(spec, stamp, subtitle.toString(), List.of());
  }

  private static String label(ReportSpec spec, String name, String fallback) {
    return spec.parameter(name).map(p -> p.label()).orElse(fallback);
  }

  private String hospitalName(String orgCode) {
    QueryResult r =
        warehouse.query("SELECT name FROM hospitals WHERE org_code = :org", Map.of("org", orgCode));
    if (r.rows().isEmpty()) {
      throw new IllegalArgumentException(
          "未知的医院机构代码 '" + orgCode + "'；已加载的医院: " + String.join(", ", hospitals()));
    }
    return (String) r.rows().get(0)[0];
  }

  private static void checkColumns(ReportSpec spec, DatasetSpec ds, List<String> columns) {
    List<String> expected = ds.columns().stream().map(ColumnSpec::name).toList();
    if (!columns.equals(expected)) {
      throw new IllegalStateException(
          "报表 "
              + spec.id()
              + " 数据集 "
              + ds.name()
              + "（"
              + ds.query()
              + "）返回的列为 "
              + columns
              + "，与 report.yaml 声明的 "
              + expected
              + " 不一致");
    }
  }

  private static List<Object[]> typed(DatasetSpec ds, List<Object[]> rows) {
    List<Object[]> out = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      out.add(typed(ds, row));
    }
    return out;
  }

  private static Object[] typed(DatasetSpec ds, Object[] row) {
    Object[] out = new Object[row.length];
    for (int i = 0; i < row.length; i++) {
      out[i] = convert(row[i], ds.columns().get(i));
    }
    return out;
  }

  /**
   * Types one value as its column says; numbers are rounded half-up to the column's scale, personal
   * data masked by the column's mask.
   */
  static Object convert(Object v, ColumnSpec c) {
    if (v == null) {
      return null;
    }
    return switch (c.type()) {
      case TEXT -> c.mask() == null ? v.toString() : c.mask().mask(v.toString());
      case INTEGER -> v instanceof Number n ? (Object) n.longValue() : Long.parseLong(v.toString());
      case DECIMAL -> decimal(v).setScale(c.scale(), RoundingMode.HALF_UP);
      case PERCENT -> decimal(v).setScale(c.scale() + 2, RoundingMode.HALF_UP);
      case DATE -> v instanceof LocalDateTime t ? t.toLocalDate() : (LocalDate) v;
      case TIMESTAMP -> (LocalDateTime) v;
    };
  }

  private static BigDecimal decimal(Object v) {
    if (v instanceof BigDecimal d) {
      return d;
    }
    if (v instanceof Double d) {
      return BigDecimal.valueOf(d);
    }
    if (v instanceof Long l) {
      return BigDecimal.valueOf(l);
    }
    return new BigDecimal(v.toString());
  }
}
