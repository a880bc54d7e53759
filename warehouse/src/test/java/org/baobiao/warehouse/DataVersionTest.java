package org.baobiao.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataVersionTest {
  @Test
  void describesBatchesAsRanges() {
    DataVersion v = new DataVersion(List.of(1L, 2L, 3L, 5L, 7L, 8L));
    assertThat(v.ranges()).isEqualTo("1-3,5,7-8");
    assertThat(v.describe()).isEqualTo("批次 1-3,5,7-8（共6个）");
    assertThat(v.latest()).isEqualTo(8L);
    assertThat(new DataVersion(List.of()).describe()).isEqualTo("批次 无");
  }

  @Test
  void namesDeltaTableVersionsAndTheTimeTravelInstant() {
    DataVersion v =
        new DataVersion(
            List.of(1L, 2L), Map.of("tickets", 7L, "hospitals", 1L), "2026-12-02 09:30:00");
    assertThat(v.describe())
        .isEqualTo("批次 1-2（共2个）；Delta 表版本 hospitals@1 tickets@7；时间旅行至 2026-12-02 09:30:00");
  }
}
