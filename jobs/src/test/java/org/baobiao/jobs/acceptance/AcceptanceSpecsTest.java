package org.baobiao.jobs.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.baobiao.jobs.config.ConfigCheck;
import org.baobiao.jobs.config.ConfigService;
import org.baobiao.sla.contract.Contract;
import org.baobiao.sla.contract.ContractLoader;
import org.baobiao.spec.SpecException;
import org.baobiao.spec.config.ConfigFolder;
import org.baobiao.spec.config.ConfigKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled spec of HT-2025-002, a folder's spec replacing it, and a broken one. */
class AcceptanceSpecsTest {
  private static final Contract HT_2025_002 =
      ContractLoader.loadDefault().stream()
          .filter(c -> c.id().equals("HT-2025-002"))
          .findFirst()
          .orElseThrow();

  @TempDir Path dir;

  @Test
  void theBundledSpecQuotesSeed002() {
    AcceptanceSpec spec = AcceptanceSpecs.find(ConfigFolder.none(), HT_2025_002).orElseThrow();
    assertThat(spec.milestones())
        .extracting(AcceptanceSpec.Milestone::share)
        .containsExactly(30, 70);
    assertThat(spec.milestones().get(1).conditions())
        .extracting(AcceptanceSpec.Condition::check)
        .containsExactly(
            CheckKind.SERVICE_ENDED,
            CheckKind.TICKETS_CLOSED,
            CheckKind.OBLIGATIONS_MET,
            CheckKind.CHANGES_ACCEPTABLE,
            CheckKind.MANUAL,
            CheckKind.MANUAL);
    assertThat(spec.changeObligation()).isEqualTo("change_acceptance");
  }

  @Test
  void aFolderSpecReplacesTheBundledOneAndItsMistakesNameFileLineAndField() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("acceptance"));
    Path file = folder.resolve("HT-2025-002.yaml");
    Files.writeString(
        file,
        """
        contract: HT-2025-002
        version: 2
        milestones:
          - id: final
            name: 尾款
            share: 70
            clause: {section: "7（二）", text: 合同期满后支付70%。}
            conditions:
              - id: duties
                name: 巡检
                check: obligations_met
                obligations: [weekly_inspektion]
              - id: x
                name: 其他
                chek: manual
        """);
    assertThatThrownBy(() -> AcceptanceSpecs.find(ConfigFolder.at(dir), HT_2025_002))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining(file + ":12:")
        .hasMessageContaining(
            "milestones[0].conditions[0].obligations[0]: 'weekly_inspektion' 不是以下之一")
        .hasMessageContaining("milestones[0].conditions[1].chek: 未知字段（拼写错误？）是否应为 'check'？");

    Files.writeString(
        file,
        """
        contract: HT-2025-002
        version: 2
        milestones:
          - id: final
            name: 尾款
            share: 70
            clause: {section: "7（二）", text: 合同期满后支付70%。}
            conditions:
              - {id: ended, name: 合同期满, check: service_ended}
        """);
    AcceptanceSpec spec = AcceptanceSpecs.find(ConfigFolder.at(dir), HT_2025_002).orElseThrow();
    assertThat(spec.version()).isEqualTo(2);
    assertThat(spec.file()).isEqualTo(file.toString());
    assertThat(spec.changeObligation()).isNull();
  }

  @Test
  void configCheckAndListKnowTheAcceptanceFolder() throws Exception {
    ConfigService bundled = new ConfigService(ConfigFolder.at(dir));
    assertThat(bundled.check().strays()).isEmpty();
    assertThat(bundled.list())
        .filteredOn(i -> i.kind() == ConfigKind.ACCEPTANCE)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.id()).isEqualTo("HT-2025-002");
              assertThat(i.title()).isEqualTo("付款节点 2 个，验收条件 8 项");
              assertThat(i.location()).isEqualTo("内置 acceptance/HT-2025-002.yaml");
            });

    Path stray = Files.createDirectories(dir.resolve("acceptance")).resolve("HT-1999-001.yaml");
    Files.writeString(stray, "contract: HT-1999-001\n");
    ConfigCheck check = new ConfigService(ConfigFolder.at(dir)).check();
    assertThat(check.strays()).isEmpty();
    assertThat(check.kinds())
        .filteredOn(k -> k.kind() == ConfigKind.ACCEPTANCE)
        .singleElement()
        .satisfies(
            k -> {
              assertThat(k.bundled()).isEqualTo(1);
              assertThat(k.fromFolder()).isEqualTo(1);
              assertThat(k.problems())
                  .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                  .contains(stray.toString(), "没有编号为 'HT-1999-001' 的合同");
            });
  }
}
