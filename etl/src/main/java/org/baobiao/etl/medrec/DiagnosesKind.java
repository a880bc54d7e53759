package org.baobiao.etl.medrec;

import static org.baobiao.etl.load.Field.integer;
import static org.baobiao.etl.load.Field.text;

import java.util.ArrayList;
import java.util.List;
import org.baobiao.etl.load.Field;

/**
 * Other diagnoses of a stay ({@code medrec_diagnoses*.csv}), keyed by the stay and {@code seq}; see
 * docs/formats.md.
 */
public final class DiagnosesKind extends MedrecKind {
  static final List<Field> FIELDS;

  static {
    List<Field> f = new ArrayList<>(STAY);
    f.add(integer("seq", "序号", 1, 99).mandatory());
    f.add(text("diagnosis_code", "诊断编码"));
    f.add(text("diagnosis_name", "诊断名称"));
    f.add(text("admission_condition", "入院病情"));
    FIELDS = List.copyOf(f);
  }

  public DiagnosesKind() {
    super("medrec_diagnoses", FIELDS, List.of("org_code", "record_no", "admission_no", "seq"));
  }

  /** A file carrying any row of a stay replaces all of that stay's rows. */
  @Override
  public List<String> replaceGroupColumns() {
    return STAY_KEY;
  }
}
