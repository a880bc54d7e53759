package org.baobiao.sla.contract.internal;

/** Spots likely typos of known keys, for "是否应为 ..." hints. */
final class Typos {
  private Typos() {}

  /**
   * Whether {@code typed} differs from {@code known} by at most one edit for short keys, two for
   * keys of five characters or more.
   */
  static boolean close(String known, String typed) {
    int allowed = known.length() < 5 ? 1 : 2;
    if (known.equals(typed) || Math.abs(known.length() - typed.length()) > allowed) {
      return false;
    }
    return distance(known, typed) <= allowed;
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
