package org.baobiao.sample.internal.interfaces;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.baobiao.etl.interfaces.InterfaceExchangesKind;
import org.baobiao.etl.source.ColumnDef;

/**
 * Writes exchanges in one hospital's layout. Two paths give the same bytes: {@link #write} for the
 * millions of good records, from text encoded once per constant (interface ids, message types,
 * error texts); and {@link #fields} with {@link #render}, field texts for the few dirty rows, which
 * are spoiled as text before they are written.
 */
abstract class ExchangeFormat {

  static final int ORG = 0;
  static final int ID = 1;
  static final int IFACE = 2;
  static final int MESSAGE_TYPE = 3;
  static final int KEY = 4;
  static final int BUSINESS_TIME = 5;
  static final int SENT = 6;
  static final int RECEIVED = 7;
  static final int ACKED = 8;
  static final int STATUS = 9;
  static final int CAUSE = 10;
  static final int ERROR_CODE = 11;
  static final int ERROR_MESSAGE = 12;
  static final int RETRIES = 13;
  static final int RECORDS = 14;
  static final int PAYLOAD = 15;

  /** The documented columns, in the order written. */
  static final List<ColumnDef> COLUMNS = new InterfaceExchangesKind().columns();

  static final String[] STATUS_CODES = {"SUCCESS", "FAILED", "PENDING"};

  /** Width of the daily counter in an exchange id and a business key: room for scale 1000. */
  static final int COUNTER_DIGITS = 7;

  protected final ExchangeStyle style;
  protected final String orgCode;
  protected final List<InterfaceSpec> specs;
  private final Map<ErrorText, byte[]> errorBytes = new IdentityHashMap<>();

  ExchangeFormat(ExchangeStyle style, String orgCode, List<InterfaceSpec> specs) {
    this.style = style;
    this.orgCode = orgCode;
    this.specs = List.copyOf(specs);
  }

  /** The format of a hospital's style. */
  static ExchangeFormat of(ExchangeStyle style, String orgCode, List<InterfaceSpec> specs) {
    return style.csv()
        ? new CsvExchangeFormat(style, orgCode, specs)
        : new JsonExchangeFormat(style, orgCode, specs);
  }

  /** Writes what precedes the records: a CSV header, nothing for JSON lines. */
  abstract void header(ByteLineWriter out) throws IOException;

  /** Writes one record and its line end; returns its line number. */
  abstract long write(Exchange e, ByteLineWriter out) throws IOException;

  /** One line from field texts in column order ({@code ""} = empty), without the line end. */
  abstract String render(String[] fields);

  /** The error code and message of {@code error}, encoded as this format writes them. */
  protected abstract byte[] encodeError(ErrorText error);

  /** The field texts of a record, in column order, {@code ""} for empty. */
  final String[] fields(Exchange e) {
    InterfaceSpec spec = specs.get(e.iface);
    String[] f = new String[COLUMNS.size()];
    f[ORG] = orgCode;
    f[ID] = exchangeIdHead(spec) + dateText(e.sentDay()) + "-" + counterText(e.counter);
    f[IFACE] = spec.id();
    f[MESSAGE_TYPE] = spec.messageTypes().values().get(e.messageType);
    f[KEY] = e.keyDay < 0 ? "" : spec.keyPrefix() + dateText(e.keyDay) + counterText(e.keySeq);
    f[BUSINESS_TIME] = time(e.businessMs, false);
    f[SENT] = time(e.sentMs, true);
    f[RECEIVED] = time(e.receivedMs, true);
    f[ACKED] = time(e.ackedMs, true);
    f[STATUS] = STATUS_CODES[e.status];
    f[CAUSE] = e.cause == null ? "" : e.cause.name();
    f[ERROR_CODE] = e.error == null ? "" : e.error.code();
    f[ERROR_MESSAGE] = e.error == null ? "" : e.error.message();
    f[RETRIES] = Integer.toString(e.retries);
    f[RECORDS] = Integer.toString(e.records);
    f[PAYLOAD] = Long.toString(e.payloadBytes);
    return f;
  }

  /** A local moment's text in this style, or {@code ""} for {@code -1}. */
  final String time(long ms, boolean millis) {
    return ms < 0 ? "" : style.time().format(ms, millis);
  }

  /** The exchange id up to its date: {@code <prefix>-<short>-}. */
  final String exchangeIdHead(InterfaceSpec spec) {
    return style.idPrefix() + "-" + spec.shortCode() + "-";
  }

  /** {@code text} in the file's encoding, strictly (an unmappable character is an error). */
  final byte[] encode(String text) {
    try {
      ByteBuffer b =
          style
              .charset()
              .newEncoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .encode(CharBuffer.wrap(text));
      byte[] bytes = new byte[b.remaining()];
      b.get(bytes);
      return bytes;
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("cannot encode in " + style.charset() + ": " + text, e);
    }
  }

  /** The encoded error members of {@code error}, encoded on first use. */
  final byte[] errorBytes(ErrorText error) {
    return errorBytes.computeIfAbsent(error, this::encodeError);
  }

  final Charset charset() {
    return style.charset();
  }

  /** Writes the end of an exchange id after its head: {@code yyyyMMdd-nnnnnnn}. */
  static void idTail(ByteLineWriter out, long day, int counter) throws IOException {
    out.date(day);
    out.put('-');
    out.digits(counter, COUNTER_DIGITS);
  }

  /** Writes the end of a business key after its prefix: {@code yyyyMMddnnnnnnn}. */
  static void keyTail(ByteLineWriter out, long day, int seq) throws IOException {
    out.date(day);
    out.digits(seq, COUNTER_DIGITS);
  }

  private static String dateText(long day) {
    return LocalDate.ofEpochDay(day).toString().replace("-", "");
  }

  private static String counterText(int n) {
    String digits = Integer.toString(n);
    return "0".repeat(Math.max(0, COUNTER_DIGITS - digits.length())) + digits;
  }
}
