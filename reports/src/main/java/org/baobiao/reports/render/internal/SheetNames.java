package org.baobiao.reports.render.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Makes titles usable as Excel sheet names: at most 31 characters, none of {@code : \ / ? * [ ]},
 * no leading or trailing apostrophe, not the reserved name "History", and unique ignoring case
 * (Excel refuses to open a workbook that breaks any of these).
 */
public final class SheetNames {
  static final int MAX_LENGTH = 31;

  private final Set<String> used = new HashSet<>();

  /** A legal, not yet used sheet name derived from {@code title}; {@code fallback} if blank. */
  public String claim(String title, String fallback) {
    return claim(title, "", fallback);
  }

  /**
   * As {@link #claim(String, String)}, ending in {@code ending} (e.g. （续2）), which a long title is
   * shortened for.
   */
  public String claim(String title, String ending, String fallback) {
    String base = clean(title);
    if (base.isEmpty()) {
      base = clean(fallback);
    }
    if (base.isEmpty()) {
      base = "Sheet";
    }
    String end = clean(ending);
    base = truncate(base, MAX_LENGTH - end.codePointCount(0, end.length())) + end;
    String name = truncate(base, MAX_LENGTH);
    for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
      String suffix = "(" + n + ")";
      name = truncate(base, MAX_LENGTH - suffix.length()) + suffix;
    }
    return name;
  }

  private static String clean(String title) {
    if (title == null) {
      return "";
    }
    String name = title.replaceAll("[:\\\\/?*\\[\\]\\p{Cntrl}]", "_").strip();
    name = name.replaceAll("^'+|'+$", "").strip();
    return name.equalsIgnoreCase("History") ? name + "_" : name;
  }

  // Cut on code points so that a surrogate pair is never split in half.
  private static String truncate(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max));
  }
}
