package org.baobiao.etl.interfaces;

import static org.baobiao.etl.source.ColumnDef.optional;
import static org.baobiao.etl.source.ColumnDef.required;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.baobiao.etl.load.FieldReader;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.HeaderMap;
import org.baobiao.etl.load.ReferenceData;
import org.baobiao.etl.load.Token;
import org.baobiao.etl.source.ColumnDef;
import org.baobiao.etl.source.ReasonCode;
import org.baobiao.etl.source.SourceRecord;

/**
 * Interface exchange logs ({@code interface_exchanges*.jsonl}, {@code .ndjson} or {@code .csv}):
 * one record per message an interface sent, with its timestamps and outcome, as in docs/formats.md.
 * The same rules hold for both layouts and for rows extracted from a source database.
 */
public final class InterfaceExchangesKind implements FileKind {
  /** How far a business time may lie after the sending time: the systems' clocks may differ. */
  public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private static final Token EXCHANGE_ID = Token.of("A-Za-z0-9_.:-", 1, 64, "1–64 位字母、数字或 _ . : -");
  private static final List<ColumnDef> COLUMNS =
      List.of(
          required("org_code", "机构代码"),
          required("exchange_id", "交换流水号"),
          required("interface_id", "接口编码"),
          optional("message_type", "消息类型"),
          optional("business_key", "业务主键"),
          optional("business_time", "业务发生时间"),
          required("sent_at", "发送时间"),
          optional("received_at", "接收时间"),
          optional("acked_at", "应答时间"),
          required("status", "状态"),
          optional("error_cause", "失败原因"),
          optional("error_code", "错误代码"),
          optional("error_message", "错误信息"),
          optional("retries", "重试次数"),
          optional("record_count", "记录数"),
          optional("payload_bytes", "报文字节数"));

  @Override
  public String domain() {
    return "interfaces";
  }

  @Override
  public String name() {
    return "interface_exchanges";
  }

  @Override
  public boolean accepts(String fileName) {
    return fileName.startsWith("interface_exchanges")
        && (fileName.endsWith(".jsonl")
            || fileName.endsWith(".ndjson")
            || fileName.endsWith(".csv"));
  }

  @Override
  public List<ColumnDef> columns() {
    return COLUMNS;
  }

  @Override
  public String stagingTable() {
    return "stg_interface_exchanges";
  }

  @Override
  public List<String> keyColumns() {
    return List.of("org_code", "exchange_id");
  }

  @Override
  public Object[] map(SourceRecord record, HeaderMap header, ReferenceData reference) {
    FieldReader f = new FieldReader(record, header);
    String org = f.text("org_code", true);
    String id = f.token("exchange_id", true, EXCHANGE_ID);
    String iface = f.token("interface_id", true, InterfaceCatalogKind.INTERFACE_ID);
    String messageType = f.text("message_type", false, 64);
    String businessKey = f.text("business_key", false, 128);
    LocalDateTime businessTime = f.timestamp("business_time", false);
    LocalDateTime sent = f.timestamp("sent_at", true);
    LocalDateTime received = f.timestamp("received_at", false);
    LocalDateTime acked = f.timestamp("acked_at", false);
    String status = f.code("status", true, InterfaceCodes.STATUSES);
    String cause = f.code("error_cause", "FAILED".equals(status), InterfaceCodes.ERROR_CAUSES);
    String errorCode = f.text("error_code", false, 32);
    String errorMessage = f.text("error_message", false, 2000);
    Integer retries = f.integer("retries", false, 0, 1_000);
    Integer records = f.integer("record_count", false, 0, 10_000_000);
    Long bytes = f.wholeNumber("payload_bytes", false, 0, 1L << 40);
    if (sent != null && acked != null && acked.isBefore(sent)) {
      f.reject(
          "acked_at", f.raw("acked_at"), ReasonCode.INCONSISTENT, "应答时间早于发送时间 " + f.raw("sent_at"));
    }
    if (sent != null && businessTime != null && businessTime.isAfter(sent.plus(CLOCK_SKEW))) {
      f.reject(
          "business_time",
          f.raw("business_time"),
          ReasonCode.INCONSISTENT,
          "业务发生时间晚于发送时间 " + f.raw("sent_at") + " 超过 5 分钟（各系统时钟允许相差 5 分钟以内）");
    }
    if (org != null && !reference.hasHospital(org)) {
      f.reject("org_code", org, ReasonCode.UNKNOWN_HOSPITAL, "机构代码未在医院名录（hospitals）中；请先加载该医院的参考数据");
    } else if (org != null && iface != null && !reference.hasInterface(org, iface)) {
      f.reject(
          "interface_id",
          iface,
          ReasonCode.UNKNOWN_INTERFACE,
          "接口编码不在机构 " + org + " 的接口目录（interfaces.csv）中；请先在接口目录中登记该接口");
    }
    f.finish();
    return new Object[] {
      org,
      id,
      iface,
      messageType,
      businessKey,
      businessTime,
      sent,
      sent.toLocalDate(),
      received,
      acked,
      acked == null ? null : Duration.between(sent, acked).toMillis(),
      status,
      cause,
      errorCode,
      errorMessage,
      retries,
      records,
      bytes
    };
  }

  @Override
  public String publishSql() {
    return "/org/baobiao/etl/interfaces/publish_interface_exchanges.sql";
  }

  @Override
  public String rebuildSql() {
    return "/org/baobiao/etl/interfaces/rebuild_interface_rollups.sql";
  }
}
