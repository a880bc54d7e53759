package org.baobiao.reports.submission;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.baobiao.spec.personal.PersonalData;

/**
 * The layout of an upload file, read from its spec (see docs/medrec-qc.md and docs/mch-qc.md): the
 * kind of record it uploads, which fields in which order under which codes, how each is formatted
 * and code-mapped, and the period of records it is in force for.
 *
 * @param id the layout's id, e.g. {@code perf-assessment}
 * @param version its version, e.g. {@code 2026.1}
 * @param title its name in Chinese
 * @param record the table of the records it uploads ({@code record:} in the spec; {@link
 *     #FRONT_PAGES} when the spec names none)
 * @param extract the extract of the extraction catalog whose approved request an upload in clear
 *     must cite ({@code extract:} in the spec), or null when any request of the record's domain
 *     will do
 * @param effectiveFrom the first record date (discharge, delivery, ...) it applies to
 * @param effectiveTo the last, or null while in force
 * @param columns the columns of the file, repeats expanded, in order
 * @param source the spec's resource, for messages
 */
public record UploadLayout(
    String id,
    String version,
    String title,
    String record,
    String extract,
    LocalDate effectiveFrom,
    LocalDate effectiveTo,
    List<Column> columns,
    String source) {

  /** The record of a layout that names none: the inpatient front page. */
  public static final String FRONT_PAGES = "medrec_front_pages";

  public UploadLayout {
    requireNonNull(id, "id is null");
    requireNonNull(version, "version is null");
    requireNonNull(title, "title is null");
    requireNonNull(record, "record is null");
    requireNonNull(effectiveFrom, "effectiveFrom is null");
    columns = List.copyOf(columns);
  }

  /** Where a column's value comes from. */
  public enum Part {
    /** The uploaded record itself (the front page, the birth, ...). */
    RECORD("记录"),
    /** A front page's other diagnoses, by position. */
    DIAGNOSES("其他诊断"),
    /** A front page's operations, by position. */
    OPERATIONS("手术操作"),
    /**
     * The pregnancy registration (孕产妇建册) an MCH record belongs to, by its {@code pregnancy_id}: the
     * mother's name and ID number of a birth.
     */
    REGISTRATION("孕产妇建册");

    private final String label;

    Part(String label) {
      this.label = label;
    }

    /** Its name in Chinese, for messages. */
    public String label() {
      return label;
    }
  }

  /**
   * One column of the file.
   *
   * @param code the upload's field code, e.g. {@code JBDM1}
   * @param name its name, e.g. {@code 其他诊断编码1}
   * @param part where the value comes from
   * @param nth for diagnoses and operations, the 1-based position (the n-th other diagnosis)
   * @param from the warehouse column
   * @param format a date pattern (java.time) or {@code 0.00} for money; null to write as stored
   * @param map front-page code → upload code; empty when the codes are the same
   * @param personal the class of personal data the value is (masked unless approved), or null
   */
  public record Column(
      String code,
      String name,
      Part part,
      int nth,
      String from,
      String format,
      Map<String, String> map,
      PersonalData personal) {
    public Column {
      map = Map.copyOf(map);
    }

    /** Whether the value is personal data. */
    public boolean isPersonal() {
      return personal != null;
    }
  }

  /** Whether the layout uploads the inpatient front page. */
  public boolean uploadsFrontPages() {
    return record.equals(FRONT_PAGES);
  }

  /** Whether the layout is in force for records dated {@code day}. */
  public boolean inForceOn(LocalDate day) {
    return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
  }
}
