package org.baobiao.jobs.audit;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.baobiao.warehouse.Warehouse;

/**
 * Writes extraction audit rows. Values are given by column name and placed by the table's own
 * column order, read from the warehouse, so that a column added by a later migration cannot shift
 * the values into the wrong columns.
 */
public final class ExtractionAudit {
  static final String TABLE = "extraction_audit";
  private final Warehouse warehouse;

  public ExtractionAudit(Warehouse warehouse) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
  }

  /** Stores one entry (replacing an entry with the same id). */
  public void record(AuditEntry e) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("audit_id", e.auditId());
    values.put("kind", e.kind());
    values.put("org_code", e.orgCode());
    values.put("period", e.period());
    values.put("layout", e.layout());
    values.put("layout_version", e.layoutVersion());
    values.put("rule_sets", e.ruleSets());
    values.put("rows_written", e.rowsWritten());
    values.put("rows_refused", e.rowsRefused());
    values.put("personal", e.personal());
    values.put("approval_ref", e.approvalRef());
    values.put("approved_by", e.approvedBy());
    values.put("requested_by", e.requestedBy());
    values.put("file_path", e.filePath());
    values.put("file_sha256", e.fileSha256());
    values.put("data_version", e.dataVersion());
    values.put("created_at", e.createdAt());
    warehouse.replaceRows(
        TABLE, "audit_id = :id", Map.of("id", e.auditId()), List.<Object[]>of(row(values)));
  }

  /** The values in the table's column order; a column the entry does not know stays null. */
  private Object[] row(Map<String, Object> values) {
    List<String> columns =
        warehouse.query("SELECT * FROM " + TABLE + " WHERE 1 = 0", Map.of()).columns();
    List<String> unknown = new ArrayList<>(values.keySet());
    unknown.removeAll(columns);
    if (!unknown.isEmpty()) {
      throw new IllegalStateException(TABLE + " has no columns " + unknown + "; it has " + columns);
    }
    Object[] row = new Object[columns.size()];
    for (int i = 0; i < row.length; i++) {
      row[i] = values.get(columns.get(i));
    }
    return row;
  }
}
