package org.baobiao.reports.catalog;

/** The type of a report parameter. */
public enum ParameterType {
  /** A reporting period: {@code 2026-10} (month), {@code 2026-Q3} (quarter) or {@code 2026}. */
  PERIOD,
  /** A hospital organisation code; when omitted the report is produced once per hospital. */
  HOSPITAL,
  /** Free text. */
  TEXT,
  /**
   * One of a fixed list of values given in report.yaml ({@code choices}), with a default: an option
   * that changes what the report covers, e.g. major-fault's fault levels.
   */
  CHOICE,
  /**
   * A maintenance contract's id (the {@code contract:} of its YAML): an optional option that
   * restricts the report to that contract; bound to the queries as {@code :name}, NULL when not
   * given (every contract of the hospital).
   */
  CONTRACT
}
