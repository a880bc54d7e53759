package org.baobiao.console.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark engine's warehouse stamp: any Delta commit changes it, nothing else does. */
class DeltaStampTest {
  @TempDir Path root;

  @Test
  void aCommitToAnyTableChangesTheStamp() throws Exception {
    Path log = Files.createDirectories(root.resolve("tickets/_delta_log"));
    Files.writeString(log.resolve("00000000000000000000.json"), "{}");
    Files.createDirectories(root.resolve("hospitals/_delta_log"));
    Files.writeString(root.resolve("tickets/part-0.parquet"), "data");
    String before = ReportRuns.deltaStamp(root);
    assertThat(before).startsWith("hospitals:0@0|tickets:1@");
    assertThat(ReportRuns.deltaStamp(root)).isEqualTo(before);

    // A data file alone (a write not committed yet) does not change it; its commit does.
    Files.writeString(root.resolve("tickets/part-1.parquet"), "data");
    assertThat(ReportRuns.deltaStamp(root)).isEqualTo(before);
    Files.writeString(log.resolve("00000000000000000001.json"), "{}");
    assertThat(ReportRuns.deltaStamp(root)).isNotEqualTo(before).contains("tickets:2@");
  }

  @Test
  void aMissingWarehouseMatchesNothing() {
    String a = ReportRuns.deltaStamp(root.resolve("none"));
    assertThat(a).startsWith("-").isNotEqualTo(ReportRuns.deltaStamp(root.resolve("none")));
  }
}
