package org.baobiao.sample.internal;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * How a hospital's ticketing system exports its work-order log.
 *
 * @param charset file encoding
 * @param bom whether the file starts with a UTF-8 byte order mark
 * @param chineseHeader whether the header uses the Chinese column aliases
 * @param timeFormat pattern of {@code event_time}, one of the accepted forms
 * @param repeatAttributes whether every event repeats the ticket's attributes (never the reporter)
 * @param ticketFormat ticket number with {@code {date}} (yyyyMMdd) and {@code {n}} (5 digits)
 */
public record ExportStyle(
    Charset charset,
    boolean bom,
    boolean chineseHeader,
    DateTimeFormatter timeFormat,
    boolean repeatAttributes,
    String ticketFormat) {

  /** English column names of a ticket event file, in the order written. */
  public static final List<String> HEADER_EN =
      List.of(
          "org_code",
          "ticket_no",
          "seq",
          "event_type",
          "event_time",
          "severity",
          "channel",
          "system_code",
          "department",
          "category",
          "reporter",
          "reporter_phone",
          "engineer",
          "note");

  /** The Chinese aliases of the same columns. */
  public static final List<String> HEADER_ZH =
      List.of(
          "机构代码", "工单号", "序号", "事件类型", "事件时间", "故障级别", "报障渠道", "系统编码", "科室", "服务类别", "报告人", "联系电话",
          "工程师", "说明");

  private static final DateTimeFormatter TICKET_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

  /** Builds a style, checking the ticket format. */
  public ExportStyle {
    if (!ticketFormat.contains("{date}") || !ticketFormat.contains("{n}")) {
      throw new IllegalArgumentException("ticket format needs {date} and {n}: " + ticketFormat);
    }
  }

  /** The header line's fields. */
  public List<String> header() {
    return chineseHeader ? HEADER_ZH : HEADER_EN;
  }

  /** The ticket number of the {@code n}-th ticket (from 1) reported on {@code date}. */
  public String ticketNo(LocalDate date, int n) {
    if (n < 1 || n > 99_999) {
      throw new IllegalArgumentException("daily ticket counter out of range: " + n);
    }
    String counter = String.format(Locale.ROOT, "%05d", n);
    return ticketFormat.replace("{date}", TICKET_DATE.format(date)).replace("{n}", counter);
  }
}
