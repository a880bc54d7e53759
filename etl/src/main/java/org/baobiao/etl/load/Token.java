package org.baobiao.etl.load;

/**
 * A text made of a few ASCII characters within a length range, e.g. ids like {@code
 * [A-Za-z0-9_.:-]{1,64}}: checked character by character against a bitmap, because ids are on every
 * row of the biggest files and a regular expression costs a matcher per value.
 */
public final class Token {
  private final long low;
  private final long high;
  private final int min;
  private final int max;
  private final String description;

  private Token(long low, long high, int min, int max, String description) {
    this.low = low;
    this.high = high;
    this.min = min;
    this.max = max;
    this.description = description;
  }

  /**
   * A token of the characters of {@code chars}, where {@code a-z} is a range.
   *
   * @param description what is expected, for reject messages, e.g. {@code 1–64 位字母、数字或 _ . : -}
   */
  public static Token of(String chars, int min, int max, String description) {
    long low = 0;
    long high = 0;
    for (int i = 0; i < chars.length(); i++) {
      char from = chars.charAt(i);
      char to = from;
      if (i + 2 < chars.length() && chars.charAt(i + 1) == '-') {
        to = chars.charAt(i + 2);
        i += 2;
      }
      for (char c = from; c <= to; c++) {
        if (c >= 128) {
          throw new IllegalArgumentException("ASCII only: " + chars);
        }
        if (c < 64) {
          low |= 1L << c;
        } else {
          high |= 1L << (c - 64);
        }
      }
    }
    return new Token(low, high, min, max, description);
  }

  /** Whether {@code v} is such a token. */
  public boolean matches(String v) {
    int n = v.length();
    if (n < min || n > max) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = v.charAt(i);
      boolean ok = c < 64 ? (low & (1L << c)) != 0 : c < 128 && (high & (1L << (c - 64))) != 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * The same token as a regular expression (RE2 and {@code java.util.regex} syntax), e.g. for SQL
   * that checks ids the way {@link #matches} does: a character class of the token's characters,
   * each run written as hexadecimal escapes, and the length range.
   */
  public String regex() {
    StringBuilder sb = new StringBuilder("[");
    for (int c = 0; c < 128; c++) {
      if (!has(c)) {
        continue;
      }
      int to = c;
      while (to + 1 < 128 && has(to + 1)) {
        to++;
      }
      sb.append(String.format("\\x{%02x}", c));
      if (to > c) {
        sb.append('-').append(String.format("\\x{%02x}", to));
      }
      c = to;
    }
    return sb.append("]{").append(min).append(',').append(max).append('}').toString();
  }

  private boolean has(int c) {
    return c < 64 ? (low & (1L << c)) != 0 : (high & (1L << (c - 64))) != 0;
  }

  /** What is expected, for messages. */
  public String description() {
    return description;
  }
}
