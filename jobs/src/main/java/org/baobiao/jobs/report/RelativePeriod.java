package org.baobiao.jobs.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.baobiao.jobs.service.InvalidRequestException;
import org.baobiao.reports.catalog.ReportSpec;
import org.baobiao.reports.run.ReportPeriod;

/**
 * A period relative to the day a scheduled report runs: the day before, the last complete month,
 * quarter, year or statistical year. A schedule stores one of these, never a fixed period, and
 * resolves it on the day it fires.
 */
public enum RelativePeriod {
  /** 昨天: the day before (daily reports). */
  YESTERDAY("昨天", "day"),
  /** 上月: the last complete calendar month. */
  LAST_MONTH("上月", "month"),
  /** 上季度: the last complete calendar quarter. */
  LAST_QUARTER("上季度", "quarter"),
  /** 去年: the last complete calendar year. */
  LAST_YEAR("去年", "year"),
  /**
   * 统计年度: the last complete statistical year, 1 October to 30 September; on 30 September 2026 that
   * is 2024-10-01…2025-09-30, from 1 October 2026 on it is 2025-10-01…2026-09-30.
   */
  STATISTICAL_YEAR("统计年度", "year");

  private final String label;
  private final String granularity;

  RelativePeriod(String label, String granularity) {
    this.label = label;
    this.granularity = granularity;
  }

  /** 昨天, 上月, 上季度, 去年, 统计年度. */
  public String label() {
    return label;
  }

  /** The report granularity this period is of: day, month, quarter or year (统计年度 too). */
  public String granularity() {
    return granularity;
  }

  /** The period this stands for when a schedule fires on {@code day}. */
  public ReportPeriod resolve(LocalDate day) {
    return switch (this) {
      case YESTERDAY -> ReportPeriod.parse(day.minusDays(1).toString());
      case LAST_MONTH -> ReportPeriod.parse(YearMonth.from(day).minusMonths(1).toString());
      case LAST_QUARTER -> {
        LocalDate quarterStart =
            LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1).minusMonths(3);
        yield ReportPeriod.parse(
            quarterStart.getYear() + "-Q" + ((quarterStart.getMonthValue() - 1) / 3 + 1));
      }
      case LAST_YEAR -> ReportPeriod.parse(Integer.toString(day.getYear() - 1));
      case STATISTICAL_YEAR ->
          ReportPeriod.statisticalYear(
              day.getMonthValue() >= ReportPeriod.STATISTICAL_YEAR_START_MONTH
                  ? day.getYear()
                  : day.getYear() - 1);
    };
  }

  /**
   * Refuses a report whose period parameter does not offer this period's granularity.
   *
   * @throws InvalidRequestException in Chinese, naming the granularities the report offers
   */
  public void checkAcceptedBy(ReportSpec spec) {
    List<String> offered = spec.parameter("period").map(p -> p.granularities()).orElse(List.of());
    boolean statistical = statistical(spec);
    boolean accepted =
        switch (this) {
          // A report counts its years one way: calendar years (去年) or statistical years.
          case LAST_YEAR -> offered.contains("year") && !statistical;
          case STATISTICAL_YEAR -> offered.contains("year") && statistical;
          default -> offered.contains(granularity);
        };
    if (!accepted) {
      throw new InvalidRequestException(
          "报表 "
              + spec.id()
              + " 不接受统计期间“"
              + label
              + "”"
              + (this == STATISTICAL_YEAR ? "（上一个完整的统计年度，10 月 1 日至次年 9 月 30 日）" : "")
              + "：它的统计期间只能"
              + (offered.isEmpty()
                  ? "不填"
                  : "按 "
                      + String.join(
                          "、", offered.stream().map(g -> word(g, statistical)).toList())));
    }
  }

  private static boolean statistical(ReportSpec spec) {
    return spec.parameter("period").map(p -> p.statisticalYear()).orElse(false);
  }

  private static String word(String granularity, boolean statistical) {
    return switch (granularity) {
      case "day" -> "日（昨天）";
      case "month" -> "月（上月）";
      case "quarter" -> "季度（上季度）";
      case "year" -> statistical ? "统计年度" : "年（去年）";
      default -> granularity;
    };
  }

  /**
   * The relative period a report's {@code scheduled:} granularity stands for: a year is 统计年度 for a
   * report that counts statistical years, else 去年.
   */
  public static RelativePeriod forScheduled(ReportSpec spec, String granularity) {
    return granularity.equals("year") && statistical(spec)
        ? STATISTICAL_YEAR
        : ofGranularity(granularity);
  }

  /**
   * The default cron of a schedule made from a report's {@code scheduled:} key: early in the
   * morning of the first days after the period ends (Quartz syntax, seconds first).
   */
  public String defaultCron() {
    return switch (this) {
      case YESTERDAY -> "0 0 7 * * ?";
      case LAST_MONTH -> "0 0 6 1 * ?";
      case LAST_QUARTER -> "0 0 6 2 1,4,7,10 ?";
      case LAST_YEAR -> "0 0 6 3 1 ?";
      case STATISTICAL_YEAR -> "0 0 6 3 10 ?";
    };
  }

  /** The relative period a report's {@code scheduled:} granularity stands for. */
  public static RelativePeriod ofGranularity(String granularity) {
    for (RelativePeriod p : values()) {
      if (p.granularity.equals(granularity)) {
        return p;
      }
    }
    throw new InvalidRequestException("没有与粒度 '" + granularity + "' 对应的相对统计期间");
  }

  /**
   * Reads a relative period from its Chinese label (上月) or its name (LAST_MONTH).
   *
   * @throws InvalidRequestException in Chinese, listing the accepted labels
   */
  public static RelativePeriod parse(String text) {
    String t = text == null ? "" : text.strip();
    for (RelativePeriod p : values()) {
      if (p.label.equals(t) || p.name().equals(t.toUpperCase(Locale.ROOT).replace('-', '_'))) {
        return p;
      }
    }
    throw new InvalidRequestException("统计期间 '" + t + "' 无效：定时任务的统计期间应为 昨天、上月、上季度、去年 或 统计年度");
  }
}
