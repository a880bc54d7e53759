package org.baobiao.etl.medrec;

import java.util.List;
import org.baobiao.etl.load.ColumnDef;
import org.baobiao.etl.load.FieldReader;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.HeaderMap;
import org.baobiao.etl.load.ReasonCode;
import org.baobiao.etl.load.ReferenceData;
import org.baobiao.etl.source.SourceRecord;

/**
 * A file kind of the {@code medrec} domain, described by its columns alone: each staged column is
 * the column of the same name, read by its {@link MedrecField.Type}; the hospital must be loaded.
 * The file layouts are in docs/formats.md.
 */
abstract sealed class MedrecKind implements FileKind
    permits FrontPagesKind, DiagnosesKind, OperationsKind {
  /** The key of a stay, first columns of every medrec file. */
  static final List<MedrecField> STAY =
      List.of(
          MedrecField.text("org_code", "机构代码").mandatory(),
          MedrecField.text("record_no", "病案号").mandatory(),
          MedrecField.integer("admission_no", "住院次数", 1, 999).mandatory());

  private final String name;
  private final List<MedrecField> fields;
  private final List<ColumnDef> columns;

  MedrecKind(String name, List<MedrecField> fields) {
    this.name = name;
    this.fields = List.copyOf(fields);
    this.columns = fields.stream().map(MedrecField::column).toList();
  }

  @Override
  public final String domain() {
    return "medrec";
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final boolean accepts(String fileName) {
    return fileName.startsWith(name) && fileName.endsWith(".csv");
  }

  @Override
  public final List<ColumnDef> columns() {
    return columns;
  }

  @Override
  public final String stagingTable() {
    return "stg_" + name;
  }

  @Override
  public final Object[] map(SourceRecord record, HeaderMap header, ReferenceData reference) {
    FieldReader f = new FieldReader(record, header);
    Object[] row = new Object[fields.size()];
    for (int i = 0; i < row.length; i++) {
      row[i] = fields.get(i).read(f);
    }
    String recordNo = (String) row[1];
    if (recordNo != null && !MedrecKind.isRecordNo(recordNo)) {
      f.reject("record_no", recordNo, ReasonCode.BAD_FORMAT, "应为 1–30 位字母、数字或连字符");
    }
    String org = (String) row[0];
    if (org != null && !reference.hasHospital(org)) {
      f.reject("org_code", org, ReasonCode.UNKNOWN_HOSPITAL, "机构代码未在医院名录（hospitals）中；请先加载该医院的参考数据");
    }
    f.finish();
    return row;
  }

  @Override
  public final String publishSql() {
    return "/org/baobiao/etl/medrec/publish_" + name + ".sql";
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
