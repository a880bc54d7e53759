package org.baobiao.warehouse.error;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the store's own error text (DuckDB's English messages, which quote the offending value and
 * often the whole staged row: a patient's name, ID number and address) into one Chinese line that
 * names what failed and where, without any value. Rows the store would refuse are meant to be
 * rejected by the row rules first; this is the last line of defence for what slips through.
 */
public final class StoreErrors {
  /** DuckDB's error classes: "Conversion Error: …", "Constraint Error: …", "IO Error: …" */
  private static final Pattern TYPE =
      Pattern.compile(
          "(?s)^(?:java\\.sql\\.SQLException: )?([A-Z][A-Za-z]*(?: [A-Za-z]+)? Error): .*");

  private static final Pattern COLUMN = Pattern.compile("column \"([A-Za-z0-9_]+)\"");
  // The staging spool's rows start with batch_id, source_line: the second field is the file's line.
  private static final Pattern SOURCE_LINE =
      Pattern.compile("Original Line: \"?\\d+\"?,\"?(\\d+)\"?,");

  private StoreErrors() {}

  /** Whether a message is the store's own error text (English, possibly quoting values). */
  public static boolean isStoreMessage(String message) {
    return message != null && TYPE.matcher(message).matches();
  }

  /**
   * A message fit for a person and a load batch: the store's error text described in Chinese
   * without values; any other message unchanged.
   */
  public static String describe(String message) {
    if (!isStoreMessage(message)) {
      return message;
    }
    Matcher type = TYPE.matcher(message);
    type.matches();
    StringBuilder b = new StringBuilder("数据仓库拒绝写入（").append(type.group(1));
    Matcher column = COLUMN.matcher(message);
    if (column.find()) {
      b.append("，列 ").append(column.group(1));
    }
    Matcher line = SOURCE_LINE.matcher(message);
    if (line.find()) {
      b.append("，源文件第 ").append(line.group(1)).append(" 行");
    }
    return b.append("）；原始错误引用的值与行内容可能含个人信息，不予显示。请检查该值是否超出该列可存的范围或长度").toString();
  }
}
