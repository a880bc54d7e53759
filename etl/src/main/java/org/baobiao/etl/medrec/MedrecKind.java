package org.baobiao.etl.medrec;

import java.util.List;
import org.baobiao.etl.load.Field;
import org.baobiao.etl.load.FieldReader;
import org.baobiao.etl.load.PersonalFields;
import org.baobiao.etl.load.TabularKind;
import org.baobiao.etl.source.ReasonCode;

/**
 * A file kind of the {@code medrec} domain (docs/formats.md): its columns read by type only, the
 * record number checked, codes stored as given for the quality rules.
 */
abstract sealed class MedrecKind extends TabularKind
    permits FrontPagesKind, DiagnosesKind, OperationsKind {
  /** The key of a stay, first columns of every medrec file. */
  static final List<Field> STAY =
      List.of(
          Field.text("org_code", "机构代码").mandatory(),
          Field.text("record_no", "病案号").mandatory(),
          Field.integer("admission_no", "住院次数", 1, 999).mandatory());

  /** The stay's key columns. */
  static final List<String> STAY_KEY = List.of("org_code", "record_no", "admission_no");

  /** The personal columns of the front page (MedrecColumns.PERSONAL), masked as everywhere. */
  static final PersonalFields PERSONAL =
      new PersonalFields() {
        @Override
        public boolean isPersonal(String column) {
          return MedrecColumns.PERSONAL.contains(column);
        }

        @Override
        public String mask(String column, String value) {
          return MedrecColumns.mask(column, value);
        }
      };

  MedrecKind(String name, List<Field> fields, List<String> keys) {
    super("medrec", name, fields, keys);
  }

  /**
   * Every medrec file is a patient's record: even the diagnoses and operations, which have no
   * personal column, get masked raw lines when a row cannot be matched to its header.
   */
  @Override
  public final PersonalFields personalFields() {
    return PERSONAL;
  }

  @Override
  protected final void check(FieldReader f, Object[] row) {
    String recordNo = (String) row[1];
    if (recordNo != null && !isRecordNo(recordNo)) {
      f.reject("record_no", recordNo, ReasonCode.BAD_FORMAT, "应为 1–30 位字母、数字或连字符");
    }
  }

  private static boolean isRecordNo(String s) {
    if (s.length() > 30) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '-')) {
        return false;
      }
    }
    return true;
  }
}
