package org.baobiao.jobs.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.baobiao.jobs.service.ProgressSink;

/**
 * Where the command line writes: UTF-8 always (Chinese must not turn into question marks under a
 * POSIX locale), and a progress bar only when standard output is a terminal.
 *
 * @param out standard output
 * @param err standard error
 * @param terminal whether a person watches a terminal
 */
public record Console(PrintWriter out, PrintWriter err, boolean terminal) {

  /** The process's own standard streams. */
  public static Console system() {
    PrintWriter out =
        new PrintWriter(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
            true);
    PrintWriter err =
        new PrintWriter(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8),
            true);
    return new Console(out, err, System.console() != null);
  }

  /** A progress sink: a bar with rows and rate on a terminal, a log line every 5 s otherwise. */
  public ProgressSink progress() {
    return terminal ? new BarProgress() : new LineProgress(out);
  }

  private static final class BarProgress implements ProgressSink {
    private ProgressBar bar;

    @Override
    public void start(String stage) {
      String name = stage.substring(stage.lastIndexOf('/') + 1);
      bar =
          new ProgressBarBuilder()
              .setTaskName(name.length() > 40 ? "…" + name.substring(name.length() - 39) : name)
              .setInitialMax(-1)
              .setUnit(" 行", 1)
              .showSpeed()
              .setStyle(ProgressBarStyle.ASCII)
              .setUpdateIntervalMillis(250)
              .continuousUpdate()
              .build();
    }

    @Override
    public void progress(long rows) {
      if (bar != null) {
        bar.stepTo(rows);
      }
    }

    @Override
    public void finish() {
      if (bar != null) {
        bar.close();
        bar = null;
      }
    }
  }

  private static final class LineProgress implements ProgressSink {
    private static final long EVERY_NANOS = Duration.ofSeconds(5).toNanos();
    private final PrintWriter out;
    private String stage;
    private long startedAt;
    private long lastAt;
    private long rows;

    LineProgress(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void start(String stage) {
      this.stage = stage.substring(stage.lastIndexOf('/') + 1);
      startedAt = System.nanoTime();
      lastAt = startedAt;
    }

    @Override
    public void progress(long rows) {
      this.rows = rows;
      long now = System.nanoTime();
      if (now - lastAt >= EVERY_NANOS) {
        lastAt = now;
        print(now);
      }
    }

    @Override
    public void finish() {
      if (System.nanoTime() - startedAt >= EVERY_NANOS) {
        print(System.nanoTime());
      }
    }

    private void print(long now) {
      double seconds = Math.max(1e-9, (now - startedAt) / 1e9);
      out.printf("  进度 %s: 已读 %,d 行，%,.0f 行/秒%n", stage, rows, rows / seconds);
    }
  }
}
