package org.baobiao.etl.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.baobiao.etl.source.ColumnDef;
import org.baobiao.etl.source.SourceFormatException;
import org.baobiao.etl.source.SourceRecord;

/**
 * Where each documented column is in a file, matched by English name or Chinese alias, in any
 * order. Built once per file from its header.
 */
public final class HeaderMap {
  private final Map<String, Integer> positions;
  private final int width;

  private HeaderMap(Map<String, Integer> positions, int width) {
    this.positions = positions;
    this.width = width;
  }

  /**
   * Maps a header record.
   *
   * @throws SourceFormatException naming the file and every missing required column
   */
  public static HeaderMap of(SourceRecord header, List<ColumnDef> columns) {
    Map<String, Integer> byLabel = new HashMap<>();
    for (int i = 0; i < header.fields().length; i++) {
      byLabel.putIfAbsent(header.fields()[i].strip().toLowerCase(Locale.ROOT), i);
    }
    Map<String, Integer> positions = new HashMap<>();
    List<String> missing = new ArrayList<>();
    for (ColumnDef c : columns) {
      Integer at = byLabel.get(c.name().toLowerCase(Locale.ROOT));
      if (at == null) {
        at = byLabel.get(c.alias());
      }
      if (at != null) {
        positions.put(c.name(), at);
      } else if (c.required()) {
        missing.add(c.name() + "（" + c.alias() + "）");
      }
    }
    if (!missing.isEmpty()) {
      throw new SourceFormatException(
          header.file()
              + " 第 1 行（表头）: 缺少必需的列 "
              + String.join("、", missing)
              + "；表头为 "
              + String.join(",", header.fields())
              + "。列名见 docs/formats.md。");
    }
    return new HeaderMap(positions, header.fields().length);
  }

  /**
   * The header of records whose fields are the columns themselves, in their order: rows extracted
   * from a database, built by Baobiao rather than read from a file.
   */
  public static HeaderMap ofColumns(List<ColumnDef> columns) {
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      positions.put(columns.get(i).name(), i);
    }
    return new HeaderMap(positions, columns.size());
  }

  /** Number of fields in the header. */
  public int width() {
    return width;
  }

  /** The documented column at a field index, or null when the header's column there is unknown. */
  public String columnAt(int index) {
    for (Map.Entry<String, Integer> e : positions.entrySet()) {
      if (e.getValue() == index) {
        return e.getKey();
      }
    }
    return null;
  }

  /** The field index of a column, or -1 when the file does not have it. */
  public int indexOf(String column) {
    return positions.getOrDefault(column, -1);
  }
}
