package org.baobiao.jobs.config;

import java.nio.file.Path;
import java.util.List;
import org.baobiao.spec.config.ConfigKind;

/**
 * The outcome of checking a configuration folder: per kind, how many files are in force and every
 * problem found, each naming file, line and field.
 *
 * @param folder the folder checked, if there is one
 * @param kinds one entry per kind, in {@link ConfigKind} order
 * @param strays entries of the folder that belong to no kind, with a hint
 */
public record ConfigCheck(Path folder, List<KindCheck> kinds, List<String> strays) {
  /** One kind's files in force and its problems. */
  public record KindCheck(ConfigKind kind, int bundled, int fromFolder, List<String> problems) {}

  /** Whether nothing is wrong. */
  public boolean ok() {
    return strays.isEmpty() && kinds.stream().allMatch(k -> k.problems().isEmpty());
  }

  /** The number of problems. */
  public int problemCount() {
    return strays.size() + kinds.stream().mapToInt(k -> k.problems().size()).sum();
  }
}
