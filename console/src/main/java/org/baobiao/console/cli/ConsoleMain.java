package org.baobiao.console.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.TimeZone;
import org.baobiao.console.ConsoleApplication;
import org.baobiao.console.ConsoleOptions;

/**
 * Entry point of the console's jar: {@code baobiao serve} reads the options, starts the console and
 * prints its address; {@code baobiao schedules} acts on the console's schedules ({@link
 * ScheduleCommand}).
 */
public final class ConsoleMain {
  private ConsoleMain() {}

  public static void main(String[] args) {
    TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
    if (Arrays.asList(args).contains("schedules")) {
      System.exit(ScheduleCommand.run(args, System.out, System.err));
      return;
    }
    ConsoleOptions options;
    try {
      options = ConsoleOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("用法错误: " + e.getMessage());
      System.err.println(ConsoleOptions.USAGE);
      System.exit(2);
      return;
    }
    if (options.help()) {
      System.out.println(ConsoleOptions.USAGE);
      return;
    }
    ConsoleApplication.Running running = ConsoleApplication.start(options);
    Path data = options.dataDir();
    System.out.println("控制台已启动: " + running.address() + "（数据目录 " + data + "；按 Ctrl+C 停止）");
  }
}
