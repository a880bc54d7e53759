package org.baobiao.sla.contract;

import java.util.List;
import org.baobiao.spec.SpecProblem;

/**
 * The contracts that loaded and the files that did not, for uses that go on with the good ones (an
 * evaluation stores every contract it can and lists the rest).
 *
 * @param contracts the contracts without problems, in file order
 * @param broken one entry per file with problems
 */
public record ContractSet(List<Contract> contracts, List<BrokenFile> broken) {

  /** Copies the lists. */
  public ContractSet {
    contracts = List.copyOf(contracts);
    broken = List.copyOf(broken);
  }

  /**
   * A contract file that could not be used.
   *
   * @param file how messages name the file (its path in the configuration folder, or {@code 内置
   *     contracts/<file>})
   * @param contractId the contract id from the file name
   * @param problems its problems, each with file, line and field
   */
  public record BrokenFile(String file, String contractId, List<SpecProblem> problems) {

    /** Copies the problems. */
    public BrokenFile {
      problems = List.copyOf(problems);
    }
  }
}
