package org.baobiao.sample.internal.interfaces;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.baobiao.sample.internal.ResourceCsv;

/**
 * The error codes and messages of everyday failures ({@code interface-errors.csv}): per cause, each
 * for any interface or only for one direction (an HL7 {@code AE} answer is an internal one, an
 * expired platform token an outbound one).
 */
public final class FailureTexts {

  private final List<String[]> rows;

  private FailureTexts(List<String[]> rows) {
    this.rows = rows;
  }

  /** Reads {@code interface-errors.csv}. */
  public static FailureTexts load() {
    ResourceCsv csv = ResourceCsv.read("interface-errors.csv");
    List<String[]> rows = new ArrayList<>();
    for (Map<String, String> r : csv.records()) {
      ErrorCause.valueOf(r.get("cause"));
      new ErrorText(r.get("error_code"), r.get("error_message"));
      rows.add(
          new String[] {
            r.get("cause"), r.get("scope"), r.get("error_code"), r.get("error_message")
          });
    }
    return new FailureTexts(List.copyOf(rows));
  }

  /**
   * The texts an interface of {@code direction} can fail with, by cause; a cause without a text of
   * its own gets none (the simulation does not draw it).
   */
  public Map<ErrorCause, ErrorText[]> forDirection(String direction) {
    Map<ErrorCause, List<ErrorText>> found = new EnumMap<>(ErrorCause.class);
    for (String[] r : rows) {
      if (r[1].equals("ANY") || r[1].equals(direction)) {
        found
            .computeIfAbsent(ErrorCause.valueOf(r[0]), c -> new ArrayList<>())
            .add(new ErrorText(r[2], r[3]));
      }
    }
    Map<ErrorCause, ErrorText[]> texts = new EnumMap<>(ErrorCause.class);
    found.forEach((cause, list) -> texts.put(cause, list.toArray(ErrorText[]::new)));
    return texts;
  }
}
