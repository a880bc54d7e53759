package org.baobiao.etl.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baobiao.etl.source.ColumnDef;
import org.baobiao.etl.source.SourceRecord;
import org.baobiao.spec.csv.CsvFields;
import org.baobiao.spec.personal.PersonalData;
import org.baobiao.warehouse.load.Reject;

/**
 * Which columns of a file kind hold personal data and how a value of one is masked (the field
 * classes of docs/formats.md). Rejects of a kind with personal columns keep the row for the person
 * who fixes the export, but masked: the reject's value and its raw line never hold a name, an ID
 * number, a phone number or an address as written.
 */
public interface PersonalFields {
  /** A kind without personal columns: rejects keep their values and raw lines as read. */
  PersonalFields NONE =
      new PersonalFields() {
        @Override
        public boolean isPersonal(String column) {
          return false;
        }

        @Override
        public String mask(String column, String value) {
          return value;
        }

        @Override
        public boolean any() {
          return false;
        }
      };

  /**
   * A kind whose personal columns are these, each masked by its class (名字 张*, phone 138****5678, ID
   * number, address to county level); a row that cannot be matched to its header is masked whole,
   * as every kind with personal columns does.
   */
  static PersonalFields byClass(Map<String, PersonalData> classes) {
    Map<String, PersonalData> copy = Map.copyOf(classes);
    return new PersonalFields() {
      @Override
      public boolean isPersonal(String column) {
        return copy.containsKey(column);
      }

      @Override
      public String mask(String column, String value) {
        PersonalData c = copy.get(column);
        return c == null ? value : c.mask(value);
      }

      @Override
      public Optional<PersonalData> classOf(String column) {
        return Optional.ofNullable(copy.get(column));
      }
    };
  }

  /** An 18-character citizen ID number or an 11-digit mobile number, not inside a longer number. */
  Pattern ID_OR_MOBILE = Pattern.compile("(?<![0-9])(?:\\d{17}[0-9Xx]|1[3-9]\\d{9})(?![0-9Xx])");

  /**
   * Text with every ID or mobile number in it masked (first 3 and last 4 characters kept): the
   * safety net for a personal value typed into a column that is not personal (a note, a record
   * number) of a kind with personal data.
   */
  static String scrub(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = ID_OR_MOBILE.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length());
    int from = 0;
    do {
      String n = m.group();
      b.append(text, from, m.start())
          .append(n, 0, 3)
          .append("*".repeat(n.length() - 7))
          .append(n, n.length() - 4, n.length());
      from = m.end();
    } while (m.find());
    return b.append(text, from, text.length()).toString();
  }

  /** Whether a column holds personal data. */
  boolean isPersonal(String column);

  /** A value of a personal column masked for output; other columns' values unchanged. */
  String mask(String column, String value);

  /**
   * The class of personal data a column holds, where the kind classifies its columns ({@link
   * #byClass}); empty for other columns and kinds.
   */
  default Optional<PersonalData> classOf(String column) {
    return Optional.empty();
  }

  /** Whether the kind has any personal column (then raw lines are masked). */
  default boolean any() {
    return true;
  }

  /**
   * A value of unknown meaning masked: its first character kept, the rest starred. Used for the
   * fields of a row that cannot be matched to the header (a column count that differs, a broken
   * quote), where any field may be a name or an ID number.
   */
  static String maskUnknown(String value) {
    if (value == null || value.length() <= 1) {
      return value;
    }
    return value.charAt(0) + "*".repeat(value.length() - 1);
  }

  /**
   * The raw line of a record of {@code columns} with each personal field masked (the raw line as
   * read when no field needed masking); a record whose field count differs from the header's has
   * every field masked ({@link #maskUnknown}), as does a field under a header column the kind does
   * not document.
   */
  default String maskRecord(SourceRecord record, HeaderMap header, List<ColumnDef> columns) {
    String[] out = record.fields().clone();
    if (out.length != header.width()) {
      for (int i = 0; i < out.length; i++) {
        out[i] = maskUnknown(out[i]);
      }
      return scrub(CsvFields.join(out));
    }
    Map<Integer, String> byPosition = new HashMap<>();
    for (ColumnDef c : columns) {
      int at = header.indexOf(c.name());
      if (at >= 0) {
        byPosition.put(at, c.name());
      }
    }
    boolean changed = false;
    for (int i = 0; i < out.length; i++) {
      String column = byPosition.get(i);
      String masked = column == null ? maskUnknown(out[i]) : mask(column, out[i]);
      if (masked != null && !masked.equals(out[i])) {
        out[i] = masked;
        changed = true;
      }
    }
    return scrub(changed ? CsvFields.join(out) : record.raw());
  }

  /**
   * The raw text of a record that could not be split into fields (a malformed line): each run of
   * characters between commas masked as an unknown value.
   */
  default String maskText(String raw) {
    if (raw == null) {
      return null;
    }
    String[] parts = raw.split(",", -1);
    for (int i = 0; i < parts.length; i++) {
      parts[i] = maskUnknown(parts[i]);
    }
    return scrub(String.join(",", parts));
  }

  /** A reject of a malformed record with its raw line masked (unchanged without personal data). */
  default Reject maskMalformed(Reject r) {
    if (!any()) {
      return r;
    }
    return new Reject(
        r.sourceFile(),
        r.line(),
        r.field(),
        r.value() == null ? null : maskUnknown(r.value()),
        r.reasonCode(),
        r.message(),
        maskText(r.rawLine()));
  }
}
