package org.baobiao.console.run;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * The console instance that runs reports, recorded with each run as {@code host/pid/instance}: a
 * server that starts again tells the runs its dead predecessors left queued or running (marked
 * failed) from those of a process still at work on this machine, such as {@code baobiao schedules
 * run} (left alone). A new instance in the same process (a console stopped and started again in one
 * JVM) is a new runner too.
 */
public record Runner(String host, long pid, String instance) {
  /** A new runner for this process. */
  public static Runner current() {
    return new Runner(hostName(), ProcessHandle.current().pid(), UUID.randomUUID().toString());
  }

  /** As stored: {@code host/pid/instance}. */
  public String id() {
    return host + "/" + pid + "/" + instance;
  }

  /**
   * Whether a run recorded by {@code recorded} (a stored {@link #id()}, or null for runs recorded
   * before runners were) can no longer finish, as seen from this runner: recorded by no runner, by
   * an earlier instance of this process, or by a process of this machine that has ended. Runs of
   * another machine (two servers on one database) are that machine's to judge.
   */
  public boolean outlived(String recorded) {
    if (recorded == null) {
      return true;
    }
    String[] parts = recorded.split("/", 3);
    if (parts.length != 3) {
      return true;
    }
    if (!parts[0].equals(host)) {
      return false;
    }
    long other;
    try {
      other = Long.parseLong(parts[1]);
    } catch (NumberFormatException e) {
      return true;
    }
    if (other == pid) {
      return !parts[2].equals(instance);
    }
    return ProcessHandle.of(other).map(p -> !p.isAlive()).orElse(true);
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
