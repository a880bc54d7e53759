package org.baobiao.jobs.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baobiao.warehouse.error.StoreErrors;

/**
 * What the command line prints for a failure: one Chinese line, never a stack trace, never a value
 * of 100,000 characters echoed back, never the store's English text quoting a row.
 */
final class UserMessages {
  /** At most this many characters of one value are quoted. */
  static final int MAX_VALUE = 200;

  private static final Pattern LONG_VALUE =
      Pattern.compile("[^\\s'\"‘’“”，。；：、（）()…]{" + (MAX_VALUE + 1) + ",}");

  private UserMessages() {}

  /** The message with every value longer than 200 characters cut, saying how long it was. */
  static String shorten(String message) {
    if (message == null || message.length() <= MAX_VALUE) {
      return message;
    }
    Matcher m = LONG_VALUE.matcher(message);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String v = m.group();
      m.appendReplacement(
          b, Matcher.quoteReplacement(v.substring(0, MAX_VALUE) + "…(共" + v.length() + "字符)"));
    }
    m.appendTail(b);
    return b.toString();
  }

  /** The failure for people: the first message along the causes, in Chinese where we know it. */
  static String describe(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String known = known(t);
      if (known != null) {
        return shorten(known);
      }
    }
    Throwable t = e;
    while (t.getMessage() == null && t.getCause() != null) {
      t = t.getCause();
    }
    return shorten(t.getMessage() == null ? t.toString() : StoreErrors.describe(t.getMessage()));
  }

  private static String known(Throwable t) {
    String m = t.getMessage();
    if (m != null && m.contains("No space left on device")) {
      return "磁盘空间已满，写入中止：请清理磁盘（数据目录、报表输出目录所在的分区）后重跑；" + "已提交的数据不受影响，中断的加载重跑时从中断处续接";
    }
    if (t instanceof FileAlreadyExistsException f) {
      return f.getFile() + " 已存在且不是目录：请给出一个目录（不存在时会创建），或换一个路径";
    }
    if (t instanceof NoSuchFileException f) {
      return f.getFile() + " 不存在";
    }
    if (t instanceof AccessDeniedException f) {
      return "没有权限访问 " + f.getFile();
    }
    if (t instanceof IOException && m != null && m.contains("Read-only file system")) {
      return "文件系统只读，无法写入：" + m;
    }
    return null;
  }
}
