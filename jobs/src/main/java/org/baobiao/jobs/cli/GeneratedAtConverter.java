package org.baobiao.jobs.cli;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/**
 * Parses {@code --generated-at} (Beijing time) so that a bad time is a usage error (exit 2): the
 * time stamped on outputs, and "today" for periods still in progress, so that the same data and the
 * same {@code --generated-at} give the same files.
 */
final class GeneratedAtConverter implements CommandLine.ITypeConverter<LocalDateTime> {
  @Override
  public LocalDateTime convert(String value) {
    String t = value.strip().replace(' ', 'T');
    try {
      return LocalDateTime.parse(t);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "生成时间 '" + value + "' 格式不对：应写成 2026-11-05T10:00 或 '2026-11-05 10:00:00'（北京时间）");
    }
  }
}
