package org.baobiao.spec.personal;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The citizen identity number of GB 11643-1999: 18 characters (6-digit address code, birth date
 * yyyyMMdd, 3-digit sequence, ISO 7064 MOD 11-2 check character 0–9 or X), or the 15-digit number
 * of the first-generation cards (birth date yyMMdd in the 20th century, no check character).
 */
public final class CitizenId {
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";

  private CitizenId() {}

  /** What is wrong with {@code id}, in Chinese, or null when it is valid. */
  public static String problem(String id) {
    if (id.length() == 18) {
      for (int i = 0; i < 17; i++) {
        if (!Character.isDigit(id.charAt(i)) || id.charAt(i) > '9') {
          return "18 位身份证号的前 17 位应为数字";
        }
      }
      if (birthDate(id) == null) {
        return "第 7–14 位不是真实的出生日期";
      }
      char expected = checkCharacter(id);
      char actual = id.charAt(17) == 'x' ? 'X' : id.charAt(17);
      if (actual != expected) {
        return "校验位应为 " + expected + "，实为 " + id.charAt(17) + "（GB 11643 校验码不符）";
      }
      return null;
    }
    if (id.length() == 15) {
      for (int i = 0; i < 15; i++) {
        if (id.charAt(i) < '0' || id.charAt(i) > '9') {
          return "15 位身份证号应全为数字";
        }
      }
      return birthDate(id) == null ? "第 7–12 位不是真实的出生日期" : null;
    }
    return "身份证号应为 18 位（或 15 位旧号），实有 " + id.length() + " 位";
  }

  /**
   * The number as a submission writes it: 18 characters with an upper-case check character. A valid
   * 15-digit first-generation number is upgraded as GB 11643-1999 does it (the century {@code 19}
   * inserted before the year, the check character appended); a trailing lower-case {@code x}
   * becomes {@code X}. Anything that is not a valid number, or null, is returned unchanged, for the
   * quality rules to report.
   */
  public static String normalise(String id) {
    if (id == null) {
      return null;
    }
    String trimmed = id.strip();
    if (problem(trimmed) != null) {
      return id;
    }
    if (trimmed.length() == 15) {
      String seventeen = trimmed.substring(0, 6) + "19" + trimmed.substring(6);
      return seventeen + checkCharacter(seventeen);
    }
    return trimmed.substring(0, 17) + Character.toUpperCase(trimmed.charAt(17));
  }

  /** The check character of the first 17 digits of an 18-character number. */
  static char checkCharacter(String id) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (id.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK.charAt(sum % 11);
  }

  /** The birth date an 18- or 15-digit number carries, or null when it is not a real date. */
  public static LocalDate birthDate(String id) {
    try {
      if (id.length() == 18) {
        return LocalDate.of(
            Integer.parseInt(id.substring(6, 10)),
            Integer.parseInt(id.substring(10, 12)),
            Integer.parseInt(id.substring(12, 14)));
      }
      if (id.length() == 15) {
        return LocalDate.of(
            1900 + Integer.parseInt(id.substring(6, 8)),
            Integer.parseInt(id.substring(8, 10)),
            Integer.parseInt(id.substring(10, 12)));
      }
      return null;
    } catch (NumberFormatException | DateTimeException e) {
      return null;
    }
  }
}
