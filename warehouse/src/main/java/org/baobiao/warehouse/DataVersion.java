package org.baobiao.warehouse;

import java.util.ArrayList;
import java.util.List;

/**
 * The data version of a warehouse: the load batches it holds. Printed on every report so that a
 * figure can be traced to the files it came from.
 *
 * @param batchIds ids of every loaded batch, ascending
 */
public record DataVersion(List<Long> batchIds) {
  public DataVersion {
    batchIds = List.copyOf(batchIds);
  }

  /** The highest batch id, or 0 when nothing has been loaded. */
  public long latest() {
    return batchIds.isEmpty() ? 0 : batchIds.get(batchIds.size() - 1);
  }

  /**
   * A compact text form, e.g. {@code 批次 1-12,15（共13个）}; {@code 批次 无} when nothing has been loaded.
   */
  public String describe() {
    if (batchIds.isEmpty()) {
      return "批次 无";
    }
    return "批次 " + ranges() + "（共" + batchIds.size() + "个）";
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
