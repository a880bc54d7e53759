package org.baobiao.jobs.housekeeping;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schedule health file the console writes and {@code baobiao status} reads. */
class ScheduleHealthTest {
  @TempDir Path dir;

  @Test
  void whatIsWrittenIsReadBackChineseIncluded() {
    ScheduleHealth h =
        new ScheduleHealth(
            OffsetDateTime.parse("2026-12-01T06:00:05+08:00"),
            11,
            1,
            3,
            List.of("#12 ops-monthly 上月（2026-11）运行 #40：未知的医院机构代码 '449999999'"));
    h.write(dir);
    assertThat(ScheduleHealth.read(dir)).contains(h);
  }

  @Test
  void aDataFolderWithoutAConsoleHasNone() {
    assertThat(ScheduleHealth.read(dir)).isEmpty();
  }
}
