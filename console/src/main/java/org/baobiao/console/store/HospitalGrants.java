package org.baobiao.console.store;

import java.util.Set;
import java.util.TreeSet;

/**
 * The hospitals a user may see: all of them, or the listed codes. Runs, history rows and downloads
 * of a hospital outside the grants are refused; a run over all hospitals needs a grant of all.
 *
 * @param all whether every hospital is granted (administrators always)
 * @param codes the granted hospital codes when not all
 */
public record HospitalGrants(boolean all, Set<String> codes) {
  /** The code stored for "all hospitals". */
  public static final String ALL = "*";

  /** Every hospital. */
  public static final HospitalGrants EVERY = new HospitalGrants(true, Set.of());

  public HospitalGrants {
    codes = all ? Set.of() : Set.copyOf(new TreeSet<>(codes));
  }

  /** From stored codes, where {@link #ALL} means every hospital. */
  public static HospitalGrants of(Set<String> stored) {
    return stored.contains(ALL) ? EVERY : new HospitalGrants(false, stored);
  }

  /**
   * Whether the user may see this hospital's figures.
   *
   * @param hospital a hospital code, or null for a report over all hospitals
   */
  public boolean allows(String hospital) {
    return all || (hospital != null && codes.contains(hospital));
  }

  /** The codes to store. */
  public Set<String> stored() {
    return all ? Set.of(ALL) : codes;
  }

  /** For the pages: 全部医院, or the codes, or 无. */
  public String label() {
    if (all) {
      return "全部医院";
    }
    return codes.isEmpty() ? "无（看不到任何医院）" : String.join("、", new TreeSet<>(codes));
  }
}
