package org.baobiao.sample;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.baobiao.etl.source.ReasonCode;

/**
 * An independent, test-only reading of the ticket rules of {@code docs/formats.md}: gives the
 * reason code a line must be rejected with, or {@code null} for a good line. One instance per file.
 */
final class TicketLineValidator {

  static final List<String> COLUMNS =
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
  static final List<String> ALIASES =
      List.of(
          "机构代码", "工单号", "序号", "事件类型", "事件时间", "故障级别", "报障渠道", "系统编码", "科室", "服务类别", "报告人", "联系电话",
          "工程师", "说明");

  private static final Set<String> EVENT_TYPES =
      Set.of(
          "REPORTED",
          "ACKNOWLEDGED",
          "REMOTE_STARTED",
          "ON_SITE",
          "PAUSED",
          "RESUMED",
          "RESOLVED",
          "REOPENED",
          "CLOSED",
          "CANCELLED");
  private static final Set<String> CHANNELS = Set.of("PHONE", "REMOTE", "ONSITE", "IM", "PLATFORM");
  private static final Set<String> CATEGORIES =
      Set.of(
          "CORRECTIVE",
          "ADAPTIVE",
          "PERFECTIVE",
          "DATA_FIX",
          "CONSULT",
          "DATA_EXTRACT",
          "CHANGE",
          "INTERFACE",
          "INSPECTION");
  private static final Pattern ORG = Pattern.compile("[0-9A-Z]{9}");
  private static final Pattern TICKET = Pattern.compile("[A-Za-z0-9_-]{1,40}");
  private static final List<DateTimeFormatter> TIMES =
      List.of(
          strict("uuuu-MM-dd HH:mm:ss"),
          strict("uuuu-MM-dd HH:mm"),
          strict("uuuu/MM/dd HH:mm:ss"),
          strict("uuuu/MM/dd HH:mm"));

  private final Map<String, Set<String>> systemsByOrg;
  private final Set<String> keys = new HashSet<>();
  private int[] index;

  TicketLineValidator(Map<String, Set<String>> systemsByOrg) {
    this.systemsByOrg = systemsByOrg;
  }

  static DateTimeFormatter strict(String pattern) {
    return DateTimeFormatter.ofPattern(pattern, Locale.ROOT)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  static LocalDateTime parseTime(String text) {
    for (DateTimeFormatter format : TIMES) {
      try {
        return LocalDateTime.parse(text, format);
      } catch (DateTimeParseException e) {
        // try the next accepted form
      }
    }
    return null;
  }

  /** Reads the header; columns by English name or Chinese alias. */
  void header(String line) {
    List<String> names = split(line);
    index = new int[COLUMNS.size()];
    for (int c = 0; c < COLUMNS.size(); c++) {
      int at = names.indexOf(COLUMNS.get(c));
      index[c] = at >= 0 ? at : names.indexOf(ALIASES.get(c));
      if (index[c] < 0) {
        throw new IllegalArgumentException("missing column " + COLUMNS.get(c));
      }
    }
  }

  /** The fields of a good line by English column name order, or null when it cannot be parsed. */
  List<String> fields(String line) {
    List<String> raw = split(line);
    if (raw == null || raw.size() != COLUMNS.size()) {
      return null;
    }
    List<String> fields = new ArrayList<>();
    for (int i : index) {
      fields.add(raw.get(i).trim());
    }
    return fields;
  }

  ReasonCode check(String line) {
    List<String> raw = split(line);
    if (raw == null) {
      return ReasonCode.MALFORMED_CSV;
    }
    if (raw.size() != COLUMNS.size()) {
      return ReasonCode.COLUMN_COUNT;
    }
    List<String> f = fields(line);
    boolean reported = "REPORTED".equals(f.get(3));
    for (int c = 0; c < 5; c++) {
      if (f.get(c).isEmpty()) {
        return ReasonCode.MISSING_VALUE;
      }
    }
    if (reported && (f.get(5).isEmpty() || f.get(6).isEmpty() || f.get(7).isEmpty())) {
      return ReasonCode.MISSING_VALUE;
    }
    if (!f.get(2).matches("[0-9]+") || Long.parseLong(f.get(2)) < 1) {
      return ReasonCode.BAD_NUMBER;
    }
    if (parseTime(f.get(4)) == null) {
      return ReasonCode.BAD_TIMESTAMP;
    }
    if (!EVENT_TYPES.contains(f.get(3))
        || (!f.get(5).isEmpty() && !Set.of("1", "2", "3").contains(f.get(5)))
        || (!f.get(6).isEmpty() && !CHANNELS.contains(f.get(6)))
        || (!f.get(9).isEmpty() && !CATEGORIES.contains(f.get(9)))) {
      return ReasonCode.BAD_CODE;
    }
    if (!ORG.matcher(f.get(0)).matches() || !TICKET.matcher(f.get(1)).matches()) {
      return ReasonCode.BAD_FORMAT;
    }
    Set<String> systems = systemsByOrg.get(f.get(0));
    if (systems == null) {
      return ReasonCode.UNKNOWN_HOSPITAL;
    }
    if (!f.get(7).isEmpty() && !systems.contains(f.get(7))) {
      return ReasonCode.UNKNOWN_SYSTEM;
    }
    if (!keys.add(f.get(0) + "|" + f.get(1) + "|" + f.get(2))) {
      return ReasonCode.DUPLICATE_KEY;
    }
    return null;
  }

  /** Strict RFC 4180 split of one physical line; null if it is not valid CSV. */
  static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (true) {
      field.setLength(0);
      if (i < line.length() && line.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= line.length()) {
            return null;
          }
          char c = line.charAt(i++);
          if (c == '"') {
            if (i < line.length() && line.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(c);
          }
        }
      } else {
        while (i < line.length() && line.charAt(i) != ',') {
          if (line.charAt(i) == '"') {
            return null;
          }
          field.append(line.charAt(i++));
        }
      }
      fields.add(field.toString());
      if (i >= line.length()) {
        return fields;
      }
      if (line.charAt(i++) != ',') {
        return null;
      }
    }
  }
}
