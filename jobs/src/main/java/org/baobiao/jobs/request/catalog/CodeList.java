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
      if (from.length() != to.length() || from.compareTo(to) > 0) {
        throw new IllegalArgumentException("bad range " + text);
      }
    }

    /** Whether a normalised code (upper case, no dot) falls in the range. */
    boolean holds(String code) {
      if (code.length() < from.length()) {
        return false;
      }
      String head = code.substring(0, from.length());
      return head.compareTo(from) >= 0 && head.compareTo(to) <= 0;
    }

    /** Whether some code starting with a normalised prefix may fall in the range. */
    boolean meets(String prefix) {
      int n = Math.min(prefix.length(), from.length());
      String head = prefix.substring(0, n);
      return head.compareTo(from.substring(0, n)) >= 0 && head.compareTo(to.substring(0, n)) <= 0;
    }
  }

  /** The entry holding {@code code}, if any (case, surrounding blanks and the dot ignored). */
  public Optional<Range> find(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String c = normalise(code);
    if (c.isEmpty()) {
      return Optional.empty();
    }
    for (Range r : ranges) {
      if (r.holds(c)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code code} is in the list. */
  public boolean holds(String code) {
    return find(code).isPresent();
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
