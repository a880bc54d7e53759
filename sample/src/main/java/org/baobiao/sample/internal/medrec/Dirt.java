package org.baobiao.sample.internal.medrec;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The coding errors of the sample front pages, as coders make them; each breaks a quality rule (the
 * rule ids are in the comments) while the row still loads.
 */
final class Dirt {
  static final int INCISION = 0; // S3-06: 'II类' typed with Latin letters
  static final int ANAESTHESIA = 1; // S3-07: '全麻', a name outside the dictionary
  static final int KINDS = 14;

  private Dirt() {}

  /** Applies error {@code kind} to the front-page fields {@code p} (file column order). */
  static void apply(int kind, String[] p, SplittableRandom rnd) {
    switch (kind) {
      case 2 -> { // S3-03: a digit mistyped, the GB 11643 check fails
        if (!p[12].isEmpty()) {
          char c = p[12].charAt(15);
          p[12] = p[12].substring(0, 15) + (char) ('0' + (c - '0' + 1) % 10) + p[12].substring(16);
        }
      }
      case 3 ->
          p[10] = rnd.nextBoolean() ? "汉族" : "57"; // NC-02: a name or a code outside GB/T 3304
      case 4 -> p[5] = rnd.nextBoolean() ? "男" : "F"; // NC-01
      case 5 ->
          p[34] =
              LocalDate.parse(p[19].substring(0, 10))
                  .plusDays(4 + rnd.nextInt(10))
                  .toString(); // S3-05
      case 6 -> { // S3-02: the age counted by calendar year
        if (!p[7].equals("0")) {
          p[7] = String.valueOf(Integer.parseInt(p[7]) + 1);
        }
      }
      case 7 -> { // S3-08: the antibiotics entered above the western-medicine total
        p[42] = new BigDecimal(p[41]).add(new BigDecimal("100.00")).toPlainString();
      }
      case 8 -> p[29] = ""; // S3-01, NR: ABO left empty
      case 9 -> p[26] = ""; // LG-04 when the main diagnosis is a neoplasm
      case 10 -> { // LG-01: admission and discharge swapped
        String a = p[17];
        p[17] = p[19];
        p[19] = a;
      }
      case 11 ->
          p[21] =
              String.valueOf(
                  Integer.parseInt(p[21]) + 1); // LG-02: the day of discharge counted twice
      case 12 -> p[22] = p[22].toLowerCase(java.util.Locale.ROOT).replace(".", ""); // NC-12
      case 13 -> { // S3-04: birth date one day off the ID number
        if (!p[12].isEmpty()) {
          p[6] = LocalDate.parse(p[6]).plusDays(1).toString();
        }
      }
      default -> {}
    }
  }
}
