package org.baobiao.sample.internal.interfaces;

import static java.util.Objects.requireNonNull;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How a hospital's interface engine exports its exchange log (profile keys {@code interfaces.*}).
 *
 * @param csv CSV ({@code interface_exchanges_*.csv}) rather than JSON lines ({@code .jsonl})
 * @param charset file encoding
 * @param bom whether the file starts with a UTF-8 byte order mark
 * @param chineseHeader whether a CSV header uses the Chinese column aliases
 * @param time the timestamp form
 * @param omitEmpty JSON lines: leave empty members out rather than writing {@code null}
 * @param numbersAsText JSON lines: write numbers as strings ({@code "3"}), as a text-column dump
 *     does
 * @param idPrefix first part of every exchange id, e.g. {@code YJFY}
 */
public record ExchangeStyle(
    boolean csv,
    Charset charset,
    boolean bom,
    boolean chineseHeader,
    TimeStyle time,
    boolean omitEmpty,
    boolean numbersAsText,
    String idPrefix) {

  /** Validates the combination. */
  public ExchangeStyle {
    requireNonNull(charset, "charset is null");
    requireNonNull(time, "time is null");
    requireNonNull(idPrefix, "idPrefix is null");
    if (bom && !charset.equals(StandardCharsets.UTF_8)) {
      throw new IllegalArgumentException("a byte order mark is written for UTF-8 only");
    }
    if (!csv && !charset.equals(StandardCharsets.UTF_8)) {
      throw new IllegalArgumentException("JSON lines are written in UTF-8");
    }
    if (!idPrefix.matches("[A-Z0-9]{2,8}")) {
      throw new IllegalArgumentException("exchange id prefix: 2–8 capitals or digits: " + idPrefix);
    }
  }

  /**
   * This style in another layout: JSON lines or CSV, UTF-8 without BOM, English header, timestamps
   * {@code yyyy-MM-dd HH:mm:ss.SSS} and numbers as numbers (forms every engine's reader takes);
   * empty values and ids stay as they were.
   */
  public ExchangeStyle as(org.baobiao.sample.InterfaceLayout layout) {
    return switch (layout) {
      case AS_EXPORTED -> this;
      case JSON_LINES ->
          new ExchangeStyle(
              false,
              StandardCharsets.UTF_8,
              false,
              false,
              time,
              omitEmpty,
              numbersAsText,
              idPrefix);
      case CSV ->
          new ExchangeStyle(
              true, StandardCharsets.UTF_8, false, false, time, omitEmpty, numbersAsText, idPrefix);
    };
  }

  /**
   * The file name of a hospital's month, e.g. {@code interface_exchanges_441700001_2026-10.jsonl}.
   */
  public String fileName(String orgCode, String yearMonth) {
    return "interface_exchanges_" + orgCode + "_" + yearMonth + (csv ? ".csv" : ".jsonl");
  }
}
