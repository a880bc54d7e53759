package org.baobiao.sample.internal.interfaces;

import java.io.IOException;
import java.util.List;
import org.baobiao.etl.source.ColumnDef;
import org.baobiao.spec.csv.CsvFields;

/**
 * CSV with a header of the English column names or their Chinese aliases, fields in column order,
 * empty fields empty, quoted only when they need it (RFC 4180, as {@link CsvFields} quotes).
 */
final class CsvExchangeFormat extends ExchangeFormat {

  private final byte[] org;
  private final byte[][] idHead;
  private final byte[][] iface;
  private final byte[][][] messageType;
  private final byte[][] keyHead;
  private final byte[][] status = new byte[3][];
  private final byte[][] cause = new byte[ErrorCause.values().length][];

  CsvExchangeFormat(ExchangeStyle style, String orgCode, List<InterfaceSpec> specs) {
    super(style, orgCode, specs);
    org = encode(field(orgCode));
    int n = specs.size();
    idHead = new byte[n][];
    iface = new byte[n][];
    messageType = new byte[n][][];
    keyHead = new byte[n][];
    for (InterfaceSpec spec : specs) {
      int i = spec.index();
      idHead[i] = encode("," + exchangeIdHead(spec));
      iface[i] = encode("," + field(spec.id()));
      List<String> types = spec.messageTypes().values();
      messageType[i] = new byte[types.size()][];
      for (int t = 0; t < types.size(); t++) {
        messageType[i][t] = encode("," + field(types.get(t)));
      }
      keyHead[i] = encode(spec.keyPrefix());
    }
    for (int s = 0; s < STATUS_CODES.length; s++) {
      status[s] = encode("," + STATUS_CODES[s]);
    }
    for (ErrorCause c : ErrorCause.values()) {
      cause[c.ordinal()] = encode("," + c.name());
    }
    for (InterfaceSpec spec : specs) {
      if (!spec.keyPrefix().matches("[A-Za-z0-9]+") || !spec.shortCode().matches("[A-Z0-9]+")) {
        throw new IllegalArgumentException(
            spec.id() + ": key prefix and short code need no quoting");
      }
    }
  }

  @Override
  void header(ByteLineWriter out) throws IOException {
    String[] names = new String[COLUMNS.size()];
    for (int c = 0; c < names.length; c++) {
      ColumnDef column = COLUMNS.get(c);
      names[c] = style.chineseHeader() ? column.alias() : column.name();
    }
    out.put(encode(CsvFields.join(names)));
    out.endLine();
  }

  @Override
  long write(Exchange e, ByteLineWriter out) throws IOException {
    int i = e.iface;
    out.put(org);
    out.put(idHead[i]);
    idTail(out, e.sentDay(), e.counter);
    out.put(iface[i]);
    out.put(messageType[i][e.messageType]);
    out.put(',');
    if (e.keyDay >= 0) {
      out.put(keyHead[i]);
      keyTail(out, e.keyDay, e.keySeq);
    }
    time(out, e.businessMs, false);
    time(out, e.sentMs, true);
    time(out, e.receivedMs, true);
    time(out, e.ackedMs, true);
    out.put(status[e.status]);
    if (e.cause == null) {
      out.put(',');
    } else {
      out.put(cause[e.cause.ordinal()]);
    }
    if (e.error == null) {
      out.put(',');
      out.put(',');
    } else {
      out.put(errorBytes(e.error));
    }
    out.put(',');
    out.number(e.retries);
    out.put(',');
    out.number(e.records);
    out.put(',');
    out.number(e.payloadBytes);
    return out.endLine();
  }

  private void time(ByteLineWriter out, long ms, boolean millis) throws IOException {
    out.put(',');
    if (ms >= 0) {
      out.timestamp(ms, millis, style.time());
    }
  }

  @Override
  protected byte[] encodeError(ErrorText error) {
    return encode("," + field(error.code()) + "," + field(error.message()));
  }

  @Override
  String render(String[] fields) {
    return CsvFields.join(fields);
  }

  private static String field(String text) {
    StringBuilder b = new StringBuilder(text.length() + 2);
    CsvFields.append(b, text);
    return b.toString();
  }
}
