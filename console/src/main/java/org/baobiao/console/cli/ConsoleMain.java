package org.baobiao.console;

import java.nio.file.Path;
import java.util.TimeZone;

/**
 * Entry point of {@code baobiao serve}: reads the options, starts the console and prints its
 * address.
 */
public final class ConsoleMain {
  private ConsoleMain() {}

  public static void main(String[] args) {
    TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
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
