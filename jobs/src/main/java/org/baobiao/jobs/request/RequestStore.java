package org.baobiao.jobs.request;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.baobiao.warehouse.Warehouse;

/**
 * The requests and their events in the warehouse ({@code extraction_requests}, {@code
 * extraction_request_events}). A state change replaces the request's row and adds its event in one
 * transaction; events are only ever added. Values are written by column name.
 */
final class RequestStore {
  static final String REQUESTS = "extraction_requests";
  static final String EVENTS = "extraction_request_events";
  private final Warehouse warehouse;

  RequestStore(Warehouse warehouse) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
  }

  /** The next number of {@code year}: {@code SQ-2026-0001}, then one above the highest. */
  String nextNumber(int year) {
    String prefix = "SQ-" + year + "-";
    Object max =
        warehouse
            .query(
                "SELECT max(request_no) FROM " + REQUESTS + " WHERE request_no LIKE :p",
                Map.of("p", prefix + "%"))
            .single();
    int next = max == null ? 1 : Integer.parseInt(((String) max).substring(prefix.length())) + 1;
    return prefix + String.format("%04d", next);
  }

  Optional<ExtractionRequest> find(String number) {
    List<Map<String, Object>> rows =
        warehouse
            .query("SELECT * FROM " + REQUESTS + " WHERE request_no = :no", Map.of("no", number))
            .asMaps();
    return rows.isEmpty() ? Optional.empty() : Optional.of(fromRow(rows.get(0)));
  }

  /** Every request, newest first; with a state, only those in it. */
  List<ExtractionRequest> list(RequestState state) {
    String where = state == null ? "" : " WHERE state = :state";
    Map<String, Object> params = new HashMap<>();
    if (state != null) {
      params.put("state", state.title());
    }
    return warehouse
        .query("SELECT * FROM " + REQUESTS + where + " ORDER BY request_no DESC", params)
        .asMaps()
        .stream()
        .map(RequestStore::fromRow)
        .toList();
  }

  /** The requests delivered whose link expired by {@code now}. */
  List<ExtractionRequest> dueToExpire(LocalDateTime now) {
    return warehouse
        .query(
            "SELECT * FROM " + REQUESTS + " WHERE state = :state AND expires_at <= :now",
            Map.of("state", RequestState.DELIVERED.title(), "now", now))
        .asMaps()
        .stream()
        .map(RequestStore::fromRow)
        .toList();
  }

  List<RequestEvent> events(String number) {
    return warehouse
        .query(
            "SELECT request_no, actor, client, acted_at, action, state_before, state_after,"
                + " details, file_sha256 FROM "
                + EVENTS
                + " WHERE request_no = :no ORDER BY seq",
            Map.of("no", number))
        .rows()
        .stream()
        .map(RequestStore::event)
        .toList();
  }

  /**
   * An event from a row of request_no, actor, client, acted_at, action, state_before, state_after,
   * details, file_sha256.
   */
  static RequestEvent event(Object[] r) {
    return new RequestEvent(
        (String) r[0],
        (String) r[1],
        (String) r[2],
        (LocalDateTime) r[3],
        (String) r[4],
        (String) r[5],
        (String) r[6],
        (String) r[7],
        (String) r[8]);
  }

  /** Stores the request (replacing its row) and appends the event, in one transaction. */
  void save(ExtractionRequest request, RequestEvent event) {
    Map<String, Object> row = toRow(request);
    Map<String, Object> ev = eventRow(event);
    warehouse.inTransaction(
        s -> {
          s.update(
              "DELETE FROM " + REQUESTS + " WHERE request_no = :no",
              Map.of("no", request.number()));
          s.update(insert(REQUESTS, row), row);
          insertEvent(s, ev);
        });
  }

  /**
   * As {@link #save(ExtractionRequest, RequestEvent)}, running {@code also} in the same transaction
   * (the ops activity of a delivery).
   */
  void save(ExtractionRequest request, RequestEvent event, Warehouse.TransactionWork also) {
    Map<String, Object> row = toRow(request);
    Map<String, Object> ev = eventRow(event);
    warehouse.inTransaction(
        s -> {
          s.update(
              "DELETE FROM " + REQUESTS + " WHERE request_no = :no",
              Map.of("no", request.number()));
          s.update(insert(REQUESTS, row), row);
          insertEvent(s, ev);
          also.run(s);
        });
  }

  /** Appends an event alone (a refusal, an upload made under the request). */
  void append(RequestEvent event) {
    Map<String, Object> ev = eventRow(event);
    warehouse.inTransaction(s -> insertEvent(s, ev));
  }

  /** Inserts an event numbered one above the last, inside the caller's transaction. */
  private static void insertEvent(Warehouse.SqlSession s, Map<String, Object> ev) {
    Object max = s.query("SELECT max(seq) FROM " + EVENTS, Map.of()).single();
    ev.put("seq", max == null ? 1L : ((Number) max).longValue() + 1);
    s.update(insert(EVENTS, ev), ev);
  }

  private static String insert(String table, Map<String, Object> row) {
    return "INSERT INTO "
        + table
        + " ("
        + String.join(", ", row.keySet())
        + ") VALUES ("
        + row.keySet().stream().map(k -> ":" + k).collect(Collectors.joining(", "))
        + ")";
  }

  private static Map<String, Object> eventRow(RequestEvent e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("event_id", UUID.randomUUID().toString());
    m.put("request_no", e.requestNo());
    m.put("actor", e.actor());
    m.put("client", e.client());
    m.put("acted_at", e.actedAt());
    m.put("action", e.action());
    m.put("state_before", e.stateBefore());
    m.put("state_after", e.stateAfter());
    m.put("details", e.details());
    m.put("file_sha256", e.fileSha256());
    return m;
  }

  private static Map<String, Object> toRow(ExtractionRequest r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("request_no", r.number());
    m.put("requester", r.requester());
    m.put("department", r.department());
    m.put("purpose_code", r.purpose().title());
    m.put("purpose_text", r.purposeText());
    m.put("extract_id", r.extractId());
    m.put("extract_version", r.extractVersion());
    m.put("fields", join(r.fields()));
    m.put("unmasked_fields", join(r.unmaskedFields()));
    m.put("unmasked_basis", r.basis());
    m.put("period", r.filters().period());
    m.put("hospital", r.filters().hospital());
    m.put("dept_filter", r.filters().department());
    m.put("code_prefixes", join(r.filters().codePrefixes()));
    m.put("format", r.format().name());
    m.put("needed_by", r.neededBy());
    m.put("state", r.state().title());
    m.put("approved_fields", join(r.approvedFields()));
    m.put("approved_unmasked", join(r.approvedUnmasked()));
    m.put("approved_period", r.approvedPeriod());
    m.put("approver", r.approver());
    m.put("second_approver", r.secondApprover());
    m.put("reject_reason", r.rejectReason());
    m.put("file_path", r.filePath());
    m.put("file_sha256", r.fileSha256());
    m.put("rows_written", r.rowsWritten());
    m.put("delivered_at", r.deliveredAt());
    m.put("expires_at", r.expiresAt());
    m.put("max_downloads", r.maxDownloads());
    m.put("downloads", r.downloads());
    m.put("created_at", r.createdAt());
    m.put("updated_at", r.updatedAt());
    return m;
  }

  private static ExtractionRequest fromRow(Map<String, Object> m) {
    return new ExtractionRequest(
        (String) m.get("request_no"),
        (String) m.get("requester"),
        (String) m.get("department"),
        Purpose.ofTitle((String) m.get("purpose_code")).orElse(Purpose.OTHER),
        (String) m.get("purpose_text"),
        (String) m.get("extract_id"),
        ((Number) m.get("extract_version")).intValue(),
        split(m.get("fields")),
        split(m.get("unmasked_fields")),
        (String) m.get("unmasked_basis"),
        new RequestFilters(
            (String) m.get("period"),
            (String) m.get("hospital"),
            (String) m.get("dept_filter"),
            split(m.get("code_prefixes"))),
        DeliveryFormat.valueOf((String) m.get("format")),
        (LocalDate) m.get("needed_by"),
        RequestState.ofTitle((String) m.get("state")),
        split(m.get("approved_fields")),
        split(m.get("approved_unmasked")),
        (String) m.get("approved_period"),
        (String) m.get("approver"),
        (String) m.get("second_approver"),
        (String) m.get("reject_reason"),
        (String) m.get("file_path"),
        (String) m.get("file_sha256"),
        m.get("rows_written") == null ? null : ((Number) m.get("rows_written")).longValue(),
        (LocalDateTime) m.get("delivered_at"),
        (LocalDateTime) m.get("expires_at"),
        m.get("max_downloads") == null ? null : ((Number) m.get("max_downloads")).intValue(),
        ((Number) m.get("downloads")).intValue(),
        (LocalDateTime) m.get("created_at"),
        (LocalDateTime) m.get("updated_at"));
  }

  // Field names and code prefixes are stored as one text, separated by commas: names are
  // identifiers and prefixes are checked to hold no comma.
  private static String join(List<String> values) {
    return values.isEmpty() ? null : String.join(",", values);
  }

  private static List<String> split(Object text) {
    return text == null || ((String) text).isEmpty()
        ? List.of()
        : new ArrayList<>(Arrays.asList(((String) text).split(",")));
  }
}
