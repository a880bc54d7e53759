package org.baobiao.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}
