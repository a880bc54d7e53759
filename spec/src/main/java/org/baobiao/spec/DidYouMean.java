package org.baobiao.spec;

import java.util.Collection;
import java.util.Optional;

/**
 * Finds the known word a mistyped one probably meant, by edit distance, for "是否应为 ...？" hints on
 * unknown keys and values.
 */
public final class DidYouMean {
  private DidYouMean() {}

  /**
   * The element of {@code known} closest to {@code typed}, if it differs by at most one edit for
   * words shorter than five characters and two otherwise; the first of equally close ones.
   */
  public static Optional<String> closest(String typed, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int allowed = candidate.length() < 5 ? 1 : 2;
      if (candidate.equals(typed) || Math.abs(candidate.length() - typed.length()) > allowed) {
        continue;
      }
      int distance = distance(candidate, typed);
      if (distance <= allowed && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Levenshtein distance: insertions, deletions and substitutions of one character. */
  static int distance(String a, String b) {
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
