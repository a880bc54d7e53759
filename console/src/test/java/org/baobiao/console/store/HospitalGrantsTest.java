package org.baobiao.console.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class HospitalGrantsTest {
  @Test
  void listedHospitalsOnlyAndNeverAllOfThem() {
    HospitalGrants g = HospitalGrants.of(Set.of("441700001", "440100001"));
    assertThat(g.allows("441700001")).isTrue();
    assertThat(g.allows("441700002")).isFalse();
    // A report over all hospitals would show the others' figures too.
    assertThat(g.allows(null)).isFalse();
    assertThat(g.label()).isEqualTo("440100001、441700001");
    assertThat(g.stored()).containsExactlyInAnyOrder("441700001", "440100001");
  }

  @Test
  void theStarGrantsEveryHospitalAndTheReportOverAll() {
    HospitalGrants g = HospitalGrants.of(Set.of("*", "441700001"));
    assertThat(g).isEqualTo(HospitalGrants.EVERY);
    assertThat(g.allows(null)).isTrue();
    assertThat(g.allows("999999999")).isTrue();
    assertThat(g.stored()).containsExactly("*");
    assertThat(g.label()).isEqualTo("全部医院");
  }

  @Test
  void noGrantSeesNothing() {
    HospitalGrants g = HospitalGrants.of(Set.of());
    assertThat(g.allows("441700001")).isFalse();
    assertThat(g.allows(null)).isFalse();
    assertThat(g.label()).isEqualTo("无（看不到任何医院）");
  }
}
