package org.baobiao.etl.medrec;

import static org.baobiao.etl.medrec.MedrecField.integer;
import static org.baobiao.etl.medrec.MedrecField.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Other diagnoses of a stay ({@code medrec_diagnoses*.csv}), keyed by the stay and {@code seq}; see
 * docs/formats.md.
 */
public final class DiagnosesKind extends MedrecKind {
  static final List<MedrecField> FIELDS;

  static {
    List<MedrecField> f = new ArrayList<>(STAY);
    f.add(integer("seq", "序号", 1, 99).mandatory());
    f.add(text("diagnosis_code", "诊断编码"));
    f.add(text("diagnosis_name", "诊断名称"));
    f.add(text("admission_condition", "入院病情"));
    FIELDS = List.copyOf(f);
  }

  public DiagnosesKind() {
    super("medrec_diagnoses", FIELDS);
  }

  @Override
  public List<String> keyColumns() {
    return List.of("org_code", "record_no", "admission_no", "seq");
  }
}
