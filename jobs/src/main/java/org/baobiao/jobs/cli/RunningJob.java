package org.baobiao.jobs.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The job another process is running, named from its command line for a refusal or a wait (the
 * command line's, and the console's while a run waits for the warehouse).
 */
public final class RunningJob {
  private static final List<String> COMMANDS =
      List.of(
          "demo",
          "generate",
          "ingest",
          "extract",
          "sources",
          "report",
          "reports",
          "status",
          "sla",
          "medrec",
          "maintain",
          "config",
          "bench",
          "serve",
          "schedules");
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

  private RunningJob() {}

  /** The arguments of a process from Linux's {@code /proc/PID/cmdline}, without the program. */
  private static Optional<String[]> proc(long pid) {
    try {
      String cmdline =
          Files.readString(
              Path.of("/proc", String.valueOf(pid), "cmdline"), StandardCharsets.UTF_8);
      String[] all = cmdline.split("\0");
      return all.length > 1
          ? Optional.of(Arrays.copyOfRange(all, 1, all.length))
          : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * {@code PID 1234：baobiao ingest --domain medrec …，开始于 2026-12-06 05:10:03}, as far as the
   * operating system tells; empty when the process is unknown.
   */
  public static String describe(long pid) {
    if (pid <= 0) {
      return "";
    }
    Optional<ProcessHandle> handle = ProcessHandle.of(pid);
    if (handle.isEmpty()) {
      return "PID " + pid;
    }
    ProcessHandle.Info info = handle.get().info();
    StringBuilder b = new StringBuilder("PID ").append(pid);
    // A long class path can make the JDK leave the arguments out: read them from /proc then.
    Optional<String[]> arguments = info.arguments().filter(a -> a.length > 0).or(() -> proc(pid));
    arguments.ifPresent(
        args -> {
          int from = 0;
          while (from < args.length && !COMMANDS.contains(args[from])) {
            from++;
          }
          if (from < args.length) {
            String job =
                "baobiao " + String.join(" ", Arrays.asList(args).subList(from, args.length));
            b.append("：").append(job.length() > 200 ? job.substring(0, 200) + "…" : job);
          }
        });
    info.startInstant().ifPresent(t -> b.append("，开始于 ").append(TIME.format(t)));
    return b.toString();
  }
}
