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
 */
public record ExtractField(
    String name, String label, ColumnType type, FieldClass fieldClass, Masking masking) {
  public ExtractField {
    requireNonNull(name, "name is null");
    requireNonNull(label, "label is null");
    requireNonNull(type, "type is null");
    requireNonNull(fieldClass, "fieldClass is null");
  }
}
