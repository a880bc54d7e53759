package org.baobiao.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkVsDuckdbScenarioTest {
  @TempDir Path project;

  @Test
  void launchesSparkMainWithTheOptionsAndClassPathTheSparkBuildWrote() throws Exception {
    Path target = Files.createDirectories(project.resolve("spark/target"));
    Files.writeString(target.resolve("classpath.txt"), "/m2/a.jar:/m2/b.jar\n");
    Files.writeString(
        target.resolve("jvm-options.txt"), "--add-opens=java.base/java.lang=ALL-UNNAMED  -Dx=1\n");
    Files.writeString(target.resolve("baobiao-spark-0.1.0-SNAPSHOT.jar"), "");
    Files.writeString(target.resolve("baobiao-spark-submit.jar"), "");

    List<String> cmd =
        new SparkVsDuckdbScenario(1, 7, project).sparkCommand(List.of("demo", "--scale", "1"));

    assertThat(cmd)
        .containsSubsequence(
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "-Dx=1",
            "-cp",
            target.resolve("baobiao-spark-0.1.0-SNAPSHOT.jar")
                + File.pathSeparator
                + "/m2/a.jar:/m2/b.jar",
            "org.baobiao.spark.SparkMain",
            "demo",
            "--scale",
            "1");
    assertThat(cmd.get(0)).endsWith("java");
  }

  @Test
  void saysHowToBuildTheSparkVariantWhenItIsMissing() {
    assertThatThrownBy(() -> new SparkVsDuckdbScenario(1, 7, project).prepare(project))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("./baobiao --engine spark status");
    assertThatThrownBy(() -> new SparkVsDuckdbScenario(1, 7, null).prepare(project))
        .isInstanceOf(IOException.class);
  }

  @Test
  void runsOnlyWhenNamedAndWithoutAWarmUp() {
    SparkVsDuckdbScenario s = new SparkVsDuckdbScenario(1, 7, project);
    assertThat(s.onlyWhenNamed()).isTrue();
    assertThat(s.warmUp()).isFalse();
  }
}
