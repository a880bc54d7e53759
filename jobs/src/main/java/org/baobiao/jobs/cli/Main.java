package org.baobiao.jobs.cli;

import java.util.TimeZone;

/** Entry point of the {@code baobiao} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
    Console console = Console.system();
    int code = BaobiaoCommand.commandLine(console).execute(args);
    console.out().flush();
    console.err().flush();
    System.exit(code);
  }
}
