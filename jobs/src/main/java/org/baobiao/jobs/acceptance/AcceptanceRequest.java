package org.baobiao.jobs.acceptance;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.baobiao.reports.run.ReportPeriod;

/**
 * What pack to build.
 *
 * @param contractId the contract, e.g. {@code HT-2025-002}
 * @param period the period the pack covers, or null for the contract's whole service period
 * @param generatedAt the pack's generation time (Asia/Shanghai), or null for now; the same data
 *     version and generation time give the same bytes
 * @param outDir the folder the ZIP is written to
 */
public record AcceptanceRequest(
    String contractId, ReportPeriod period, LocalDateTime generatedAt, Path outDir) {
  public AcceptanceRequest {
    requireNonNull(contractId, "contractId is null");
    requireNonNull(outDir, "outDir is null");
  }
}
