package org.baobiao.reports.submission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import org.baobiao.spec.personal.CitizenId;
import org.baobiao.spec.personal.PersonalData;

/**
 * One cell of an upload file, whatever the record: the stored value formatted as the layout says,
 * mapped to the upload's code, an identity number normalised to 18 characters and a personal value
 * masked unless the upload is approved. The writers of every kind of record go through here, so a
 * front page and a birth are written by the same rules.
 */
final class UploadCells {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private UploadCells() {}

  /**
   * The text of column {@code c} for {@code stored}, never null (an empty cell for no value).
   *
   * @param reasons where a code without a mapping is added as a reason to refuse the record
   * @param unmasked whether personal fields are written as they are (an approved request)
   */
  static String cell(
      UploadLayout layout,
      UploadLayout.Column c,
      Object stored,
      boolean unmasked,
      List<String> reasons) {
    String v = format(stored, c.format());
    if (v != null && !c.map().isEmpty()) {
      String mapped = c.map().get(v);
      if (mapped == null) {
        reasons.add(
            "代码无对照：" + c.code() + "（" + c.name() + "）'" + v + "' 不在版式 " + layout.id() + " 的对照表中");
      }
      v = mapped;
    }
    if (c.personal() == PersonalData.ID_NUMBER) {
      v = CitizenId.normalise(v);
    }
    if (v != null && c.isPersonal() && !unmasked) {
      v = c.personal().mask(v);
    }
    return v == null ? "" : v;
  }

  /** A value as the layout writes it. */
  static String format(Object v, String format) {
    if (v == null) {
      return null;
    }
    if (v instanceof BigDecimal d) {
      return "0.00".equals(format)
          ? d.setScale(2, RoundingMode.HALF_UP).toPlainString()
          : d.toPlainString();
    }
    if (v instanceof LocalDateTime || v instanceof LocalDate) {
      DateTimeFormatter f =
          format == null
              ? (v instanceof LocalDate ? DATE : TIME)
              : DateTimeFormatter.ofPattern(format, Locale.ROOT);
      return f.format((TemporalAccessor) v);
    }
    return v.toString();
  }
}
