package org.baobiao.jobs.request;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An extraction request as stored.
 *
 * @param number e.g. {@code SQ-2026-0001}
 * @param requester who asked
 * @param department the requester's department
 * @param purpose why
 * @param purposeText what for
 * @param extractId the extract
 * @param extractVersion the extract's version when asked
 * @param fields the fields asked for
 * @param unmaskedFields the personal fields asked for unmasked
 * @param basis the basis for unmasked values, or null
 * @param filters the filters asked for
 * @param format the file format
 * @param neededBy when the data is needed, or null
 * @param state the state
 * @param approvedFields the fields approved (narrowed or as asked), or empty before approval
 * @param approvedUnmasked the fields approved unmasked, or empty
 * @param approvedPeriod the period approved (narrowed or as asked), or null
 * @param approver the first approver, or null
 * @param secondApprover the second approver (sensitive fields), or null
 * @param rejectReason why it was rejected, or null
 * @param filePath the delivered file, or null
 * @param fileSha256 its SHA-256, or null
 * @param rowsWritten rows delivered, or null
 * @param deliveredAt when delivered, or null
 * @param expiresAt when the download expires, or null
 * @param maxDownloads how many downloads are allowed, or null
 * @param downloads downloads so far
 * @param createdAt when created
 * @param updatedAt when last changed
 */
public record ExtractionRequest(
    String number,
    String requester,
    String department,
    Purpose purpose,
    String purposeText,
    String extractId,
    int extractVersion,
    List<String> fields,
    List<String> unmaskedFields,
    String basis,
    RequestFilters filters,
    DeliveryFormat format,
    LocalDate neededBy,
    RequestState state,
    List<String> approvedFields,
    List<String> approvedUnmasked,
    String approvedPeriod,
    String approver,
    String secondApprover,
    String rejectReason,
    String filePath,
    String fileSha256,
    Long rowsWritten,
    LocalDateTime deliveredAt,
    LocalDateTime expiresAt,
    Integer maxDownloads,
    int downloads,
    LocalDateTime createdAt,
    LocalDateTime updatedAt) {
  public ExtractionRequest {
    requireNonNull(number, "number is null");
    requireNonNull(requester, "requester is null");
    requireNonNull(state, "state is null");
    fields = List.copyOf(fields);
    unmaskedFields = List.copyOf(unmaskedFields);
    approvedFields = List.copyOf(approvedFields);
    approvedUnmasked = List.copyOf(approvedUnmasked);
  }

  /** The approvers, joined for people ({@code 王五、赵六}), or null before approval. */
  public String approvers() {
    if (approver == null) {
      return null;
    }
    return secondApprover == null ? approver : approver + "、" + secondApprover;
  }

  /** The period in force: the approved one, else the one asked for, else null. */
  public String effectivePeriod() {
    return approvedPeriod != null ? approvedPeriod : filters.period();
  }
}
