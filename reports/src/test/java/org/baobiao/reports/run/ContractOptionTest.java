package org.baobiao.reports.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.baobiao.reports.catalog.ParameterSpec;
import org.baobiao.reports.catalog.ParameterType;
import org.baobiao.reports.catalog.ReportCatalog;
import org.baobiao.reports.catalog.ReportSpec;
import org.junit.jupiter.api.Test;

/** sla-compliance's optional contract (a CONTRACT parameter) among the report's options. */
class ContractOptionTest {
  private final ReportSpec spec = ReportCatalog.loadDefault().get("sla-compliance");

  @Test
  void slaComplianceDeclaresAnOptionalContract() {
    ParameterSpec contract = spec.parameter("contract").orElseThrow();
    assertThat(contract.type()).isEqualTo(ParameterType.CONTRACT);
    assertThat(contract.label()).isEqualTo("合同");
    assertThat(contract.required()).isFalse();
  }

  @Test
  void aContractGivenIsAnOptionAndNoneIsNoOption() {
    assertThat(ReportRunner.choices(spec, Map.of())).isEmpty();
    assertThat(ReportRunner.choices(spec, Map.of("contract", "HT-2025-000")))
        .containsExactly(
            Map.entry(
                spec.parameter("contract").orElseThrow(),
                new ParameterSpec.Choice("HT-2025-000", "HT-2025-000")));
  }

  @Test
  void aMalformedContractIdIsRefusedInChinese() {
    assertThatThrownBy(() -> ReportRunner.choices(spec, Map.of("contract", "HT 2025'--")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("合同编号应为 1 到 40 个字母、数字、下划线或连字符");
  }

  @Test
  void anotherReportHasNoContractOption() {
    ReportSpec ops = ReportCatalog.loadDefault().get("ops-monthly");
    assertThatThrownBy(() -> ReportRunner.choices(ops, Map.of("contract", "HT-2025-000")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("没有选项 'contract'");
  }
}
