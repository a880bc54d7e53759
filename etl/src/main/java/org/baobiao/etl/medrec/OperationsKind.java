package org.baobiao.etl.medrec;

import static org.baobiao.etl.load.Field.Type.TIMESTAMP;
import static org.baobiao.etl.load.Field.integer;
import static org.baobiao.etl.load.Field.of;
import static org.baobiao.etl.load.Field.text;

import java.util.ArrayList;
import java.util.List;
import org.baobiao.etl.load.Field;

/**
 * Operations and procedures of a stay ({@code medrec_operations*.csv}), keyed by the stay and
 * {@code seq}; see docs/formats.md.
 */
public final class OperationsKind extends MedrecKind {
  static final List<Field> FIELDS;

  static {
    List<Field> f = new ArrayList<>(STAY);
    f.addAll(
        List.of(
            integer("seq", "序号", 1, 99).mandatory(),
            text("operation_code", "手术操作编码"),
            text("operation_name", "手术操作名称"),
            of("operated_at", "手术操作日期", TIMESTAMP),
            text("operation_level", "手术级别"),
            text("surgeon", "术者"),
            text("incision_class", "切口类别"),
            text("healing_grade", "愈合等级"),
            text("anaesthesia_method", "麻醉方式"),
            text("anaesthetist", "麻醉医师"),
            text("elective", "择期手术")));
    FIELDS = List.copyOf(f);
  }

  public OperationsKind() {
    super("medrec_operations", FIELDS, List.of("org_code", "record_no", "admission_no", "seq"));
  }

  /** A file carrying any row of a stay replaces all of that stay's rows. */
  @Override
  public List<String> replaceGroupColumns() {
    return STAY_KEY;
  }
}
