package org.baobiao.medrec.qc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComplicationsTest {
  private final Complications complications = Complications.load();

  private static Map<String, Object> dx(long seq, String code, String condition) {
    return Map.of(
        "seq",
        seq,
        "diagnosis_code",
        code,
        "diagnosis_name",
        "x",
        "admission_condition",
        condition);
  }

  @Test
  void aComplicationArisesInHospitalAndTheLongestPrefixGivesItsCategory() {
    Stay stay =
        new Stay(
            Map.of("org_code", "o", "record_no", "r", "admission_no", 1L),
            List.of(
                dx(1, "T81.000x002", "4"),
                dx(2, "T81.800", "4"),
                dx(3, "T81.400", "1"),
                dx(4, "E11.900", "4")),
            List.of(Map.of("seq", 1L, "elective", "2"), Map.of("seq", 2L, "elective", "1")));
    assertThat(complications.of(stay))
        .extracting(Complications.Found::seq, Complications.Found::category)
        .containsExactly(tuple(1, "手术后出血或血肿"), tuple(2, "其他手术并发症"));
    assertThat(Complications.electiveOperation(stay))
        .hasValueSatisfying(o -> assertThat(o.get("seq")).isEqualTo(2L));
  }
}
