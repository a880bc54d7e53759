package org.baobiao.jobs.acceptance;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A written acceptance pack.
 *
 * @param zip the ZIP file
 * @param hospital the hospital's organisation code
 * @param first first day covered
 * @param last last day covered (inclusive)
 * @param dataVersion the warehouse's data version the pack was built from
 * @param dataAsOf the cut-off of the contract's last SLA evaluation
 * @param generatedAt the generation time stamped on every file
 * @param files the files inside, in order, with their SHA-256 (the manifest's own entry last,
 *     without a hash of itself)
 * @param milestones the payment milestones judged
 */
public record AcceptancePack(
    Path zip,
    String contractId,
    int contractVersion,
    int specVersion,
    String hospital,
    LocalDate first,
    LocalDate last,
    String dataVersion,
    LocalDateTime dataAsOf,
    LocalDateTime generatedAt,
    List<PackEntry> files,
    List<MilestoneVerdict> milestones) {
  public AcceptancePack {
    files = List.copyOf(files);
    milestones = List.copyOf(milestones);
  }

  /**
   * A file of the pack.
   *
   * @param sha256 lower-case hex, empty for the manifest itself
   */
  public record PackEntry(String name, String content, long bytes, String sha256) {}
}
