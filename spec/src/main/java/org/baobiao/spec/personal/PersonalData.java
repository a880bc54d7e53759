package org.baobiao.spec.personal;

import java.util.Arrays;

/**
 * The classes of personal data Baobiao knows, and how each is masked for output. Every writer of
 * personal values (QC messages, submission files, extractions) masks through here, so a name, an ID
 * number or a phone number looks the same wherever it is masked.
 */
public enum PersonalData {
  /** A person's name: keeps its first character (张**). */
  NAME,
  /** A citizen identity number: keeps its first 6 and last 4 characters. */
  ID_NUMBER,
  /** A phone number: keeps its first 3 and last 4 digits. */
  PHONE,
  /** An address or employer: keeps its first six characters (province and city, 广东省广州市). */
  ADDRESS,
  /** Another identifying number (a health card): masked as a phone number is. */
  OTHER_ID,
  /**
   * An address kept to county level: province, city and county (district, county-level city,
   * banner) stay, the rest is masked (湖南省长沙市芙蓉区*******). Without a recognisable county it keeps
   * what {@link #ADDRESS} keeps.
   */
  COUNTY_ADDRESS;

  /**
   * Province-, city- and county-level units as they end in a Chinese address: where the county ends
   * is where the regular expression {@code
   * ^(.{2,8}?(省|自治区|市))?(.{2,9}?(市|自治州|地区|盟))?(.{1,9}?(区|县|旗|市))} ends its match, found by a
   * hand-written scan that tries the same alternatives in the same order (a pattern per address was
   * most of the masking's time in a million-row extraction).
   */
  private static final String[] PROVINCE = {"省", "自治区", "市"};

  private static final String[] CITY = {"市", "自治州", "地区", "盟"};
  private static final String[] COUNTY = {"区", "县", "旗", "市"};

  /** {@code value} masked by this class's rule; null stays null. */
  public String mask(String value) {
    if (value == null) {
      return null;
    }
    int n = value.length();
    return switch (this) {
      case NAME -> n == 0 ? value : stars(value, 1, Math.max(1, n - 1), n);
      case ADDRESS -> n > 6 ? stars(value, 6, n - 6, n) : stars(value, 0, n, n);
      case COUNTY_ADDRESS -> county(value);
      case ID_NUMBER -> n >= 12 ? keep(value, 6, 4) : keep(value, 0, 1);
      case PHONE, OTHER_ID -> n >= 9 ? keep(value, 3, 4) : keep(value, 0, 1);
    };
  }

  private static String county(String value) {
    int end = countyEnd(value);
    if (end >= 0 && end < value.length()) {
      return stars(value, end, value.length() - end, value.length());
    }
    return ADDRESS.mask(value);
  }

  /**
   * Where the county-level unit at the start of {@code s} ends, or -1: the end of the first match
   * of the pattern above, alternatives tried as a backtracking matcher tries them (an optional
   * group first taken, then skipped; the shortest lazy run first; the units in their order), each
   * stopping at the first that lets the rest match.
   */
  static int countyEnd(String s) {
    int at = 0;
    for (int len = 1; len <= 8 && at < s.length(); len++) {
      int c = s.codePointAt(at); // the pattern's "." is a code point
      if (lineTerminator(c)) {
        break;
      }
      at += Character.charCount(c);
      if (len >= 2 && at < s.length() && unitStart(s.charAt(at))) {
        for (String unit : PROVINCE) {
          if (s.startsWith(unit, at)) {
            int end = afterProvince(s, at + unit.length());
            if (end >= 0) {
              return end;
            }
          }
        }
      }
    }
    return afterProvince(s, 0);
  }

  private static int afterProvince(String s, int from) {
    int at = from;
    for (int len = 1; len <= 9 && at < s.length(); len++) {
      int c = s.codePointAt(at);
      if (lineTerminator(c)) {
        break;
      }
      at += Character.charCount(c);
      if (len >= 2 && at < s.length() && unitStart(s.charAt(at))) {
        for (String unit : CITY) {
          if (s.startsWith(unit, at)) {
            int end = countyAt(s, at + unit.length());
            if (end >= 0) {
              return end;
            }
          }
        }
      }
    }
    return countyAt(s, from);
  }

  private static int countyAt(String s, int from) {
    int at = from;
    for (int len = 1; len <= 9 && at < s.length(); len++) {
      int c = s.codePointAt(at);
      if (lineTerminator(c)) {
        break;
      }
      at += Character.charCount(c);
      if (at < s.length() && unitStart(s.charAt(at))) {
        for (String unit : COUNTY) {
          if (s.startsWith(unit, at)) {
            return at + unit.length();
          }
        }
      }
    }
    return -1;
  }

  /** Whether a unit of the pattern may start with {@code c}. */
  private static boolean unitStart(char c) {
    return switch (c) {
      case '省', '自', '市', '地', '盟', '区', '县', '旗' -> true;
      default -> false;
    };
  }

  private static boolean lineTerminator(int c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static String keep(String value, int head, int tail) {
    int n = value.length();
    if (n <= head + tail) {
      return n == 0 ? value : stars(value, 0, n - 1, n - 1);
    }
    return stars(value, head, n - head - tail, n - tail);
  }

  /** {@code value}'s first {@code head} characters, {@code count} stars, then from {@code tail}. */
  private static String stars(String value, int head, int count, int tail) {
    int n = value.length();
    char[] out = new char[head + count + n - tail];
    value.getChars(0, head, out, 0);
    Arrays.fill(out, head, head + count, '*');
    value.getChars(tail, n, out, head + count);
    return new String(out);
  }
}
