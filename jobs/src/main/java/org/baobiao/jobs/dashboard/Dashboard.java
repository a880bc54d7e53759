package org.baobiao.jobs.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A hospital's year at a glance, for its managers: each section's figures are a report's own
 * figures for the same period (computed by the report's queries), so that a figure can be followed
 * to the report that explains it.
 *
 * @param hospital the hospital's organisation code
 * @param hospitalName its name
 * @param year the calendar year shown
 * @param through the last day the year's figures reach (today for the current year)
 * @param dataVersion the warehouse data version the figures were computed from
 * @param sections one per domain, in a fixed order; a domain without data has an empty note
 */
public record Dashboard(
    String hospital,
    String hospitalName,
    int year,
    LocalDate through,
    String dataVersion,
    List<Section> sections) {

  /**
   * One domain's figures, from one report.
   *
   * @param key a stable identifier (sla, duties, interfaces, medrec, blood)
   * @param title the section's Chinese title
   * @param reportId the report whose figures these are
   * @param period the report period that gives the same figures (e.g. {@code 2026})
   * @param figures the headline figures
   * @param trend monthly series (months as {@code 2026-01}), empty when the section has none
   * @param note why the section is empty, or null when it has figures
   */
  public record Section(
      String key,
      String title,
      String reportId,
      String period,
      List<Figure> figures,
      List<Series> trend,
      String note) {
    public Section {
      figures = List.copyOf(figures);
      trend = List.copyOf(trend);
    }

    /** Whether the section has figures to show. */
    public boolean hasFigures() {
      return !figures.isEmpty();
    }
  }

  /**
   * One figure.
   *
   * @param label what it is, in Chinese
   * @param value the value in its unit (a rate as a percentage), or null when its denominator is
   *     zero (shown as —)
   * @param unit e.g. %, 次, 天
   * @param basis how it is counted, e.g. 达标 95 次 / 已判定 100 次
   * @param attention whether it needs a manager's attention (a breach, a missed duty, a gap day)
   */
  public record Figure(
      String label, BigDecimal value, String unit, String basis, boolean attention) {}

  /**
   * A monthly series for a chart.
   *
   * @param name the series' name, e.g. 响应
   * @param unit its unit
   * @param months the months, {@code yyyy-MM}
   * @param values one value per month, null where the month has no denominator
   */
  public record Series(String name, String unit, List<String> months, List<BigDecimal> values) {
    public Series {
      months = List.copyOf(months);
      values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }
  }
}
