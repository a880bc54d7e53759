package org.baobiao.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class SampleOptionsTest {

  @Test
  void defaultsCoverNovemberToOctoberExportedOnTheFirstOfNovember() {
    SampleOptions options = SampleOptions.defaults(3, 42);

    assertThat(options.scale()).isEqualTo(3);
    assertThat(options.seed()).isEqualTo(42);
    assertThat(options.from()).isEqualTo(LocalDate.of(2025, 11, 1));
    assertThat(options.to()).isEqualTo(LocalDate.of(2026, 10, 31));
    assertThat(options.exportedAt()).isEqualTo(LocalDateTime.of(2026, 11, 1, 0, 0));
  }

  @Test
  void rejectsScaleOutsideItsRange() {
    assertThatThrownBy(() -> SampleOptions.defaults(0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scale");
    assertThatThrownBy(() -> SampleOptions.defaults(SampleOptions.MAX_SCALE + 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsAnEmptyRangeAndAnExportBeforeItsEnd() {
    LocalDate day = LocalDate.of(2026, 3, 1);
    assertThatThrownBy(() -> new SampleOptions(1, 1, day, day.minusDays(1), day.atTime(23, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before from");
    assertThatThrownBy(() -> new SampleOptions(1, 1, day, day, day.atTime(23, 59)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exportedAt");
  }
}
