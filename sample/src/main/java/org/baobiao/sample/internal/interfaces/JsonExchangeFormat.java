package org.baobiao.sample.internal.interfaces;

import java.io.IOException;
import java.util.List;

/**
 * JSON lines: one object per line with the documented member names in column order; empty members
 * left out or written as {@code null}, numbers as numbers or as strings, as the hospital's style
 * says.
 */
final class JsonExchangeFormat extends ExchangeFormat {

  private final byte[] org;
  private final byte[][] idHead;
  private final byte[][] iface;
  private final byte[][][] messageType;
  private final byte[][] keyHead;
  private final byte[] keyEmpty;
  private final byte[][] timeHead = new byte[4][];
  private final byte[][] timeEmpty = new byte[4][];
  private final byte[][] status = new byte[3][];
  private final byte[][] cause = new byte[ErrorCause.values().length][];
  private final byte[] causeEmpty;
  private final byte[] errorEmpty;
  private final byte[][] numberHead = new byte[3][];
  private final boolean quotedNumbers;

  JsonExchangeFormat(ExchangeStyle style, String orgCode, List<InterfaceSpec> specs) {
    super(style, orgCode, specs);
    org = encode("{" + member(ORG) + JsonText.quote(orgCode));
    int n = specs.size();
    idHead = new byte[n][];
    iface = new byte[n][];
    messageType = new byte[n][][];
    keyHead = new byte[n][];
    for (InterfaceSpec spec : specs) {
      int i = spec.index();
      String head = JsonText.quote(exchangeIdHead(spec));
      idHead[i] = encode("," + member(ID) + head.substring(0, head.length() - 1));
      iface[i] = encode("," + member(IFACE) + JsonText.quote(spec.id()));
      List<String> types = spec.messageTypes().values();
      messageType[i] = new byte[types.size()][];
      for (int t = 0; t < types.size(); t++) {
        messageType[i][t] = encode("," + member(MESSAGE_TYPE) + JsonText.quote(types.get(t)));
      }
      String key = JsonText.quote(spec.keyPrefix());
      keyHead[i] = encode("," + member(KEY) + key.substring(0, key.length() - 1));
    }
    keyEmpty = encode(empty(KEY));
    int[] times = {BUSINESS_TIME, SENT, RECEIVED, ACKED};
    for (int t = 0; t < times.length; t++) {
      timeHead[t] = encode("," + member(times[t]) + "\"");
      timeEmpty[t] = encode(empty(times[t]));
    }
    for (int s = 0; s < STATUS_CODES.length; s++) {
      status[s] = encode("," + member(STATUS) + JsonText.quote(STATUS_CODES[s]));
    }
    for (ErrorCause c : ErrorCause.values()) {
      cause[c.ordinal()] = encode("," + member(CAUSE) + JsonText.quote(c.name()));
    }
    causeEmpty = encode(empty(CAUSE));
    errorEmpty = encode(empty(ERROR_CODE) + empty(ERROR_MESSAGE));
    quotedNumbers = style.numbersAsText();
    int[] numbers = {RETRIES, RECORDS, PAYLOAD};
    for (int k = 0; k < numbers.length; k++) {
      numberHead[k] = encode("," + member(numbers[k]) + (quotedNumbers ? "\"" : ""));
    }
  }

  @Override
  void header(ByteLineWriter out) {
    // JSON lines name their fields in every record.
  }

  @Override
  long write(Exchange e, ByteLineWriter out) throws IOException {
    int i = e.iface;
    out.put(org);
    out.put(idHead[i]);
    idTail(out, e.sentDay(), e.counter);
    out.put('"');
    out.put(iface[i]);
    out.put(messageType[i][e.messageType]);
    if (e.keyDay >= 0) {
      out.put(keyHead[i]);
      keyTail(out, e.keyDay, e.keySeq);
      out.put('"');
    } else {
      out.put(keyEmpty);
    }
    time(out, 0, e.businessMs, false);
    time(out, 1, e.sentMs, true);
    time(out, 2, e.receivedMs, true);
    time(out, 3, e.ackedMs, true);
    out.put(status[e.status]);
    if (e.cause == null) {
      out.put(causeEmpty);
    } else {
      out.put(cause[e.cause.ordinal()]);
    }
    out.put(e.error == null ? errorEmpty : errorBytes(e.error));
    number(out, 0, e.retries);
    number(out, 1, e.records);
    number(out, 2, e.payloadBytes);
    out.put('}');
    return out.endLine();
  }

  private void time(ByteLineWriter out, int t, long ms, boolean millis) throws IOException {
    if (ms < 0) {
      out.put(timeEmpty[t]);
      return;
    }
    out.put(timeHead[t]);
    out.timestamp(ms, millis, style.time());
    out.put('"');
  }

  private void number(ByteLineWriter out, int k, long value) throws IOException {
    out.put(numberHead[k]);
    out.number(value);
    if (quotedNumbers) {
      out.put('"');
    }
  }

  @Override
  protected byte[] encodeError(ErrorText error) {
    return encode(
        ","
            + member(ERROR_CODE)
            + JsonText.quote(error.code())
            + ","
            + member(ERROR_MESSAGE)
            + JsonText.quote(error.message()));
  }

  @Override
  String render(String[] fields) {
    StringBuilder line = new StringBuilder(400).append('{');
    boolean first = true;
    for (int c = 0; c < fields.length; c++) {
      String v = fields[c];
      if (v.isEmpty() && style.omitEmpty()) {
        continue;
      }
      if (!first) {
        line.append(',');
      }
      first = false;
      line.append(member(c));
      if (v.isEmpty()) {
        line.append("null");
      } else if (c >= RETRIES && !quotedNumbers && isInteger(v)) {
        line.append(v);
      } else {
        line.append(JsonText.quote(v));
      }
    }
    return line.append('}').toString();
  }

  private static boolean isInteger(String v) {
    int start = v.startsWith("-") ? 1 : 0;
    if (v.length() == start) {
      return false;
    }
    for (int i = start; i < v.length(); i++) {
      if (v.charAt(i) < '0' || v.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** {@code "name":}. */
  private static String member(int column) {
    return JsonText.quote(COLUMNS.get(column).name()) + ":";
  }

  /** An empty member: nothing, or {@code ,"name":null}. */
  private String empty(int column) {
    return style.omitEmpty() ? "" : "," + member(column) + "null";
  }
}
