package org.baobiao.etl.mch;

import java.util.Set;
import org.baobiao.etl.load.Domains;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.HeaderMap;
import org.baobiao.etl.load.ReferenceData;
import org.baobiao.etl.load.RowRejectedException;
import org.baobiao.etl.source.SourceRecord;

/**
 * One CSV row of an mch file kind through its row rules, as the loader maps it: line 1 the header,
 * line 2 the row, hospital 441700001 known to the reference data.
 */
final class MchRows {
  private static final ReferenceData REF = ReferenceData.of(Set.of("441700001"), Set.of());

  private MchRows() {}

  private static SourceRecord record(long line, String csv) {
    return new SourceRecord("c.csv", line, line - 2, csv.split(",", -1), csv);
  }

  /** The row's typed values under {@code header}; throws when the row is rejected. */
  static Object[] map(String kind, String header, String row) {
    FileKind k = Domains.kind(kind);
    return k.map(record(2, row), HeaderMap.of(record(1, header), k.columns()), REF);
  }

  /**
   * The row's rejects as text, one per field ({@code field value reason message | raw line}, joined
   * by {@code "; "}); fails when the row is accepted.
   */
  static String rejected(String kind, String header, String row) {
    try {
      map(kind, header, row);
    } catch (RowRejectedException e) {
      return String.join(
          "; ",
          e.rejects().stream()
              .map(
                  r ->
                      r.field()
                          + " "
                          + r.value()
                          + " "
                          + r.reasonCode()
                          + " "
                          + r.message()
                          + " | "
                          + r.rawLine())
              .toList());
    }
    throw new AssertionError("not rejected: " + row);
  }
}
