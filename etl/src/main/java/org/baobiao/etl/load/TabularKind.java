package org.baobiao.etl.load;

import java.time.LocalDateTime;
import java.util.List;
import org.baobiao.etl.source.ColumnDef;
import org.baobiao.etl.source.ReasonCode;
import org.baobiao.etl.source.SourceRecord;

/**
 * A file kind described by its columns alone: each staged column is the column of the same name,
 * read by its {@link Field.Type}; when there is an {@code org_code} column the hospital must be
 * loaded. Further rules of a row go in {@link #check}. The publish SQL is {@code
 * /org/baobiao/etl/<domain>/publish_<name>.sql}; file names start with the kind's name and end in
 * {@code .csv}.
 */
public class TabularKind implements FileKind {
  private final String domain;
  private final String name;
  private final List<Field> fields;
  private final List<ColumnDef> columns;
  private final List<String> keys;
  private final PersonalFields personal;

  public TabularKind(String domain, String name, List<Field> fields, List<String> keys) {
    this(domain, name, fields, keys, PersonalFields.NONE);
  }

  /**
   * @param personal the kind's personal columns (see {@link FileKind#personalFields()})
   */
  public TabularKind(
      String domain, String name, List<Field> fields, List<String> keys, PersonalFields personal) {
    this.personal = personal;
    this.domain = domain;
    this.name = name;
    this.fields = List.copyOf(fields);
    this.columns = fields.stream().map(Field::column).toList();
    this.keys = List.copyOf(keys);
  }

  @Override
  public final String domain() {
    return domain;
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

  /** The columns with their types, in file (and staging) order. */
  public final List<Field> fields() {
    return fields;
  }

  @Override
  public PersonalFields personalFields() {
    return personal;
  }

  @Override
  public final String stagingTable() {
    return "stg_" + name;
  }

  @Override
  public final List<String> keyColumns() {
    return keys;
  }

  @Override
  public final Object[] map(SourceRecord record, HeaderMap header, ReferenceData reference) {
    FieldReader f = new FieldReader(record, header, personalFields(), columns);
    Object[] row = new Object[fields.size()];
    for (int i = 0; i < row.length; i++) {
      row[i] = fields.get(i).read(f);
    }
    check(f, row);
    int org = indexOf("org_code");
    if (org >= 0 && row[org] != null && !reference.hasHospital((String) row[org])) {
      f.reject(
          "org_code",
          (String) row[org],
          ReasonCode.UNKNOWN_HOSPITAL,
          "机构代码未在医院名录（hospitals）中；请先加载该医院的参考数据");
    }
    f.finish();
    return row;
  }

  /** The position of a column in the staged row, or -1. */
  protected final int indexOf(String column) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).name().equals(column)) {
        return i;
      }
    }
    return -1;
  }

  /** INCONSISTENT on {@code later} when it is before {@code earlier} (both times given). */
  protected final void notBefore(
      FieldReader f, Object[] row, String later, String earlier, String message) {
    if (row[indexOf(later)] instanceof LocalDateTime l
        && row[indexOf(earlier)] instanceof LocalDateTime e
        && l.isBefore(e)) {
      f.reject(later, f.raw(later), ReasonCode.INCONSISTENT, message + " " + f.raw(earlier));
    }
  }

  /**
   * Rules of a row beyond its columns' types (nothing by default): record problems with {@code
   * f.reject}; {@code row} holds the values read so far (null when empty or rejected).
   */
  protected void check(FieldReader f, Object[] row) {}

  @Override
  public final String publishSql() {
    return "/org/baobiao/etl/" + domain + "/publish_" + name + ".sql";
  }
}
