package org.baobiao.sla.contract;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.baobiao.spec.SpecException;
import org.baobiao.spec.SpecProblem;
import org.junit.jupiter.api.Test;

/** The index file: listed files must exist, be listed once and be named after their contract. */
class ContractIndexTest {

  @Test
  void indexProblemsAreReportedTogether() {
    assertThatThrownBy(() -> ContractLoader.load(getClass().getClassLoader(), "sla/contract/index"))
        .isInstanceOfSatisfying(
            SpecException.class,
            e ->
                org.assertj.core.api.Assertions.assertThat(e.problems())
                    .extracting(SpecProblem::toString)
                    .containsExactly(
                        "index.txt:3: 文件 HT-TEST-001.yaml 重复列出",
                        "index.txt:4: 列出的文件 missing.yaml 不存在",
                        "HT-TEST-009.yaml contract: 合同编号 'HT-TEST-001' 与文件名不一致（应为 'HT-TEST-009'）",
                        "index.txt:6: 'notes.txt' 应为本目录下的 <合同编号>.yaml 文件名"));
  }

  @Test
  void aMissingIndexIsAnError() {
    assertThatThrownBy(() -> ContractLoader.load(getClass().getClassLoader(), "sla/contract/none"))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("索引文件 sla/contract/none/index.txt 不存在");
  }
}
