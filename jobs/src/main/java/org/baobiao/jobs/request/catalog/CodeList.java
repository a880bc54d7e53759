package org.baobiao.jobs.request.catalog;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A named list of sensitive codes ({@code code-lists/<id>.yaml}): ICD-10 categories, ranges of them
 * or finer codes, each with what it stands for. A field that names the list delivers a value that
 * falls in it as {@link #maskedAs()} unless the approval names the field unmasked.
 *
 * @param id the list's id (its file name)
 * @param version the list's version
 * @param title what it is, in Chinese
 * @param maskedAs what a masked value is written as, e.g. {@code 敏感诊断（已屏蔽）}
 * @param ranges the codes, in file order
 * @param source where the list came from (for messages and the stamp)
 */
public record CodeList(
    String id, int version, String title, String maskedAs, List<Range> ranges, String source) {
  /** The most characters of a code a range compares (a category and four more). */
  static final int MAX_LENGTH = 8;

  public CodeList {
    requireNonNull(id, "id is null");
    requireNonNull(title, "title is null");
    requireNonNull(maskedAs, "maskedAs is null");
    ranges = List.copyOf(ranges);
    requireNonNull(source, "source is null");
  }

  /**
   * One entry: the codes from {@code from} to {@code to} (both of the same length, without the
   * dot), compared on a code's first that many characters: {@code B20}–{@code B24} holds {@code
   * B20.0}, {@code B23.800x001} and {@code B24}; {@code O98.7} holds {@code O98.700} but not {@code
   * O98.1}.
   *
   * @param text the entry as written, e.g. {@code B20-B24}
   * @param from the first code, upper case without the dot
   * @param to the last code, likewise
   * @param title what the codes stand for
   */
  public record Range(String text, String from, String to, String title) {
    public Range {
      requireNonNull(text, "text is null");
      requireNonNull(from, "from is null");
      requireNonNull(to, "to is null");
      if (from.isEmpty()
          || from.length() > MAX_LENGTH
          || from.length() != to.length()
          || from.compareTo(to) > 0) {
        throw new IllegalArgumentException("bad range " + text);
      }
    }

    /**
     * Whether a code whose normalised characters (upper case, no dot) are {@code head[0..n)} falls
     * in the range; compared without building strings, since every delivered cell of a field with
     * sensitive codes is checked.
     */
    boolean holds(char[] head, int n) {
      int len = from.length();
      if (n < len) {
        return false;
      }
      return compare(head, from) >= 0 && compare(head, to) <= 0;
    }

    private static int compare(char[] head, String bound) {
      for (int i = 0; i < bound.length(); i++) {
        int d = head[i] - bound.charAt(i);
        if (d != 0) {
          return d;
        }
      }
      return 0;
    }

    /** Whether some code starting with a normalised prefix may fall in the range. */
    boolean meets(String prefix) {
      int n = Math.min(prefix.length(), from.length());
      String head = prefix.substring(0, n);
      return head.compareTo(from.substring(0, n)) >= 0 && head.compareTo(to.substring(0, n)) <= 0;
    }
  }

  /** The entry holding {@code code}, if any (case, surrounding blanks and the dot ignored). */
  public Optional<Range> find(CharSequence code) {
    if (code == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(find(code, 0, code.length()));
  }

  /** Whether {@code code} is in the list. */
  public boolean holds(CharSequence code) {
    return code != null && find(code, 0, code.length()) != null;
  }

  /** Whether {@code text[start..end)} is a code in the list. */
  public boolean holds(CharSequence text, int start, int end) {
    return find(text, start, end) != null;
  }

  private Range find(CharSequence text, int start, int end) {
    char[] head = new char[MAX_LENGTH];
    int n = 0;
    for (int i = start; i < end && n < head.length; i++) {
      char ch = text.charAt(i);
      if (ch != '.' && !Character.isWhitespace(ch)) {
        head[n++] = Character.toUpperCase(ch);
      }
    }
    if (n == 0) {
      return null;
    }
    for (Range r : ranges) {
      if (r.holds(head, n)) {
        return r;
      }
    }
    return null;
  }

  /** The entries some code starting with {@code prefix} may fall in. */
  public List<Range> meeting(String prefix) {
    String p = normalise(prefix);
    if (p.isEmpty()) {
      return ranges;
    }
    return ranges.stream().filter(r -> r.meets(p)).toList();
  }

  /** Upper case, without blanks and dots: how codes are compared. */
  static String normalise(String code) {
    StringBuilder b = new StringBuilder(code.length());
    for (int i = 0; i < code.length(); i++) {
      char ch = code.charAt(i);
      if (ch != '.' && !Character.isWhitespace(ch)) {
        b.append(ch);
      }
    }
    return b.toString().toUpperCase(Locale.ROOT);
  }
}
