package org.baobiao.sla.calendar;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the index file and the year files of a classpath folder. */
final class StatutoryCalendarResources {

  private StatutoryCalendarResources() {}

  static List<StatutoryYear> load(String folder) {
    requireNonNull(folder, "folder is null");
    String base = folder.endsWith("/") ? folder : folder + "/";
    String index = StatutoryCalendar.INDEX_FILE;
    String indexText = read(base, index);
    if (indexText == null) {
      throw new CalendarDataException(index, 1, "文件", base + index, "找不到年份索引文件");
    }
    List<StatutoryYear> years = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    String[] lines = stripBom(indexText).split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int year = parseYear(index, i + 1, line);
      if (!seen.add(year)) {
        throw new CalendarDataException(index, i + 1, "year", line, "年份重复登记");
      }
      String file = StatutoryCalendar.fileName(year);
      String text = read(base, file);
      if (text == null) {
        throw new CalendarDataException(
            index, i + 1, "year", line, "已登记 " + year + " 年，但找不到数据文件 " + base + file);
      }
      years.add(StatutoryYearParser.parse(file, year, text));
    }
    return years;
  }

  private static int parseYear(String index, int lineNo, String text) {
    if (!text.matches("\\d{4}")) {
      throw new CalendarDataException(index, lineNo, "year", text, "应为四位年份，如 2026");
    }
    return Integer.parseInt(text);
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** The file's UTF-8 text, or {@code null} if the classpath has no such file. */
  private static String read(String base, String name) {
    try (InputStream in = StatutoryCalendarResources.class.getResourceAsStream(base + name)) {
      if (in == null) {
        return null;
      }
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(in.readAllBytes()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new CalendarDataException(name, 1, "文件", base + name, "不是有效的 UTF-8 文本");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + base + name, e);
    }
  }
}
