package org.baobiao.jobs.request;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.baobiao.jobs.request.catalog.CodeList;
import org.baobiao.jobs.request.catalog.ExtractField;
import org.baobiao.jobs.request.catalog.Masking;
import org.baobiao.spec.personal.CitizenId;

/**
 * How one delivered field's values are written, decided once per delivery: as they are; a personal
 * value masked by its rule or replaced by the request's pseudonym; an identity number in clear,
 * normalised; or, for a field with sensitive codes, the codes of the list replaced by the list's
 * text (its own codes, or the whole value when another column's code is in the list).
 */
abstract class FieldMask {
  private static final FieldMask AS_IS =
      new FieldMask() {
        @Override
        Object apply(Object value, Object[] row, String number, PseudonymKey key) {
          return value;
        }
      };

  private static final FieldMask WITHHELD =
      new FieldMask() {
        @Override
        Object apply(Object value, Object[] row, String number, PseudonymKey key) {
          return value == null ? null : Masking.WITHHELD_TEXT;
        }
      };

  /** The value to write for {@code value}, the fetched {@code row} it is in. */
  abstract Object apply(Object value, Object[] row, String number, PseudonymKey key);

  /**
   * @param clear whether the approval names the field unmasked
   * @param codesAt for a field with sensitive codes delivered masked, where the deciding column is
   *     in the fetched row; -1 otherwise
   */
  static FieldMask of(ExtractField f, boolean clear, int codesAt) {
    if (f.fieldClass().personal()) {
      if (clear) {
        return f.masking() == Masking.ID_NUMBER ? new IdNumberInClear() : AS_IS;
      }
      return switch (f.masking()) {
        case PSEUDONYM -> new Pseudonym();
        case WITHHELD -> WITHHELD;
        default -> new ByRule(f.masking());
      };
    }
    if (f.sensitiveCodes() != null && !clear) {
      return f.codesFrom() == null
          ? new OwnCodes(f.sensitiveCodes())
          : new CodesElsewhere(f.sensitiveCodes(), codesAt);
    }
    return AS_IS;
  }

  private static String text(Object value) {
    if (value instanceof LocalDateTime t) {
      return t.toString().replace('T', ' ');
    }
    if (value instanceof LocalDate d) {
      return d.toString();
    }
    return value.toString();
  }

  private static final class IdNumberInClear extends FieldMask {
    @Override
    Object apply(Object value, Object[] row, String number, PseudonymKey key) {
      return value == null ? null : CitizenId.normalise(value.toString());
    }
  }

  /**
   * A value's pseudonym. Dates repeat (a million stays have at most some 36,000 birth dates a
   * century), so a delivery remembers the pseudonyms of the dates it has made, up to {@value
   * #DATES} of them, instead of computing the same keyed hash again; other values are mostly
   * distinct (record numbers) and are hashed each time. One instance serves one delivery, on one
   * thread.
   */
  private static final class Pseudonym extends FieldMask {
    static final int DATES = 100_000;
    private final Map<Object, String> dates = new HashMap<>();
    private String number;
    private PseudonymKey key;

    @Override
    Object apply(Object value, Object[] row, String number, PseudonymKey key) {
      if (value == null) {
        return null;
      }
      if (!(value instanceof LocalDate)) {
        return key.pseudonym(number, text(value));
      }
      if (!number.equals(this.number) || key != this.key) {
        // a pseudonym is of one request and one key
        dates.clear();
        this.number = number;
        this.key = key;
      }
      String p = dates.get(value);
      if (p == null) {
        p = key.pseudonym(number, text(value));
        if (dates.size() < DATES) {
          dates.put(value, p);
        }
      }
      return p;
    }
  }

  private static final class ByRule extends FieldMask {
    private final Masking masking;

    ByRule(Masking masking) {
      this.masking = masking;
    }

    @Override
    Object apply(Object value, Object[] row, String number, PseudonymKey key) {
      return value == null ? null : masking.rule().mask(text(value));
    }
  }

  /**
   * A field of codes (one, or several separated by {@code ;}, {@code ,}, {@code 、} or blanks): each
   * code in the list is replaced by the list's text, the others and the separators kept.
   */
  private static final class OwnCodes extends FieldMask {
    private final CodeList list;

    OwnCodes(CodeList list) {
      this.list = list;
    }

    @Override
    Object apply(Object value, Object[] row, String number, PseudonymKey key) {
      return value == null ? null : mask(value.toString(), list);
    }
  }

  /** A field masked whole when another column's code is in the list (a diagnosis's name). */
  private static final class CodesElsewhere extends FieldMask {
    private final CodeList list;
    private final int codesAt;

    CodesElsewhere(CodeList list, int codesAt) {
      this.list = list;
      this.codesAt = codesAt;
    }

    @Override
    Object apply(Object value, Object[] row, String number, PseudonymKey key) {
      Object code = row[codesAt];
      if (value == null || code == null) {
        return value;
      }
      return list.holds(code instanceof CharSequence s ? s : code.toString())
          ? list.maskedAs()
          : value;
    }
  }

  /** {@code text} with every code of the list replaced by the list's text. */
  static String mask(String text, CodeList list) {
    StringBuilder out = null;
    int n = text.length();
    int i = 0;
    while (i < n) {
      int start = i;
      while (i < n && !separator(text.charAt(i))) {
        i++;
      }
      if (i > start && list.holds(text, start, i)) {
        if (out == null) {
          out = new StringBuilder(n + 16).append(text, 0, start);
        }
        out.append(list.maskedAs());
      } else if (out != null) {
        out.append(text, start, i);
      }
      int sep = i;
      while (i < n && separator(text.charAt(i))) {
        i++;
      }
      if (out != null) {
        out.append(text, sep, i);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean separator(char c) {
    return c == ';' || c == ',' || c == '；' || c == '，' || c == '、' || Character.isWhitespace(c);
  }
}
