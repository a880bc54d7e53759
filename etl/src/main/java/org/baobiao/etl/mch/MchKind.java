package org.baobiao.etl.mch;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.baobiao.etl.load.Field;
import org.baobiao.etl.load.FieldReader;
import org.baobiao.etl.load.PersonalFields;
import org.baobiao.etl.load.TabularKind;
import org.baobiao.etl.source.ReasonCode;
import org.baobiao.spec.personal.CitizenId;

/**
 * A file kind of the {@code mch} domain (thalassemia or maternal records): keyed by hospital and
 * the record's id, its personal columns masked in rejects, with the row rules those files share.
 */
abstract class MchKind extends TabularKind {
  MchKind(String name, List<Field> fields, String id, PersonalFields personal) {
    super("mch", name, fields, List.of("org_code", id), personal);
  }

  /** BAD_FORMAT on {@code id_number} when it is not a valid GB 11643 number. */
  final void idNumber(FieldReader f, Object[] row) {
    if (row[indexOf("id_number")] instanceof String id && CitizenId.problem(id) != null) {
      f.reject("id_number", id, ReasonCode.BAD_FORMAT, CitizenId.problem(id));
    }
  }

  /** INCONSISTENT on {@code later} when it is before {@code earlier} (both dates given). */
  final void dateNotBefore(
      FieldReader f, Object[] row, String later, String earlier, String message) {
    if (row[indexOf(later)] instanceof LocalDate l
        && row[indexOf(earlier)] instanceof LocalDate e
        && l.isBefore(e)) {
      f.reject(later, f.raw(later), ReasonCode.INCONSISTENT, message + " " + f.raw(earlier));
    }
  }

  /** BAD_NUMBER on {@code column} when its value is outside [min, max]. */
  final void between(
      FieldReader f, Object[] row, String column, String min, String max, String unit) {
    if (row[indexOf(column)] instanceof BigDecimal v
        && (v.compareTo(new BigDecimal(min)) < 0 || v.compareTo(new BigDecimal(max)) > 0)) {
      f.reject(
          column,
          v.toPlainString(),
          ReasonCode.BAD_NUMBER,
          "应在 " + min + "–" + max + " " + unit + " 之间");
    }
  }
}
