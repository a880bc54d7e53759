package org.baobiao.reports.catalog;

import java.util.Locale;

/** An output format of a report. */
public enum ReportFormat {
  PDF,
  XLSX,
  CSV;

  /** File extension without the dot. */
  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code pdf}, {@code xlsx} or {@code csv} (any case). */
  public static ReportFormat parse(String text) {
    for (ReportFormat f : values()) {
      if (f.name().equalsIgnoreCase(text.trim())) {
        return f;
      }
    }
    throw new IllegalArgumentException("未知的报表格式: '" + text + "'，可选 pdf, xlsx, csv");
  }
}
