package org.baobiao.jobs.cli;

import java.util.TimeZone;

/** Entry point of the {@code baobiao} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
    System.exit(BaobiaoCommand.commandLine(Console.system()).execute(args));
  }
}
