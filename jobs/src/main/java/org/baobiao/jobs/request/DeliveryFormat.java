package org.baobiao.jobs.request;

/** The file a request is delivered as. */
public enum DeliveryFormat {
  /** One workbook: a cover sheet (说明) with the stamp, then the data sheet. */
  XLSX,
  /** One UTF-8 CSV file, the stamp as {@code #} comment lines before the header. */
  CSV
}
