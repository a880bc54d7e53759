package org.baobiao.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interface logs stream to disk: a month at scale 10 (about 830,000 exchanges, 300 MB) is
 * written within a 64 MiB heap, which could not hold the records themselves.
 */
class InterfaceMemoryTest {

  @Test
  void aMonthAtScaleTenIsWrittenWithin64MegabytesOfHeap(@TempDir Path dir)
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx64m",
                    "-XX:+UseSerialGC",
                    "-cp",
                    System.getProperty("java.class.path"),
                    InterfaceMemoryProbe.class.getName(),
                    dir.toString()))
            .redirectErrorStream(true)
            .start();
    boolean done = process.waitFor(180, TimeUnit.SECONDS);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!done) {
      process.destroyForcibly();
    }
    assertThat(done).as("finished in time").isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    long rows = Long.parseLong(output.strip().replaceAll("(?s).*rows=", ""));
    assertThat(rows).isGreaterThan(700_000);
  }
}
