package org.baobiao.sla.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.baobiao.spec.config.ConfigFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contracts from the user's configuration folder: added, replacing a bundled one, or broken. */
class ConfigFolderContractsTest {
  @TempDir Path conf;

  private static String bundled(String file) throws IOException {
    try (InputStream in =
        ContractLoader.class
            .getClassLoader()
            .getResourceAsStream(ContractLoader.DEFAULT_ROOT + "/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void withoutFolderFilesTheBundledContractsLoad() {
    List<Contract> contracts = ContractLoader.load(ConfigFolder.at(conf));
    assertThat(contracts)
        .extracting(Contract::id)
        .containsExactlyElementsOf(
            ContractLoader.loadDefault().stream().map(Contract::id).toList());
  }

  @Test
  void anEditedContractInTheFolderReplacesTheBundledOneWithItsNewVersion() throws IOException {
    String edited =
        bundled("HT-2025-001.yaml")
            .replace("version: 1", "version: 2")
            .replaceFirst(
                "target: \\{amount: 30, unit: minutes}", "target: {amount: 20, unit: minutes}");
    Files.createDirectories(conf.resolve("contracts"));
    Files.writeString(conf.resolve("contracts/HT-2025-001.yaml"), edited);

    List<Contract> contracts = ContractLoader.load(ConfigFolder.at(conf));
    Contract c =
        contracts.stream().filter(k -> k.id().equals("HT-2025-001")).findFirst().orElseThrow();
    assertThat(contracts).hasSize(ContractLoader.loadDefault().size());
    assertThat(c.version()).isEqualTo(2);
    GoalRule first = c.clock("response").orElseThrow().goals().get(0);
    assertThat(first.target().amount()).isEqualByComparingTo(new BigDecimal(20));
  }

  @Test
  void aNewContractInTheFolderIsAdded() throws IOException {
    String copy =
        bundled("HT-2025-001.yaml").replace("contract: HT-2025-001", "contract: HT-2027-001");
    Files.createDirectories(conf.resolve("contracts"));
    Files.writeString(conf.resolve("contracts/HT-2027-001.yaml"), copy);
    List<Contract> contracts = ContractLoader.load(ConfigFolder.at(conf));
    assertThat(contracts).extracting(Contract::id).endsWith("HT-2027-001");
  }

  @Test
  void aBrokenFolderFileIsReportedWithItsPathLineAndField() throws IOException {
    String broken = bundled("HT-2025-001.yaml").replace("unit: minutes}", "unit: minuets}");
    Path file = Files.createDirectories(conf.resolve("contracts")).resolve("HT-2025-001.yaml");
    Files.writeString(file, broken);
    int line = lineOf(broken, "unit: minuets}");
    assertThatThrownBy(() -> ContractLoader.load(ConfigFolder.at(conf)))
        .isInstanceOf(org.baobiao.spec.SpecException.class)
        .hasMessageContaining(file.toString() + ":" + line + ":")
        .hasMessageContaining("minuets");
  }

  @Test
  void aFolderFileNamedAfterAnotherContractIsRefused() throws IOException {
    Files.createDirectories(conf.resolve("contracts"));
    Files.writeString(conf.resolve("contracts/HT-X.yaml"), bundled("HT-2025-001.yaml"));
    assertThatThrownBy(() -> ContractLoader.load(ConfigFolder.at(conf)))
        .isInstanceOf(org.baobiao.spec.SpecException.class)
        .hasMessageContaining("HT-X.yaml")
        .hasMessageContaining("与文件名不一致");
  }

  private static int lineOf(String text, String needle) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError(needle);
  }
}
