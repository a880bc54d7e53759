package org.baobiao.etl.load;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.baobiao.etl.source.ColumnDef;
import org.baobiao.etl.source.ReasonCode;
import org.baobiao.etl.source.SourceRecord;
import org.baobiao.warehouse.load.Reject;

/**
 * Reads the typed fields of one source record, collecting every problem as a {@link Reject} instead
 * of stopping at the first, so a statistician sees all of a row's problems at once. {@link
 * #finish()} throws {@link RowRejectedException} if any field failed.
 */
public final class FieldReader {
  private final SourceRecord record;
  private final HeaderMap header;
  private final List<Reject> rejects = new ArrayList<>(0);
  private final boolean misaligned;
  private final PersonalFields personal;
  private final List<ColumnDef> columns;
  private String maskedRaw;

  /**
   * Starts reading a record; a record whose field count differs from the header's is rejected whole
   * ({@code COLUMN_COUNT}) by {@link #finish()}.
   */
  public FieldReader(SourceRecord record, HeaderMap header) {
    this(record, header, PersonalFields.NONE, List.of());
  }

  /**
   * Starts reading a record of a kind with personal columns: its rejects hold masked values and a
   * masked raw line (docs/formats.md, "Personal data in rejects").
   *
   * @param columns the kind's documented columns, to tell which field of the raw line is which
   */
  public FieldReader(
      SourceRecord record, HeaderMap header, PersonalFields personal, List<ColumnDef> columns) {
    this.record = record;
    this.header = header;
    this.personal = personal;
    this.columns = columns;
    this.misaligned = record.fields().length != header.width();
    if (misaligned) {
      reject(
          "*",
          null,
          ReasonCode.COLUMN_COUNT,
          "本行有 " + record.fields().length + " 个字段，表头有 " + header.width() + " 列；请检查是否缺少或多出逗号");
    }
  }

  /** Whether the record is still acceptable so far. */
  public boolean ok() {
    return rejects.isEmpty();
  }

  /** The raw text of a column, or null when absent or empty (or the row is misaligned). */
  public String raw(String column) {
    if (misaligned) {
      return null;
    }
    int i = header.indexOf(column);
    if (i < 0) {
      return null;
    }
    String v = record.fields()[i];
    return v.isEmpty() ? null : v;
  }

  /**
   * The longest text any column takes: a longer value (a runaway quote, a pasted document) is one
   * BAD_FORMAT reject instead of a staged row the store's CSV reader refuses, failing the file.
   */
  public static final int MAX_TEXT = 10_000;

  /**
   * Text of at most {@link #MAX_TEXT} characters; rejected with MISSING_VALUE when required and
   * empty, BAD_FORMAT when longer.
   */
  public String text(String column, boolean required) {
    String v = raw(column);
    if (v == null && required && !misaligned) {
      missing(column);
    }
    if (v != null && v.length() > MAX_TEXT) {
      reject(column, v, ReasonCode.BAD_FORMAT, "应不超过 " + MAX_TEXT + " 个字符，实有 " + v.length() + " 个");
      return null;
    }
    return v;
  }

  /** Text of at most {@code maxLength} characters; BAD_FORMAT when longer. */
  public String text(String column, boolean required, int maxLength) {
    String v = text(column, required);
    if (v != null && v.length() > maxLength) {
      reject(
          column,
          v.substring(0, Math.min(v.length(), 80)) + (v.length() > 80 ? "…" : ""),
          ReasonCode.BAD_FORMAT,
          "应不超过 " + maxLength + " 个字符，实有 " + v.length() + " 个");
      return null;
    }
    return v;
  }

  /** Text matching a pattern; BAD_FORMAT otherwise. */
  public String matching(String column, boolean required, Pattern pattern, String expected) {
    String v = text(column, required);
    if (v != null && !pattern.matcher(v).matches()) {
      reject(column, v, ReasonCode.BAD_FORMAT, "应为" + expected);
      return null;
    }
    return v;
  }

  /** A token (see {@link Token}); BAD_FORMAT otherwise. */
  public String token(String column, boolean required, Token token) {
    String v = text(column, required);
    if (v != null && !token.matches(v)) {
      reject(column, v, ReasonCode.BAD_FORMAT, "应为" + token.description());
      return null;
    }
    return v;
  }

  /** One of the given codes; BAD_CODE otherwise. */
  public String code(String column, boolean required, Set<String> codes, String listForPeople) {
    String v = text(column, required);
    if (v != null && !codes.contains(v)) {
      reject(column, v, ReasonCode.BAD_CODE, "应为以下代码之一: " + listForPeople);
      return null;
    }
    return v;
  }

  /** One of the codes of a code list (see {@link CodeLists}); BAD_CODE otherwise. */
  public String code(String column, boolean required, Map<String, String> codeList) {
    String v = text(column, required);
    if (v != null && !codeList.containsKey(v)) {
      // The list is described only for the reject: most values are good.
      reject(column, v, ReasonCode.BAD_CODE, "应为以下代码之一: " + CodeLists.describe(codeList));
      return null;
    }
    return v;
  }

  /** An integer within [min, max]; BAD_NUMBER otherwise. */
  public Integer integer(String column, boolean required, int min, int max) {
    String v = text(column, required);
    if (v == null) {
      return null;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        reject(column, v, ReasonCode.BAD_NUMBER, "应为 " + min + " 到 " + max + " 之间的整数");
        return null;
      }
      return n;
    } catch (NumberFormatException e) {
      reject(column, v, ReasonCode.BAD_NUMBER, "应为 " + min + " 到 " + max + " 之间的整数");
      return null;
    }
  }

  /** A whole number within [min, max] (64 bits); BAD_NUMBER otherwise. */
  public Long wholeNumber(String column, boolean required, long min, long max) {
    String v = text(column, required);
    if (v == null) {
      return null;
    }
    try {
      long n = Long.parseLong(v);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // fall through to the reject
    }
    reject(column, v, ReasonCode.BAD_NUMBER, "应为 " + min + " 到 " + max + " 之间的整数");
    return null;
  }

  /**
   * The largest amount the warehouse stores ({@code DECIMAL(14, 2)}): a larger one is rejected here
   * instead of failing the whole file in the store.
   */
  public static final BigDecimal MAX_MONEY = new BigDecimal("999999999999.99");

  /**
   * A money amount in yuan with at most 2 fraction digits, ≥ 0 and at most {@link #MAX_MONEY};
   * BAD_NUMBER otherwise.
   */
  public BigDecimal money(String column, boolean required) {
    String v = text(column, required);
    if (v == null) {
      return null;
    }
    try {
      BigDecimal d = new BigDecimal(v);
      if (d.signum() < 0 || d.scale() > 2 || v.contains("e") || v.contains("E")) {
        reject(column, v, ReasonCode.BAD_NUMBER, "应为不小于 0、最多两位小数的金额（元），如 12345.60");
        return null;
      }
      if (d.compareTo(MAX_MONEY) > 0) {
        reject(
            column,
            v,
            ReasonCode.BAD_NUMBER,
            "金额超出可存范围：应不超过 " + MAX_MONEY.toPlainString() + " 元，实有 " + d.precision() + " 位数字");
        return null;
      }
      return d;
    } catch (NumberFormatException e) {
      reject(column, v, ReasonCode.BAD_NUMBER, "应为不小于 0、最多两位小数的金额（元），如 12345.60");
      return null;
    }
  }

  /**
   * A decimal in [0, max] with at most {@code scale} fraction digits, returned with exactly that
   * scale (so it fits a {@code DECIMAL(p, scale)} column); BAD_NUMBER otherwise.
   */
  public BigDecimal decimal(String column, boolean required, int scale, BigDecimal max) {
    String v = text(column, required);
    if (v == null) {
      return null;
    }
    String expected =
        "应为 0 到 "
            + max.toPlainString()
            + " 之间、最多 "
            + scale
            + " 位小数的数，如 "
            + BigDecimal.ONE.setScale(scale);
    try {
      BigDecimal d = new BigDecimal(v);
      if (d.signum() < 0
          || d.scale() > scale
          || d.compareTo(max) > 0
          || v.contains("e")
          || v.contains("E")) {
        reject(column, v, ReasonCode.BAD_NUMBER, expected);
        return null;
      }
      return d.setScale(scale);
    } catch (NumberFormatException e) {
      reject(column, v, ReasonCode.BAD_NUMBER, expected);
      return null;
    }
  }

  /** A local timestamp (Asia/Shanghai) in one of the documented forms; BAD_TIMESTAMP otherwise. */
  public LocalDateTime timestamp(String column, boolean required) {
    String v = text(column, required);
    if (v == null) {
      return null;
    }
    LocalDateTime t = Timestamps.parse(v);
    if (t == null) {
      reject(column, v, ReasonCode.BAD_TIMESTAMP, "应为" + Timestamps.FORMS);
    } else if (!Timestamps.plausible(t)) {
      reject(
          column,
          v,
          ReasonCode.BAD_TIMESTAMP,
          "应为 2000-01-01 至 2099-12-31 之间的时间（" + t.getYear() + " 年不是合理的事件时间，可能是导出时的占位值）");
      return null;
    }
    return t;
  }

  /** A date in one of the documented forms; BAD_DATE otherwise. */
  public LocalDate date(String column, boolean required) {
    String v = text(column, required);
    if (v == null) {
      return null;
    }
    LocalDate d = Timestamps.parseDate(v);
    if (d == null) {
      reject(column, v, ReasonCode.BAD_DATE, "应为 yyyy-MM-dd 或 yyyy/MM/dd 格式的真实日期");
    }
    return d;
  }

  /** Records a problem with a field. */
  public void reject(String column, String value, ReasonCode code, String message) {
    rejects.add(
        new Reject(
            record.file(),
            record.line(),
            column,
            excerpt(personal.any() ? PersonalFields.scrub(personal.mask(column, value)) : value),
            code.name(),
            message,
            rawLine()));
  }

  /** A value as a reject quotes it: at most 200 characters, then how long it was. */
  static String excerpt(String value) {
    if (value == null || value.length() <= 200) {
      return value;
    }
    return value.substring(0, 200) + "…(共" + value.length() + "字符)";
  }

  /** The record's raw line for a reject: as read, or masked when the kind has personal data. */
  private String rawLine() {
    if (!personal.any()) {
      return record.raw();
    }
    if (maskedRaw == null) {
      maskedRaw = personal.maskRecord(record, header, columns);
    }
    return maskedRaw;
  }

  /** Records a missing required value. */
  public void missing(String column) {
    reject(column, null, ReasonCode.MISSING_VALUE, "必填字段为空");
  }

  /**
   * Ends the record.
   *
   * @throws RowRejectedException with every problem found
   */
  public void finish() {
    if (!misaligned) {
      // Columns a kind passes through as read (notes, names) get the same bound as typed ones.
      String[] fields = record.fields();
      for (int i = 0; i < fields.length; i++) {
        if (fields[i].length() > MAX_TEXT) {
          String column = header.columnAt(i);
          // a column the kind does not know is not stored: its length does not matter
          if (column != null && rejects.stream().noneMatch(r -> r.field().equals(column))) {
            reject(
                column,
                fields[i],
                ReasonCode.BAD_FORMAT,
                "应不超过 " + MAX_TEXT + " 个字符，实有 " + fields[i].length() + " 个");
          }
        }
      }
    }
    if (!rejects.isEmpty()) {
      throw new RowRejectedException(rejects);
    }
  }
}
