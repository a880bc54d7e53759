package org.baobiao.jobs.request.catalog;

import static java.util.Objects.requireNonNull;

import org.baobiao.reports.catalog.ColumnType;

/**
 * One field an extract can deliver.
 *
 * @param name the dataset's column
 * @param label the heading people read
 * @param type the value's type
 * @param fieldClass how sensitive it is
 * @param masking how it is masked when not approved unmasked; null for public and internal fields
 * @param sensitiveCodes for a public or internal field, the list of codes that make a value
 *     sensitive (delivered as the list's {@link CodeList#maskedAs()} unless the approval names the
 *     field unmasked); null when no value is
 * @param codesFrom the field whose codes decide, when not this field's own (a diagnosis name masked
 *     when its code is in the list); null for the field's own value
 */
public record ExtractField(
    String name,
    String label,
    ColumnType type,
    FieldClass fieldClass,
    Masking masking,
    CodeList sensitiveCodes,
    String codesFrom) {
  public ExtractField {
    requireNonNull(name, "name is null");
    requireNonNull(label, "label is null");
    requireNonNull(type, "type is null");
    requireNonNull(fieldClass, "fieldClass is null");
    if (codesFrom != null && sensitiveCodes == null) {
      throw new IllegalArgumentException("codesFrom without sensitiveCodes");
    }
  }

  /** A field without value-dependent sensitivity. */
  public ExtractField(
      String name, String label, ColumnType type, FieldClass fieldClass, Masking masking) {
    this(name, label, type, fieldClass, masking, null, null);
  }

  /**
   * Whether some of the field's values are withheld unless the approval names the field: every
   * personal or sensitive value, and the values a sensitive code list holds.
   */
  public boolean maskable() {
    return fieldClass.personal() || sensitiveCodes != null;
  }

  /**
   * Whether delivering the field needs the second approval: always for a sensitive field; for a
   * field with sensitive codes, when its values are to be delivered unmasked.
   */
  public boolean needsSecondApproval(boolean unmasked) {
    return fieldClass == FieldClass.SENSITIVE || (sensitiveCodes != null && unmasked);
  }

  /** The column whose codes decide the field's sensitivity: {@link #codesFrom} or its own. */
  public String codesColumn() {
    return codesFrom == null ? name : codesFrom;
  }
}
