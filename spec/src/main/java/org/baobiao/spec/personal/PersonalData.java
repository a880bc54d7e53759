package org.baobiao.spec.personal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  /** Province-, city- and county-level units as they end in a Chinese address. */
  private static final Pattern COUNTY =
      Pattern.compile("^(.{2,8}?(省|自治区|市))?(.{2,9}?(市|自治州|地区|盟))?(.{1,9}?(区|县|旗|市))");

  /** {@code value} masked by this class's rule; null stays null. */
  public String mask(String value) {
    if (value == null) {
      return null;
    }
    int n = value.length();
    return switch (this) {
      case NAME -> n == 0 ? value : value.substring(0, 1) + "*".repeat(Math.max(1, n - 1));
      case ADDRESS -> n > 6 ? value.substring(0, 6) + "*".repeat(n - 6) : "*".repeat(n);
      case COUNTY_ADDRESS -> county(value);
      case ID_NUMBER -> n >= 12 ? keep(value, 6, 4) : keep(value, 0, 1);
      case PHONE, OTHER_ID -> n >= 9 ? keep(value, 3, 4) : keep(value, 0, 1);
    };
  }

  private static String county(String value) {
    Matcher m = COUNTY.matcher(value);
    if (m.find() && m.end() < value.length()) {
      return value.substring(0, m.end()) + "*".repeat(value.length() - m.end());
    }
    return ADDRESS.mask(value);
  }

  private static String keep(String value, int head, int tail) {
    int n = value.length();
    if (n <= head + tail) {
      return n == 0 ? value : "*".repeat(n - 1) + value.substring(n - 1);
    }
    return value.substring(0, head) + "*".repeat(n - head - tail) + value.substring(n - tail);
  }
}
