package org.baobiao.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.baobiao.sla.contract.Contract;
import org.baobiao.sla.contract.ContractLoader;
import org.junit.jupiter.api.Test;

/** The sample's contracts file and the bundled contracts agree: one contract per seed. */
class SampleContractsTest {
  private static final List<Contract> CONTRACTS = ContractLoader.loadDefault();

  private static Contract contract(String id) {
    return CONTRACTS.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  private static List<String> resourceLines(String resource) throws IOException {
    try (InputStream in =
        SampleContractsTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.isBlank())
          .toList();
    }
  }

  @Test
  void theIndexListsOneContractPerSeedWithTheSampleIdsOrgCodesAndDates() throws IOException {
    List<String> rows = resourceLines("org/baobiao/sample/contracts.csv");
    assertThat(CONTRACTS).hasSize(rows.size() - 1);
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split(",");
      Contract c = contract(f[0]);
      assertThat(c.orgCode()).as(f[0]).isEqualTo(f[1]);
      assertThat(c.title()).as(f[0]).isEqualTo(f[2]);
      assertThat(c.effectiveFrom()).as(f[0]).isEqualTo(LocalDate.parse(f[4]));
      assertThat(c.effectiveTo()).as(f[0]).isEqualTo(LocalDate.parse(f[5]));
      assertThat(c.seedDoc()).as(f[0]).isEqualTo(f[7]);
      assertThat(c.version()).isPositive();
      assertThat(c.format()).isEqualTo(1);
    }
  }
}
