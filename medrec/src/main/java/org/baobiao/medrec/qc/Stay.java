package org.baobiao.medrec.qc;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * One inpatient stay as the quality rules see it: the front page's columns by name, and its other
 * diagnoses and operations (each a map of its columns, in front-page order). Values have the
 * warehouse's query types: String, Long, BigDecimal, LocalDate, LocalDateTime; null when empty.
 */
public record Stay(
    Map<String, Object> frontPage,
    List<Map<String, Object>> diagnoses,
    List<Map<String, Object>> operations) {

  public Stay {
    requireNonNull(frontPage, "frontPage is null");
    diagnoses = List.copyOf(diagnoses);
    operations = List.copyOf(operations);
  }

  public String orgCode() {
    return (String) frontPage.get("org_code");
  }

  public String recordNo() {
    return (String) frontPage.get("record_no");
  }

  public int admissionNo() {
    return ((Number) frontPage.get("admission_no")).intValue();
  }

  public LocalDateTime dischargedAt() {
    return (LocalDateTime) frontPage.get("discharged_at");
  }

  /** The rows a rule of {@code scope} looks at. */
  List<Map<String, Object>> rows(RuleScope scope) {
    return switch (scope) {
      case FRONT_PAGE -> List.of(frontPage);
      case DIAGNOSIS -> diagnoses;
      case OPERATION -> operations;
    };
  }
}
