package org.baobiao.etl.source;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses one line of a JSON-lines file (UTF-8 bytes, RFC 8259) into the fields of the documented
 * columns: members matched by English name or Chinese alias, unknown members skipped, scalars kept
 * as their text. Written by hand over bytes, without building a tree or a String per key, because
 * interface logs have millions of lines per file; {@code JsonLinesReaderTest} holds it to the JSON
 * grammar.
 */
final class JsonLineParser {
  /** A line that is not one JSON object of scalar values; the message is for people. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message, null, false, false);
    }
  }

  private final byte[][] names;
  private final int[] positions;
  private final Map<String, Integer> byText = new HashMap<>();
  private final int width;
  private final boolean[] seen;
  // The name index each member had in the previous line: logs write their members in one order,
  // so the name at the same place is nearly always the one to try first.
  private int[] lastName = new int[16];
  private int member;
  private byte[] b;
  private int lineStart;
  private int i;
  private int end;
  private final StringBuilder text = new StringBuilder(64);

  JsonLineParser(List<ColumnDef> columns) {
    this.width = columns.size();
    this.names = new byte[columns.size() * 2][];
    this.positions = new int[columns.size() * 2];
    for (int c = 0; c < columns.size(); c++) {
      names[2 * c] = columns.get(c).name().getBytes(StandardCharsets.UTF_8);
      names[2 * c + 1] = columns.get(c).alias().getBytes(StandardCharsets.UTF_8);
      positions[2 * c] = c;
      positions[2 * c + 1] = c;
      byText.putIfAbsent(columns.get(c).name(), c);
      byText.putIfAbsent(columns.get(c).alias(), c);
    }
    this.seen = new boolean[width];
  }

  /**
   * Parses {@code bytes[from, to)}, valid UTF-8, into one field per column ({@code ""} when absent
   * or null; strings stripped).
   *
   * @throws Malformed saying what is wrong and where
   */
  String[] parse(byte[] bytes, int from, int to) throws Malformed {
    b = bytes;
    lineStart = from;
    i = from;
    end = to;
    String[] fields = new String[width];
    Arrays.fill(fields, "");
    Arrays.fill(seen, false);
    member = 0;
    ws();
    if (i >= end || b[i] != '{') {
      throw malformed("应为一个 JSON 对象（以 { 开头、以 } 结尾），每行一条记录");
    }
    i++;
    ws();
    if (i < end && b[i] == '}') {
      i++;
    } else {
      while (true) {
        ws();
        int column = key();
        ws();
        expect(':');
        ws();
        if (column < 0) {
          skipValue();
        } else {
          if (seen[column]) {
            throw malformed("字段 " + label(column) + " 重复出现");
          }
          seen[column] = true;
          fields[column] = scalar(column);
        }
        ws();
        if (i >= end) {
          throw malformed("JSON 对象不完整（缺少 }）");
        }
        byte c = b[i++];
        if (c == '}') {
          break;
        }
        if (c != ',') {
          throw malformed("应为 , 或 }，实为 '" + (char) c + "'");
        }
      }
    }
    ws();
    if (i < end) {
      throw malformed("一行只能有一个 JSON 对象，对象结束后还有内容");
    }
    return fields;
  }

  private String label(int column) {
    return new String(names[2 * column], StandardCharsets.UTF_8);
  }

  /** The column of the member name at {@code i}, or -1 for a member not documented. */
  private int key() throws Malformed {
    if (i >= end || b[i] != '"') {
      throw malformed("应为带引号的字段名");
    }
    int start = i + 1;
    int j = start;
    while (j < end && b[j] != '"' && b[j] != '\\') {
      j++;
    }
    if (j < end && b[j] == '"') {
      int len = j - start;
      i = j + 1;
      int ordinal = member++;
      if (ordinal >= lastName.length) {
        lastName = Arrays.copyOf(lastName, lastName.length * 2);
      }
      int guess = lastName[ordinal];
      if (matches(guess, start, j)) {
        return positions[guess];
      }
      for (int n = 0; n < names.length; n++) {
        if (n != guess && matches(n, start, j)) {
          lastName[ordinal] = n;
          return positions[n];
        }
      }
      return -1;
    }
    String k = string();
    Integer column = byText.get(k);
    return column == null ? -1 : column;
  }

  private boolean matches(int name, int from, int to) {
    byte[] n = names[name];
    return n.length == to - from && Arrays.equals(n, 0, n.length, b, from, to);
  }

  private String scalar(int column) throws Malformed {
    if (i >= end) {
      throw malformed("字段 " + label(column) + " 缺少值");
    }
    byte c = b[i];
    if (c == '"') {
      return string().strip();
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      return number();
    }
    if (literal("true")) {
      return "true";
    }
    if (literal("false")) {
      return "false";
    }
    if (literal("null")) {
      return "";
    }
    if (c == '{' || c == '[') {
      throw malformed("字段 " + label(column) + " 的值应为字符串、数字或 null，实为对象或数组");
    }
    throw malformed("字段 " + label(column) + " 的值无法识别（应为字符串、数字、true、false 或 null）");
  }

  /** A JSON string at {@code i} (the opening quote), decoded. */
  private String string() throws Malformed {
    int start = ++i;
    boolean ascii = true;
    while (i < end) {
      byte c = b[i];
      if (c == '"') {
        String s =
            new String(
                b, start, i - start, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        i++;
        return s;
      }
      if (c == '\\') {
        return escapedString(start);
      }
      if (c >= 0 && c < 0x20) {
        throw malformed("字符串中含有未转义的控制字符（如换行、制表符须写成 \\n、\\t）");
      }
      if (c < 0) {
        ascii = false;
      }
      i++;
    }
    throw malformed("字符串缺少结束引号");
  }

  /** Continues a string that has escapes, from {@code start} (just after its opening quote). */
  private String escapedString(int start) throws Malformed {
    text.setLength(0);
    text.append(new String(b, start, i - start, StandardCharsets.UTF_8));
    while (i < end) {
      byte c = b[i];
      if (c == '"') {
        i++;
        return text.toString();
      }
      if (c >= 0 && c < 0x20) {
        throw malformed("字符串中含有未转义的控制字符（如换行、制表符须写成 \\n、\\t）");
      }
      if (c != '\\') {
        int run = i;
        while (i < end && b[i] != '"' && b[i] != '\\' && (b[i] < 0 || b[i] >= 0x20)) {
          i++;
        }
        text.append(new String(b, run, i - run, StandardCharsets.UTF_8));
        continue;
      }
      if (i + 1 >= end) {
        break;
      }
      byte e = b[i + 1];
      i += 2;
      switch (e) {
        case '"' -> text.append('"');
        case '\\' -> text.append('\\');
        case '/' -> text.append('/');
        case 'b' -> text.append('\b');
        case 'f' -> text.append('\f');
        case 'n' -> text.append('\n');
        case 'r' -> text.append('\r');
        case 't' -> text.append('\t');
        case 'u' -> text.append(hex4());
        default -> throw malformed("字符串中的转义 \\" + (char) e + " 无效");
      }
    }
    throw malformed("字符串缺少结束引号");
  }

  private char hex4() throws Malformed {
    if (i + 4 > end) {
      throw malformed("\\u 转义应有 4 位十六进制数字");
    }
    int v = 0;
    for (int k = 0; k < 4; k++) {
      int d = Character.digit(b[i + k], 16);
      if (d < 0) {
        throw malformed("\\u 转义应有 4 位十六进制数字");
      }
      v = v * 16 + d;
    }
    i += 4;
    return (char) v;
  }

  /** A JSON number at {@code i}, as written. */
  private String number() throws Malformed {
    int start = i;
    if (b[i] == '-') {
      i++;
    }
    if (i < end && b[i] == '0') {
      i++;
    } else if (!digits()) {
      throw malformed("数字格式不对");
    }
    if (i < end && b[i] == '.') {
      i++;
      if (!digits()) {
        throw malformed("数字格式不对（小数点后应有数字）");
      }
    }
    if (i < end && (b[i] == 'e' || b[i] == 'E')) {
      i++;
      if (i < end && (b[i] == '+' || b[i] == '-')) {
        i++;
      }
      if (!digits()) {
        throw malformed("数字格式不对（指数应有数字）");
      }
    }
    return new String(b, start, i - start, StandardCharsets.ISO_8859_1);
  }

  private boolean digits() {
    int start = i;
    while (i < end && b[i] >= '0' && b[i] <= '9') {
      i++;
    }
    return i > start;
  }

  private boolean literal(String word) {
    int n = word.length();
    if (i + n > end) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      if (b[i + k] != word.charAt(k)) {
        return false;
      }
    }
    i += n;
    return true;
  }

  /** How deep objects and arrays may nest inside an undocumented member. */
  static final int MAX_DEPTH = 64;

  /**
   * Skips the value of a member that is not documented, nested or not. Iterative, with the open
   * containers' closing brackets on a small stack of its own: a line of 20,000 nested arrays is a
   * malformed line, not a stack overflow.
   */
  private void skipValue() throws Malformed {
    byte[] open = new byte[MAX_DEPTH];
    int depth = 0;
    while (true) {
      // a value at i
      if (i >= end) {
        throw malformed("缺少值");
      }
      byte c = b[i];
      if (c == '{' || c == '[') {
        if (depth == MAX_DEPTH) {
          throw malformed("对象或数组嵌套超过 " + MAX_DEPTH + " 层");
        }
        byte close = c == '{' ? (byte) '}' : (byte) ']';
        open[depth++] = close;
        i++;
        ws();
        if (i < end && b[i] == close) {
          i++;
          depth--;
        } else {
          if (close == '}') {
            memberName();
          }
          continue;
        }
      } else if (c == '"') {
        string();
      } else if (c == '-' || (c >= '0' && c <= '9')) {
        number();
      } else if (!literal("true") && !literal("false") && !literal("null")) {
        throw malformed("值无法识别（应为字符串、数字、true、false、null、对象或数组）");
      }
      // after a complete value: close containers or go on to their next element
      while (true) {
        if (depth == 0) {
          return;
        }
        ws();
        if (i >= end) {
          throw malformed("JSON 对象或数组不完整");
        }
        byte close = open[depth - 1];
        byte d = b[i++];
        if (d == close) {
          depth--;
          continue;
        }
        if (d != ',') {
          throw malformed("应为 , 或 " + (char) close + "，实为 '" + (char) d + "'");
        }
        ws();
        if (close == '}') {
          memberName();
        }
        break;
      }
    }
  }

  /** A member name and its colon inside a skipped object, leaving {@code i} at the value. */
  private void memberName() throws Malformed {
    ws();
    if (i >= end || b[i] != '"') {
      throw malformed("应为带引号的字段名");
    }
    string();
    ws();
    expect(':');
    ws();
  }

  private void ws() {
    while (i < end && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
      i++;
    }
  }

  private void expect(char c) throws Malformed {
    if (i >= end || b[i] != c) {
      throw malformed("应为 '" + c + "'");
    }
    i++;
  }

  private Malformed malformed(String problem) {
    return new Malformed("不是有效的 JSON：" + problem + "（本行第 " + (i - lineStart + 1) + " 个字节附近）");
  }
}
