package org.baobiao.mch.qc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.baobiao.spec.SpecException;
import org.baobiao.spec.config.ConfigFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled rule files, and rule files from the user's configuration folder. */
class MchRuleBookTest {
  private static final Path QC = Path.of("src/main/resources/org/baobiao/mch/qc");

  @TempDir Path conf;

  @Test
  void theBundledRulesLoadWithTheirVersions() {
    MchRuleBook book = MchRuleBook.load();
    assertThat(book.rules()).hasSize(41);
    assertThat(book.version())
        .isEqualTo(
            "mch-maternal 2026.2；mch-child 2026.1；birth-defects 2026.1；thal 2026.1；"
                + "mch-premarital 2026.1");
    assertThat(book.rules())
        .allSatisfy(
            r -> {
              assertThat(r.clause()).isNotBlank();
              assertThat(r.message()).isNotBlank();
            });
  }

  @Test
  void aFolderFileReplacesTheBundledSetOfTheSameName() throws IOException {
    Path dir = Files.createDirectories(conf.resolve("mch-qc-rules"));
    Files.writeString(
        dir.resolve("maternal.yaml"),
        Files.readString(QC.resolve("maternal.yaml"))
            .replace("min: 500\n    max: 5500", "min: 1000\n    max: 5000"));
    MchRuleBook book = MchRuleBook.load(ConfigFolder.at(conf));
    MchRule mm02 = book.rules().stream().filter(r -> r.id().equals("MM-02")).findFirst().get();
    assertThat(mm02.check())
        .isEqualTo(
            new MchCheck.Range(
                "birth_weight",
                new java.math.BigDecimal("1000"),
                new java.math.BigDecimal("5000"),
                "克"));
    assertThat(book.rules()).hasSize(41);
  }

  @Test
  void aFolderFileAddsARuleSet() throws IOException {
    Path dir = Files.createDirectories(conf.resolve("mch-qc-rules"));
    Files.writeString(
        dir.resolve("local.yaml"),
        """
        set: local
        version: "1"
        rules:
          - id: LC-01
            severity: warning
            record: mch_antenatal_visits
            check: not_before
            field: visited_on
            than: {record: mch_registrations, field: last_period, link: pregnancy_id}
            clause: 本院规定
            message: 产检日期早于末次月经
        """);
    MchRuleBook book = MchRuleBook.load(ConfigFolder.at(conf));
    assertThat(book.rules()).hasSize(42);
    assertThat(book.version()).endsWith("；local 1");
  }

  @Test
  void mistakesAreNamedByFileLineAndField() {
    String text =
        """
        set: broken
        version: "1"
        rules:
          - id: X-01
            severity: blokking
            record: mch_births
            check: range
            field: weight
            min: 1
            max: 2
            clause: c
            message: m
          - id: X-02
            severity: warning
            record: mch_birth
            check: required
            field: x
            clause: c
            message: m
          - id: X-03
            severity: warning
            record: mch_births
            check: unique
            clause: c
            message: m
          - id: X-01
            severity: warning
            record: thal_couples
            check: different_persons
            fields: [female_id, male_id]
            person: {record: thal_screenings, key: person_id, field: id_no}
            clause: c
            message: m
          - id: X-04
            severity: warning
            record: mch_prenatal_screenings
            check: reference
            field: pregnancy_id
            references: {record: mch_prenatal_screenings, field: pregnancy_id, when: {field: kinds, equals: DIAGNOSIS}}
            clause: c
            message: m
          - id: X-05
            severity: warning
            record: mch_premarital_checks
            check: couple
            field: couple_id
            sex: gender
            clause: c
            message: m
        """;
    assertThatThrownBy(() -> MchRuleBook.parse(Map.of("local.yaml", text)))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("local.yaml:5")
        .hasMessageContaining("blokking")
        .hasMessageContaining("local.yaml:8")
        .hasMessageContaining("'weight' 不是 mch_births（分娩及出生）的列")
        .hasMessageContaining("local.yaml:15")
        .hasMessageContaining("'mch_birth' 不是妇幼记录表")
        .hasMessageContaining("check 'unique' 未知")
        .hasMessageContaining("'id_no' 不是 thal_screenings（地贫筛查）的列")
        .hasMessageContaining("规则编号 X-01 重复")
        .hasMessageContaining("rules[4].references.when.field: 'kinds' 不是 mch_prenatal_screenings")
        .hasMessageContaining("'gender' 不是 mch_premarital_checks（婚前医学检查）的列");
  }
}
