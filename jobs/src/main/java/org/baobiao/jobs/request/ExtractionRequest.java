package org.baobiao.jobs.request;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
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
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** When the download expires, as users read it (2026-12-14 18:45), or — when it does not. */
  public String expiresText() {
    return expiresAt == null ? "—" : expiresAt.format(MINUTES);
  }

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

  /** This request in another state, changed at {@code at}. */
  public ExtractionRequest inState(RequestState newState, LocalDateTime at) {
    Changes c = changes(at);
    c.state = newState;
    return c.build();
  }

  /**
   * This request approved (a first approval, or the second one of sensitive fields): what is
   * approved, by whom, in which state it goes on; nothing delivered yet.
   */
  public ExtractionRequest approved(
      RequestState newState,
      List<String> fields,
      List<String> unmasked,
      String period,
      String firstApprover,
      String secondApprover,
      LocalDateTime at) {
    Changes c = undelivered(at);
    c.state = newState;
    c.approvedFields = fields;
    c.approvedUnmasked = unmasked;
    c.approvedPeriod = period;
    c.approver = firstApprover;
    c.secondApprover = secondApprover;
    return c.build();
  }

  /** This request rejected for {@code reason}. */
  public ExtractionRequest rejected(String reason, LocalDateTime at) {
    Changes c = undelivered(at);
    c.state = RequestState.REJECTED;
    c.rejectReason = reason;
    return c.build();
  }

  /** This request delivered as the file, downloadable until {@code expires} so many times. */
  public ExtractionRequest delivered(
      String file,
      String sha256,
      long rows,
      LocalDateTime expires,
      int allowedDownloads,
      LocalDateTime at) {
    Changes c = undelivered(at);
    c.state = RequestState.DELIVERED;
    c.rejectReason = null;
    c.filePath = file;
    c.fileSha256 = sha256;
    c.rowsWritten = rows;
    c.deliveredAt = at;
    c.expiresAt = expires;
    c.maxDownloads = allowedDownloads;
    return c.build();
  }

  /** This request after a download: {@code count} downloads so far. */
  public ExtractionRequest downloaded(int count, LocalDateTime at) {
    Changes c = changes(at);
    c.downloads = count;
    return c.build();
  }

  /** A copy to change, stamped {@code at}. */
  private Changes changes(LocalDateTime at) {
    Changes c = new Changes();
    c.number = number;
    c.requester = requester;
    c.department = department;
    c.purpose = purpose;
    c.purposeText = purposeText;
    c.extractId = extractId;
    c.extractVersion = extractVersion;
    c.fields = fields;
    c.unmaskedFields = unmaskedFields;
    c.basis = basis;
    c.filters = filters;
    c.format = format;
    c.neededBy = neededBy;
    c.state = state;
    c.approvedFields = approvedFields;
    c.approvedUnmasked = approvedUnmasked;
    c.approvedPeriod = approvedPeriod;
    c.approver = approver;
    c.secondApprover = secondApprover;
    c.rejectReason = rejectReason;
    c.filePath = filePath;
    c.fileSha256 = fileSha256;
    c.rowsWritten = rowsWritten;
    c.deliveredAt = deliveredAt;
    c.expiresAt = expiresAt;
    c.maxDownloads = maxDownloads;
    c.downloads = downloads;
    c.createdAt = createdAt;
    c.updatedAt = updatedAt;
    c.updatedAt = at;
    return c;
  }

  /** A copy without a rejection reason or delivery (an approval or rejection starts afresh). */
  private Changes undelivered(LocalDateTime at) {
    Changes c = changes(at);
    c.rejectReason = null;
    c.filePath = null;
    c.fileSha256 = null;
    c.rowsWritten = null;
    c.deliveredAt = null;
    c.expiresAt = null;
    c.maxDownloads = null;
    c.downloads = 0;
    return c;
  }

  /** The fields of a request being changed: the one place that lists them all. */
  private static final class Changes {
    String number;
    String requester;
    String department;
    Purpose purpose;
    String purposeText;
    String extractId;
    int extractVersion;
    List<String> fields;
    List<String> unmaskedFields;
    String basis;
    RequestFilters filters;
    DeliveryFormat format;
    LocalDate neededBy;
    RequestState state;
    List<String> approvedFields;
    List<String> approvedUnmasked;
    String approvedPeriod;
    String approver;
    String secondApprover;
    String rejectReason;
    String filePath;
    String fileSha256;
    Long rowsWritten;
    LocalDateTime deliveredAt;
    LocalDateTime expiresAt;
    Integer maxDownloads;
    int downloads;
    LocalDateTime createdAt;
    LocalDateTime updatedAt;

    ExtractionRequest build() {
      return new ExtractionRequest(
          number,
          requester,
          department,
          purpose,
          purposeText,
          extractId,
          extractVersion,
          fields,
          unmaskedFields,
          basis,
          filters,
          format,
          neededBy,
          state,
          approvedFields,
          approvedUnmasked,
          approvedPeriod,
          approver,
          secondApprover,
          rejectReason,
          filePath,
          fileSha256,
          rowsWritten,
          deliveredAt,
          expiresAt,
          maxDownloads,
          downloads,
          createdAt,
          updatedAt);
    }
  }
}
