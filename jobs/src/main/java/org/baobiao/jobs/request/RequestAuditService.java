package org.baobiao.jobs.request;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.baobiao.spec.csv.CsvWriter;
import org.baobiao.warehouse.Warehouse;

/**
 * The audit trail of data extraction requests (数据提取审计): every state change, delivery, download and
 * refusal in a period, read from the append-only {@code extraction_request_events} table, with
 * counts by action. Reading the trail changes nothing (no expiry is run, no event is added).
 */
public final class RequestAuditService {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private final Warehouse warehouse;

  public RequestAuditService(Warehouse warehouse) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
  }

  /** The events of the period, optionally of one request and/or one actor, in written order. */
  public AuditTrail trail(AuditQuery query) {
    requireNonNull(query, "query is null");
    Map<String, Object> params = new HashMap<>();
    params.put("from", query.period().start().atStartOfDay());
    params.put("to", query.period().end().atStartOfDay());
    StringBuilder sql =
        new StringBuilder(
            "SELECT request_no, actor, client, acted_at, action, state_before, state_after,"
                + " details, file_sha256 FROM "
                + RequestStore.EVENTS
                + " WHERE acted_at >= :from AND acted_at < :to");
    if (query.requestNo() != null) {
      sql.append(" AND request_no = :no");
      params.put("no", query.requestNo());
    }
    if (query.user() != null) {
      sql.append(" AND actor = :user");
      params.put("user", query.user());
    }
    sql.append(" ORDER BY seq");
    List<RequestEvent> events =
        warehouse.query(sql.toString(), params).rows().stream().map(RequestStore::event).toList();
    Map<String, Long> byAction = new LinkedHashMap<>();
    for (RequestEvent e : events) {
      byAction.merge(e.action(), 1L, Long::sum);
    }
    long requests = events.stream().map(RequestEvent::requestNo).distinct().count();
    return new AuditTrail(
        query,
        events,
        byAction,
        requests,
        byAction.getOrDefault(RequestService.REFUSED, 0L),
        byAction.getOrDefault("下载", 0L));
  }

  /**
   * Writes the trail's events as CSV for a spreadsheet (UTF-8 with BOM, formula cells neutralised),
   * one row per event, written under a temporary name and moved into place when complete.
   */
  public void writeCsv(AuditTrail trail, Path file) throws IOException {
    requireNonNull(trail, "trail is null");
    Path target = file.toAbsolutePath().normalize();
    if (target.getParent() != null) {
      Files.createDirectories(target.getParent());
    }
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    try (CsvWriter csv =
        CsvWriter.open(tmp, StandardCharsets.UTF_8, CsvWriter.Bom.WITH, CsvWriter.LineEnd.CRLF)) {
      csv.writeRow("时间", "申请编号", "操作", "操作人", "来源", "原状态", "新状态", "说明", "文件SHA-256");
      for (RequestEvent e : trail.events()) {
        csv.writeRow(
            time(e.actedAt()),
            e.requestNo(),
            e.action(),
            e.actor(),
            nullToEmpty(e.client()),
            nullToEmpty(e.stateBefore()),
            nullToEmpty(e.stateAfter()),
            nullToEmpty(e.details()),
            nullToEmpty(e.fileSha256()));
      }
    }
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** An event's time as the trail prints it: {@code 2026-10-09 09:00:00}. */
  public static String time(LocalDateTime t) {
    return TIME.format(t);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
