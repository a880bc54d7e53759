package org.baobiao.warehouse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The data version of a warehouse: the load batches it holds, and on engines with versioned tables
 * (Delta Lake) each table's version or the instant a time-travel view shows. Printed on every
 * report so that a figure can be traced to the files it came from and regenerated identically.
 *
 * @param batchIds ids of every loaded batch, ascending
 * @param tableVersions table name → Delta table version, sorted by name; empty on DuckDB
 * @param asOf the instant a time-travel view shows, or null for the current state
 */
public record DataVersion(List<Long> batchIds, Map<String, Long> tableVersions, String asOf) {
  public DataVersion {
    batchIds = List.copyOf(batchIds);
    tableVersions = Collections.unmodifiableMap(new TreeMap<>(tableVersions));
  }

  /** The current data version of an engine without table versions. */
  public DataVersion(List<Long> batchIds) {
    this(batchIds, Map.of(), null);
  }

  /** The highest batch id, or 0 when nothing has been loaded. */
  public long latest() {
    return batchIds.isEmpty() ? 0 : batchIds.get(batchIds.size() - 1);
  }

  /**
   * A compact text form, e.g. {@code 批次 1-12,15（共13个）}; {@code 批次 无} when nothing has been loaded.
   */
  public String describe() {
    StringBuilder s = new StringBuilder();
    s.append(batchIds.isEmpty() ? "批次 无" : "批次 " + ranges() + "（共" + batchIds.size() + "个）");
    if (!tableVersions.isEmpty()) {
      s.append("；Delta 表版本 ");
      tableVersions.forEach((t, v) -> s.append(t).append('@').append(v).append(' '));
      s.setLength(s.length() - 1);
    }
    if (asOf != null) {
      s.append("；时间旅行至 ").append(asOf);
    }
    return s.toString();
  }

  /** Batch ids as ranges, e.g. {@code 1-12,15}. */
  public String ranges() {
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < batchIds.size()) {
      int j = i;
      while (j + 1 < batchIds.size() && batchIds.get(j + 1) == batchIds.get(j) + 1) {
        j++;
      }
      parts.add(i == j ? String.valueOf(batchIds.get(i)) : batchIds.get(i) + "-" + batchIds.get(j));
      i = j + 1;
    }
    return String.join(",", parts);
  }
}
