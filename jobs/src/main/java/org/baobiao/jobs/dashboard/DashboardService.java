package org.baobiao.jobs.dashboard;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.baobiao.jobs.dashboard.Dashboard.Figure;
import org.baobiao.jobs.dashboard.Dashboard.Section;
import org.baobiao.jobs.dashboard.Dashboard.Series;
import org.baobiao.jobs.service.InvalidRequestException;
import org.baobiao.reports.catalog.ColumnSpec;
import org.baobiao.reports.catalog.ColumnType;
import org.baobiao.reports.catalog.ReportCatalog;
import org.baobiao.reports.catalog.ReportSpec;
import org.baobiao.reports.run.DatasetResult;
import org.baobiao.reports.run.ReportPeriod;
import org.baobiao.reports.run.ReportRequest;
import org.baobiao.reports.run.ReportResult;
import org.baobiao.reports.run.ReportRunner;
import org.baobiao.warehouse.Warehouse;

/**
 * A hospital's year at a glance (the managers' dashboard of the console and its API): SLA
 * compliance per clock with a monthly trend, duties met and missed, interface health, the
 * medical-record QC pass rate with its monthly trend, and the blood-use indicators. Every figure is
 * computed by the dataset query of the report named in its section, for the year (and, for a trend,
 * for each month) — the same figure the report prints for that period, never a second formula.
 */
public final class DashboardService {
  private final ReportCatalog catalog;
  private final ReportRunner runner;
  private final Warehouse warehouse;
  private final Clock clock;

  public DashboardService(Warehouse warehouse, ReportCatalog catalog, Clock clock) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
    this.catalog = requireNonNull(catalog, "catalog is null");
    this.clock = requireNonNull(clock, "clock is null");
    this.runner = new ReportRunner(warehouse, catalog, clock);
  }

  /**
   * The dashboard of a hospital for a year.
   *
   * @param hospital a loaded hospital's code
   * @param year the calendar year; null for the current one
   * @throws InvalidRequestException for a hospital that is not loaded or a year out of range
   */
  public Dashboard dashboard(String hospital, Integer year) {
    return dashboard(hospital, year, null);
  }

  /**
   * The SLA sections only (compliance per clock with its trend, and the duties) of each of the
   * given maintenance contracts of a hospital for a year, each computed by {@code sla-compliance}
   * restricted to that contract (its {@code contract} option): a vendor's dashboard. A contract of
   * another hospital simply has no figures.
   *
   * @param contracts contract ids, in the order shown
   * @throws InvalidRequestException for a hospital that is not loaded or a year out of range
   */
  public Dashboard contractDashboard(String hospital, Integer year, List<String> contracts) {
    return dashboard(hospital, year, List.copyOf(contracts));
  }

  private Dashboard dashboard(String hospital, Integer year, List<String> contracts) {
    Map<String, String> names = runner.hospitalNames();
    if (hospital == null || !names.containsKey(hospital)) {
      throw new InvalidRequestException(
          "未知的医院机构代码 '" + hospital + "'；已加载的医院: " + String.join(", ", names.keySet()));
    }
    LocalDate today = LocalDate.now(clock);
    int y = year == null ? today.getYear() : year;
    if (y < ReportPeriod.FIRST_YEAR || y > today.getYear()) {
      throw new InvalidRequestException(
          "年份 " + y + " 超出范围：应在 " + ReportPeriod.FIRST_YEAR + " 到 " + today.getYear() + " 年之间");
    }
    LocalDate through = y == today.getYear() ? today : LocalDate.of(y, 12, 31);
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = YearMonth.of(y, 1);
        !m.isAfter(YearMonth.from(through));
        m = m.plusMonths(1)) {
      months.add(m);
    }
    ReportPeriod period = ReportPeriod.parse(Integer.toString(y));
    List<Section> sections = new ArrayList<>();
    if (contracts != null) {
      for (String contract : contracts) {
        sections.add(sla(hospital, period, months, contract));
        sections.add(duties(hospital, period, contract));
      }
    } else {
      sections.add(sla(hospital, period, months, null));
      sections.add(duties(hospital, period, null));
      sections.add(interfaces(hospital, period));
      sections.add(medrec(hospital, period, months));
      sections.add(blood(hospital, period));
    }
    return new Dashboard(
        hospital, names.get(hospital), y, through, warehouse.dataVersion().describe(), sections);
  }

  /** The loaded hospitals, code → name. */
  public Map<String, String> hospitalNames() {
    return runner.hospitalNames();
  }

  /** A section's key and title of one contract (none: every contract of the hospital). */
  private static String key(String key, String contract) {
    return contract == null ? key : key + "-" + contract;
  }

  private static String title(String title, String contract) {
    return contract == null ? title : title + " · 合同 " + contract;
  }

  private static Map<String, String> options(String contract) {
    return contract == null ? Map.of() : Map.of(CONTRACT_OPTION, contract);
  }

  /**
   * sla-compliance's option (its CONTRACT parameter) that restricts it to one contract: what the
   * vendors' dashboard asks and what the console's access rules check.
   */
  public static final String CONTRACT_OPTION = "contract";

  private Section sla(
      String hospital, ReportPeriod period, List<YearMonth> months, String contract) {
    String title = title("服务级别达成（按合同计时）", contract);
    String key = key("sla", contract);
    DatasetResult year = dataset("sla-compliance", "compliance", hospital, period, contract);
    if (year == null) {
      return missing(key, title, "sla-compliance", period);
    }
    List<Figure> figures = new ArrayList<>();
    for (Object[] row : year.rows()) {
      if (!"合计".equals(text(year, row, "severity_label"))) {
        continue;
      }
      long met = count(year, row, "met");
      long breached = count(year, row, "breached");
      figures.add(
          new Figure(
              text(year, row, "clock_name") + "达标率",
              percent(year, row, "compliance"),
              "%",
              "达标 " + met + " 次 / 已判定 " + (met + breached) + " 次",
              breached > 0));
    }
    if (figures.isEmpty()) {
      return empty(key, title, "sla-compliance", period, "本年没有合同计时结果（未运行 sla evaluate 或没有工单）。");
    }
    // One series per clock: the overall (合计) compliance of each month's report.
    Map<String, List<BigDecimal>> byClock = new LinkedHashMap<>();
    figures.forEach(f -> byClock.put(f.label().replace("达标率", ""), new ArrayList<>()));
    for (YearMonth m : months) {
      DatasetResult month = dataset("sla-compliance", "compliance", hospital, month(m), contract);
      Map<String, BigDecimal> values = new LinkedHashMap<>();
      for (Object[] row : month.rows()) {
        if ("合计".equals(text(month, row, "severity_label"))) {
          values.put(text(month, row, "clock_name"), percent(month, row, "compliance"));
        }
      }
      byClock.forEach((clockName, series) -> series.add(values.get(clockName)));
    }
    List<Series> trend = new ArrayList<>();
    byClock.forEach(
        (clockName, values) -> trend.add(new Series(clockName, "%", texts(months), values)));
    return new Section(key, title, "sla-compliance", period.text(), figures, trend, null);
  }

  private Section duties(String hospital, ReportPeriod period, String contract) {
    String title = title("合同义务履行", contract);
    String key = key("duties", contract);
    DatasetResult ds = dataset("sla-compliance", "obligation_summary", hospital, period, contract);
    if (ds == null) {
      return missing(key, title, "sla-compliance", period);
    }
    List<Figure> figures = new ArrayList<>();
    Figure total = null;
    for (Object[] row : ds.rows()) {
      long met = count(ds, row, "met");
      long missed = count(ds, row, "missed");
      long due = count(ds, row, "due_periods");
      String name = text(ds, row, "obligation_name");
      boolean isTotal = "合计".equals(name);
      Figure f =
          new Figure(
              isTotal ? "义务履行率（合计）" : name,
              percent(ds, row, "fulfilment"),
              "%",
              "已履行 " + met + " 期 / 应考核 " + due + " 期，未履行 " + missed + " 期",
              missed > 0);
      if (isTotal) {
        total = f;
      } else {
        figures.add(f);
      }
    }
    if (figures.isEmpty()) {
      return empty(key, title, "sla-compliance", period, "本年没有应考核的合同义务。");
    }
    if (total != null) {
      figures.add(0, total);
    }
    return new Section(key, title, "sla-compliance", period.text(), figures, List.of(), null);
  }

  private Section interfaces(String hospital, ReportPeriod period) {
    String title = "接口运行";
    DatasetResult ds = dataset("interface-exchange", "summary", hospital, period);
    if (ds == null) {
      return missing("interfaces", title, "interface-exchange", period);
    }
    if (ds.rows().isEmpty() || count(ds, ds.rows().get(0), "exchanges") == 0) {
      return empty("interfaces", title, "interface-exchange", period, "本年没有接口交换记录。");
    }
    Object[] row = ds.rows().get(0);
    long exchanges = count(ds, row, "exchanges");
    long succeeded = count(ds, row, "succeeded");
    long failed = count(ds, row, "failed");
    long gapDays = count(ds, row, "gap_days");
    List<Figure> figures =
        List.of(
            new Figure(
                "交换成功率",
                percent(ds, row, "success_rate"),
                "%",
                "成功 " + succeeded + " 次 / 交换 " + exchanges + " 次",
                failed > 0),
            new Figure("上报及时率", percent(ds, row, "on_time_rate"), "%", "按接口约定的上报时限", false),
            new Figure("失败", BigDecimal.valueOf(failed), "次", "交换失败次数", failed > 0),
            new Figure("缺报天数", BigDecimal.valueOf(gapDays), "接口·天", "应报而无交换的接口·天", gapDays > 0));
    return new Section(
        "interfaces", title, "interface-exchange", period.text(), figures, List.of(), null);
  }

  private Section medrec(String hospital, ReportPeriod period, List<YearMonth> months) {
    String title = "病案首页质控";
    DatasetResult summary = dataset("medrec-qc", "summary", hospital, period);
    if (summary == null) {
      return missing("medrec", title, "medrec-qc", period);
    }
    if (summary.rows().isEmpty() || count(summary, summary.rows().get(0), "records") == 0) {
      return empty("medrec", title, "medrec-qc", period, "本年没有出院病案首页。");
    }
    Object[] row = summary.rows().get(0);
    long records = count(summary, row, "records");
    long passed = count(summary, row, "passed");
    long blocking = count(summary, row, "blocking");
    List<Figure> figures =
        List.of(
            new Figure(
                "质控通过率",
                percent(summary, row, "pass_rate"),
                "%",
                "无阻断性问题 " + passed + " 份 / 出院首页 " + records + " 份",
                passed < records),
            new Figure("完全合格率", percent(summary, row, "clean_rate"), "%", "没有任何问题的首页占比", false),
            new Figure("阻断性问题", BigDecimal.valueOf(blocking), "条", "须修改后才能上报的问题", blocking > 0));
    DatasetResult monthly = dataset("medrec-qc", "monthly", hospital, period);
    Map<String, BigDecimal> byMonth = new LinkedHashMap<>();
    for (Object[] r : monthly.rows()) {
      Object month = r[index(monthly, "month")];
      byMonth.put(YearMonth.from((LocalDate) month).toString(), percent(monthly, r, "pass_rate"));
    }
    List<BigDecimal> values = new ArrayList<>();
    months.forEach(m -> values.add(byMonth.get(m.toString())));
    return new Section(
        "medrec",
        title,
        "medrec-qc",
        period.text(),
        figures,
        List.of(new Series("质控通过率", "%", texts(months), values)),
        null);
  }

  private Section blood(String hospital, ReportPeriod period) {
    String title = "临床用血";
    DatasetResult ds = dataset("blood-use", "indicators", hospital, period);
    if (ds == null) {
      return missing("blood", title, "blood-use", period);
    }
    boolean any = false;
    List<Figure> figures = new ArrayList<>();
    for (Object[] row : ds.rows()) {
      BigDecimal denominator = (BigDecimal) row[index(ds, "denominator")];
      BigDecimal numerator = (BigDecimal) row[index(ds, "numerator")];
      any |=
          (numerator != null && numerator.signum() != 0)
              || (denominator != null && denominator.signum() != 0);
      figures.add(
          new Figure(
              text(ds, row, "indicator"),
              (BigDecimal) row[index(ds, "value")],
              text(ds, row, "unit"),
              "分子 " + plain(numerator) + " / 分母 " + plain(denominator),
              false));
    }
    if (!any) {
      return empty("blood", title, "blood-use", period, "本年没有临床用血记录。");
    }
    return new Section("blood", title, "blood-use", period.text(), figures, List.of(), null);
  }

  /** A dataset of a report for the hospital and period; null when the catalog lacks the report. */
  private DatasetResult dataset(
      String reportId, String dataset, String hospital, ReportPeriod period) {
    return dataset(reportId, dataset, hospital, period, null);
  }

  /** One dataset of a report, restricted to a contract when one is given. */
  private DatasetResult dataset(
      String reportId, String dataset, String hospital, ReportPeriod period, String contract) {
    ReportSpec spec = catalog.find(reportId).orElse(null);
    if (spec == null || spec.datasets().stream().noneMatch(d -> d.name().equals(dataset))) {
      return null;
    }
    ReportResult r =
        runner.run(spec, new ReportRequest(period, hospital, options(contract)), List.of(dataset));
    return r.datasets().get(0);
  }

  private static Section missing(String key, String title, String reportId, ReportPeriod period) {
    return empty(key, title, reportId, period, "报表目录中没有报表 " + reportId + "（配置文件夹替换或删除了它）。");
  }

  private static Section empty(
      String key, String title, String reportId, ReportPeriod period, String note) {
    return new Section(key, title, reportId, period.text(), List.of(), List.of(), note);
  }

  private static ReportPeriod month(YearMonth m) {
    return ReportPeriod.parse(m.toString());
  }

  private static List<String> texts(List<YearMonth> months) {
    return months.stream().map(YearMonth::toString).toList();
  }

  private static String text(DatasetResult ds, Object[] row, String column) {
    Object v = row[index(ds, column)];
    return v == null ? "" : v.toString();
  }

  private static long count(DatasetResult ds, Object[] row, String column) {
    Object v = row[index(ds, column)];
    return v == null ? 0 : ((Number) v).longValue();
  }

  /** A PERCENT column's fraction as a percentage with the column's scale; null stays null. */
  private static BigDecimal percent(DatasetResult ds, Object[] row, String column) {
    int i = index(ds, column);
    ColumnSpec c = ds.spec().columns().get(i);
    if (c.type() != ColumnType.PERCENT) {
      throw new IllegalStateException(ds.spec().name() + "." + column + " is not a PERCENT column");
    }
    BigDecimal v = (BigDecimal) row[i];
    return v == null
        ? null
        : v.movePointRight(2).setScale(c.scale(), java.math.RoundingMode.HALF_UP);
  }

  /** A column's index; a report replaced by one without the column is named, not crashed on. */
  private static int index(DatasetResult ds, String column) {
    int i = ds.spec().indexOf(column);
    if (i < 0) {
      throw new IllegalStateException(
          "仪表盘读取的数据集 " + ds.spec().name() + " 没有列 " + column + "（报表定义被配置文件夹替换？）");
    }
    return i;
  }

  private static String plain(BigDecimal v) {
    return v == null ? "—" : v.stripTrailingZeros().toPlainString();
  }
}
