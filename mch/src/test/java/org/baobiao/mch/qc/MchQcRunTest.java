package org.baobiao.mch.qc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.Warehouses;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled rule on a real DuckDB warehouse: for each rule the records that pass and the
 * records that break it, planted in the rows below (each row's comment says which rules it is for).
 */
class MchQcRunTest {
  private static final String ORG = "441700001";
  private static final String ID_F1 = "44170219900101002X";
  private static final String ID_M1 = "441702198802020039";
  private static final String ID_F2 = "441702199203030045";
  private static final String BAD_ID = "441702199001010021";
  private static final String ID_CHILD1 = "441702202607010029";
  private static final String ID_CHILD2 = "441702202503010032";

  /** The day of the evaluation: the future-date rules compare with it. */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

  @TempDir static Path dir;
  private static Warehouse warehouse;
  private static final MchRuleBook BOOK = MchRuleBook.load();

  /** Rule → the record ids that break it; every other record it checks passes. */
  private static final Map<String, Set<String>> FAILING = new LinkedHashMap<>();

  /** Rule → at least one record id that it checks and that passes. */
  private static final Map<String, String> PASSING = new LinkedHashMap<>();

  static {
    expect("MM-01", "B1", "B2");
    expect("MM-02", "B1", "B2");
    expect("MM-03", "B1", "B2");
    expect("MM-04", "B1", "B3");
    expect("MM-05", "B1", "B2");
    expect("MM-06", "V1", "V2");
    expect("MM-07", "D1", "D2");
    expect("MM-08", "P1", "P2");
    expect("MM-09", "D1", "D2");
    expect("MM-10", "PS1", "PS3");
    expect("MM-11", "PS1", "PS4");
    expect("MM-12", "PS1", "PS3");
    expect("MM-13", "PS5", "PS4");
    expect("MM-14", "PS1", "PS3");
    expect("MM-15", "AV1", "AV2", "AV4");
    expect("MC-01", "NV1", "NV3");
    expect("MC-02", "NV1", "NV2");
    expect("MC-03", "NS1", "NS2");
    expect("MC-04", "HS1", "HS2");
    expect("MC-05", "CC1", "CC2");
    expect("MC-06", "CH1", "CH2");
    expect("MC-07", "CD1", "CD2");
    expect("BD-01", "DC1", "DC2");
    expect("BD-02", "DC1", "DC2");
    expect("BD-03", "DC1", "DC2");
    expect("TH-01", "C1", "C3", "C4");
    expect("TH-02", "C1", "C2");
    expect("TH-03", "C1", "C2");
    expect("TH-04", "TP1", "TP2");
    expect("TH-05", "PD1", "PD3");
    expect("TH-06", "PD1", "PD2");
    expect("TH-07", "TP1", "TP2");
    expect("TH-08", "S1", "S3");
    expect("TH-09", "S1", "S4", "S5");
    expect("TH-10", "G1", "G2");
    expect("PM-01", "MC1", "MC3");
    expect("PM-02", "MC1", "MC3", "MC4");
    expect("PM-03", "MC1", "MC5");
    expect("PM-04", "PC4", "PC6");
    expect("PM-05", "PC4", "PC1", "PC2", "PC3");
    expect("PM-06", "PC4", "PC7");
  }

  private static void expect(String rule, String passing, String... failing) {
    PASSING.put(rule, passing);
    FAILING.put(rule, new TreeSet<>(Arrays.asList(failing)));
  }

  @BeforeAll
  static void load() {
    warehouse = Warehouses.open("duckdb", dir.resolve("w/warehouse.duckdb"));
    rows(
        "mch_registrations",
        // P1 valid ID; P2 bad check digit (MM-08); P3 no ID (not checked)
        row("P1", "W1", "甲某", ID_F1, null, null, d("2025-12-01"), d("2026-01-10"), 6),
        row("P2", "W2", "乙某", BAD_ID, null, null, d("2025-12-20"), d("2026-02-01"), 6),
        row("P3", "W3", "丙某", null, null, null, null, d("2026-03-01"), 8));
    rows(
        "mch_births",
        // B1 clean; B2 19 weeks, 5600 g, no certificate, before registration; B3 no registration
        row(
            "B1",
            "P1",
            d("2026-07-01"),
            39,
            "HOSPITAL",
            "VAGINAL",
            "LIVE",
            "F",
            3200,
            "R440123456"),
        row("B2", "P2", d("2026-01-15"), 19, "HOSPITAL", "VAGINAL", "LIVE", "M", 5600, null),
        row(
            "B3",
            "P9",
            d("2026-05-01"),
            30,
            "HOSPITAL",
            "CAESAREAN",
            "STILLBIRTH",
            "M",
            null,
            null));
    rows(
        "mch_postpartum_visits",
        row("V1", "P1", "VISIT", d("2026-07-05"), 4),
        row("V2", "P1", "VISIT", d("2026-06-20"), 3));
    rows(
        "mch_maternal_deaths",
        // D1 after delivery; D2 postpartum death before the delivery, bad ID; D3 in pregnancy
        row("D1", "P1", "W1", "甲某", ID_F1, d("2026-07-10"), "POSTPARTUM", 9, "O72"),
        row("D2", "P2", "W2", "乙某", BAD_ID, d("2026-01-10"), "POSTPARTUM", 2, "O72"),
        row("D3", "P2", "W2", "乙某", null, d("2026-01-01"), "PREGNANCY", null, "O15"));
    rows(
        "mch_newborn_visits",
        // NV1 clean; NV2 before B1's birth; NV3 of an unknown birth; NV4 the month visit (day 30)
        row("NV1", "B1", d("2026-07-05"), 4),
        row("NV2", "B1", d("2026-06-25"), 3),
        row("NV3", "B9", d("2026-07-10"), 9),
        row("NV4", "B1", d("2026-07-31"), 30));
    rows(
        "mch_newborn_screenings",
        // NS1 clean; NS2 sampled the day before B1 was born
        row("NS1", "B1", "PKU", d("2026-07-04"), "NEGATIVE"),
        row("NS2", "B1", "CH", d("2026-06-30"), "NEGATIVE"));
    rows(
        "mch_hearing_screenings",
        // HS1 clean; HS2 screened before B1 was born
        row("HS1", "B1", "INITIAL", d("2026-07-03"), "PASS"),
        row("HS2", "B1", "INITIAL", d("2026-06-29"), "PASS"));
    rows(
        "mch_children",
        // CH1 valid ID; CH2 bad check digit (MC-06)
        row("CH1", "B1", "丁某", "F", d("2026-07-01"), ID_CHILD1, "甲某", null, null, d("2026-07-10")),
        row("CH2", null, "戊某", "M", d("2025-03-01"), BAD_ID, null, null, null, d("2025-03-20")));
    rows(
        "mch_child_checks",
        // CC1 of CH1; CC2 of a child without a health file
        row(
            "CC1",
            "CH1",
            d("2026-07-01"),
            d("2026-10-05"),
            3,
            new BigDecimal("60.0"),
            new BigDecimal("6.0"),
            "EXCLUSIVE"),
        row("CC2", "CH9", d("2025-01-01"), d("2026-04-01"), 15, null, null, null));
    rows(
        "mch_child_deaths",
        // CD1 valid ID; CD2 bad check digit (MC-07)
        row("CD1", "CH2", null, "戊某", ID_CHILD2, "M", d("2025-03-01"), d("2026-03-01"), 365, "J18"),
        row("CD2", null, null, "己某", BAD_ID, "F", d("2026-01-01"), d("2026-02-01"), 31, "P07"));
    rows(
        "mch_defect_cards",
        // DC1 clean, of B1; DC2 of an unknown birth, before P2's registration, bad ID; DC3 born
        // elsewhere (no birth, no pregnancy: not checked by BD-01/02), no ID
        row(
            "DC1",
            "B1",
            "P1",
            "甲某",
            ID_F1,
            null,
            d("2026-07-01"),
            39,
            "LIVE",
            "F",
            3200,
            "CHD",
            null,
            "ULTRASOUND",
            d("2026-07-02")),
        row(
            "DC2",
            "B8",
            "P2",
            "乙某",
            BAD_ID,
            null,
            d("2026-01-20"),
            20,
            "TERMINATION",
            null,
            null,
            "ANENCEPHALY",
            null,
            "ULTRASOUND",
            d("2026-01-18")),
        row(
            "DC3",
            null,
            null,
            "庚某",
            null,
            null,
            d("2026-03-03"),
            38,
            "LIVE",
            "M",
            3000,
            "POLYDACTYLY",
            null,
            "CLINICAL",
            d("2026-03-03")));
    BigDecimal v = new BigDecimal("70.0");
    rows(
        "thal_screenings",
        // S1, S2 valid; S3 bad ID (TH-08); S4, S5 men with a woman's ID (TH-09); S5 has S1's ID
        row("S1", "F1", "甲某", ID_F1, "F", null, null, d("2026-01-05"), v, v, v, "POSITIVE"),
        row("S2", "M1", "乙某", ID_M1, "M", null, null, d("2026-01-05"), v, v, v, "POSITIVE"),
        row("S3", "F2", "丙某", BAD_ID, "F", null, null, d("2026-01-06"), v, v, v, "POSITIVE"),
        row("S4", "M2", "丁某", ID_F2, "M", null, null, d("2026-01-06"), v, v, v, "POSITIVE"),
        row("S5", "M3", "戊某", ID_F1, "M", null, null, d("2026-01-07"), v, v, v, "POSITIVE"));
    rows(
        "thal_couples",
        // C1 clean; C2 neither partner screened; C3 partners share an ID number; C4 one person
        // twice
        row("C1", "F1", "M1", "甲某", "乙某", null, d("2026-01-10"), null, null),
        row("C2", "F9", "M9", "己某", "庚某", null, d("2026-01-10"), null, null),
        row("C3", "F1", "M3", "甲某", "戊某", null, d("2026-01-11"), null, null),
        row("C4", "F2", "F2", "丙某", "丙某", null, d("2026-01-11"), null, null));
    rows(
        "thal_gene_tests",
        row("G1", "F1", d("2026-01-20"), "--SEA/αα", "CARRIER", null, "NORMAL"),
        row("G2", "X9", d("2026-01-20"), null, "NORMAL", null, "NORMAL"));
    rows(
        "thal_pregnancies",
        // TP1 clean; TP2 unknown couple, outcome before it was found
        row("TP1", "C1", d("2026-03-01"), d("2026-01-20"), "BIRTH", d("2026-10-01"), 39, "CARRIER"),
        row(
            "TP2",
            "C99",
            d("2026-04-01"),
            d("2026-02-01"),
            "TERMINATION",
            d("2026-03-20"),
            7,
            null));
    rows(
        "thal_prenatal_diagnoses",
        // PD1 clean; PD2 sampled before the pregnancy was found; PD3 unknown pregnancy
        row("PD1", "TP1", d("2026-04-10"), 12, "CVS", null, "CARRIER", d("2026-04-20")),
        row("PD2", "TP1", d("2026-02-01"), 8, "CVS", null, "NORMAL", null),
        row("PD3", "TP9", d("2026-05-01"), 18, "AMNIO", null, "NORMAL", null));
    rows(
        "mch_prenatal_screenings",
        // PS1 clean: P1's serum screen at 16 weeks, high risk, followed by PS2's amniocentesis;
        // PS3 of an unregistered pregnancy, serum at 22 weeks, high risk, no diagnosis; PS4 NIPT
        // at 10 weeks, before P2's registration; PS5 NIPT at 14 weeks
        row("PS1", "P1", "SCREENING", "SERUM", d("2026-03-20"), 16, "HIGH"),
        row("PS2", "P1", "DIAGNOSIS", "AMNIOCENTESIS", d("2026-04-10"), 19, "NORMAL"),
        row("PS3", "P9", "SCREENING", "SERUM", d("2026-05-01"), 22, "HIGH"),
        row("PS4", "P2", "SCREENING", "NIPT", d("2026-01-20"), 10, "LOW"),
        row("PS5", "P1", "SCREENING", "NIPT", d("2026-03-01"), 14, "LOW"));
    antenatalVisits(
        // AV1 Hb 120 g/L; AV2 25 g/L and AV4 210 g/L (MM-15); AV3 without a blood count
        row("AV1", "P1", d("2026-02-01"), 8, 120),
        row("AV2", "P1", d("2026-05-01"), 20, 25),
        row("AV3", "P1", d("2026-06-01"), 30, null),
        row("AV4", "P2", d("2026-03-01"), 10, 210));
    rows(
        "mch_premarital_checks",
        // MC1, MC2 a couple; MC3 a man with a woman's ID number, in couple K2 with another man
        // (MC4); MC5 dated after the evaluation day, alone
        row("MC1", "K1", "甲某", ID_F1, null, "F", d("2026-03-01"), "NONE", "NO_OBJECTION"),
        row("MC2", "K1", "乙某", ID_M1, null, "M", d("2026-03-01"), "NONE", "NO_OBJECTION"),
        row("MC3", "K2", "丙某", ID_F2, null, "M", d("2026-03-02"), "NONE", "NO_OBJECTION"),
        row("MC4", "K2", "丁某", null, null, "M", d("2026-03-02"), "NONE", "NO_OBJECTION"),
        row("MC5", null, "戊某", null, null, "F", d("2026-12-15"), "NONE", "NO_OBJECTION"));
    rows(
        "mch_preconception_checks",
        // Q1 has three people (PC1-PC3); PC4, PC5 a couple; PC6 a woman with a man's ID number;
        // PC7 dated after the evaluation day
        row("PC1", "Q1", "甲某", ID_F1, "F", d("2026-04-01"), "GENERAL", null),
        row("PC2", "Q1", "乙某", ID_M1, "M", d("2026-04-01"), "GENERAL", null),
        row("PC3", "Q1", "丙某", null, "F", d("2026-04-02"), "GENERAL", null),
        row("PC4", "Q2", "丁某", ID_F2, "F", d("2026-04-03"), "HIGH", "TSH异常"),
        row("PC5", "Q2", "戊某", null, "M", d("2026-04-03"), "GENERAL", null),
        row("PC6", "Q3", "己某", ID_M1, "F", d("2026-04-04"), "GENERAL", null),
        row("PC7", "Q4", "庚某", null, "F", d("2027-01-05"), "GENERAL", null));
  }

  /** Antenatal visits: hb_g_l was appended by V020, after the batch id and source line. */
  private static void antenatalVisits(Object[]... values) {
    List<Object[]> out = new ArrayList<>();
    for (Object[] v : values) {
      out.add(new Object[] {ORG, v[0], v[1], v[2], v[3], 1L, (long) ++line, v[4]});
    }
    warehouse.replaceRows("mch_antenatal_visits", "org_code = :org", Map.of("org", ORG), out);
  }

  @AfterAll
  static void close() {
    warehouse.close();
  }

  static List<String> ruleIds() {
    return BOOK.rules().stream().map(MchRule::id).toList();
  }

  @Test
  void everyBundledRuleHasAPassingAndAFailingCase() {
    assertThat(FAILING.keySet()).containsExactlyElementsOf(ruleIds());
  }

  @ParameterizedTest
  @MethodSource("ruleIds")
  void eachRuleFindsExactlyItsPlantedViolations(String id) {
    MchRule rule = BOOK.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    Set<String> found = new TreeSet<>();
    for (MchQcRun.Found f : new MchQcRun(warehouse, BOOK, CLOCK).violations(rule, ORG)) {
      found.add(f.recordId());
      assertThat(f.message()).startsWith(rule.message() + "（");
    }
    assertThat(found).as(id).isEqualTo(FAILING.get(id)).doesNotContain(PASSING.get(id));
    long checked =
        ((Number)
                warehouse
                    .query(
                        "SELECT count(*) FROM "
                            + rule.kind().table()
                            + " WHERE "
                            + rule.kind().key()
                            + " = :id",
                        Map.of("id", PASSING.get(id)))
                    .single())
            .longValue();
    assertThat(checked).as("passing record %s exists", PASSING.get(id)).isEqualTo(1);
  }

  @Test
  void personalValuesAreMaskedInViolations() {
    MchRule rule = BOOK.rules().stream().filter(r -> r.id().equals("MM-08")).findFirst().get();
    MchQcRun.Found f = new MchQcRun(warehouse, BOOK, CLOCK).violations(rule, ORG).get(0);
    assertThat(f.value()).isEqualTo("441702********0021");
    assertThat(f.message()).doesNotContain(BAD_ID).contains("441702********0021");
    MchRule same = BOOK.rules().stream().filter(r -> r.id().equals("TH-01")).findFirst().get();
    assertThat(new MchQcRun(warehouse, BOOK, CLOCK).violations(same, ORG))
        .extracting(MchQcRun.Found::message)
        .noneMatch(m -> m.contains(ID_F1));
  }

  @Test
  void aRunStoresCountsThatMakeEachRulesPassRate() {
    List<MchQcRun.Result> results = new MchQcRun(warehouse, BOOK, CLOCK).run(null);
    assertThat(results).hasSize(1);
    long planted = FAILING.values().stream().mapToLong(Set::size).sum();
    assertThat(results.get(0).violations()).isEqualTo(planted);
    // MM-02 checks live births only (B1, B2), one fails
    assertThat(sums("MM-02")).containsExactly(2L, 1L);
    // MM-07 checks postpartum deaths only (D1, D2)
    assertThat(sums("MM-07")).containsExactly(2L, 1L);
    // TH-01 checks every couple
    assertThat(sums("TH-01")).containsExactly(4L, 2L);
    Object[] births =
        warehouse
            .query(
                "SELECT sum(records), sum(blocked), sum(flagged) FROM mch_qc_records"
                    + " WHERE record_kind = 'mch_births'",
                Map.of())
            .rows()
            .get(0);
    // B2 blocked (MM-01/03/05), B3 only warned (MM-04)
    assertThat(Arrays.stream(births).map(o -> ((Number) o).longValue()).toList())
        .containsExactly(3L, 1L, 2L);
    // MM-12 checks serum screenings (PS1, PS3), MM-14 high-risk screenings (PS1, PS3)
    assertThat(sums("MM-12")).containsExactly(2L, 1L);
    assertThat(sums("MM-14")).containsExactly(2L, 1L);
    // MM-15 checks every antenatal visit, one without a blood count passing
    assertThat(sums("MM-15")).containsExactly(4L, 2L);
    // PM-02 checks every premarital check (MC5 has no couple id and passes)
    assertThat(sums("PM-02")).containsExactly(5L, 2L);
    assertThat(sums("PM-05")).containsExactly(7L, 3L);
    // the new kinds are counted per kind: premarital MC3, MC4, MC5 blocked; screenings only
    // warned (PS3, PS4)
    assertThat(kindSums("mch_premarital_checks")).containsExactly(5L, 3L, 3L);
    assertThat(kindSums("mch_preconception_checks")).containsExactly(7L, 5L, 5L);
    assertThat(kindSums("mch_prenatal_screenings")).containsExactly(5L, 0L, 2L);
    assertThat(kindSums("mch_antenatal_visits")).containsExactly(4L, 0L, 2L);
    int before = warehouse.query("SELECT * FROM mch_violations", Map.of()).rows().size();
    new MchQcRun(warehouse, BOOK, CLOCK).run(ORG);
    assertThat(warehouse.query("SELECT * FROM mch_violations", Map.of()).rows()).hasSize(before);
  }

  @Test
  void theNewRulesStoreTheirMessages() {
    new MchQcRun(warehouse, BOOK, CLOCK).run(ORG);
    assertThat(storedMessage("MM-14", "PS3"))
        .isEqualTo("产前筛查高风险，本院没有该孕产妇的产前诊断记录（孕产妇编号 P9 在产前筛查与产前诊断（类别 DIAGNOSIS）中没有记录）");
    assertThat(storedMessage("MM-12", "PS3"))
        .isEqualTo("血清学产前筛查孕周不在 15–20+6 周之间（孕周应在 15–20 周之间，实填 22 周）");
    assertThat(storedMessage("MM-15", "AV2"))
        .isEqualTo("血红蛋白超出可信范围，请核实（血红蛋白应在 30–200 g/L之间，实填 25 g/L）");
    assertThat(storedMessage("PM-02", "MC4")).isEqualTo("婚检双方编号下的记录不是一男一女（双方编号 K2 下的两人性别相同）");
    assertThat(storedMessage("PM-05", "PC1"))
        .isEqualTo("孕前检查夫妇编号下的记录不是一男一女（夫妇编号 Q1 下有 3 人的检查记录，应为夫妇二人）");
    assertThat(storedMessage("PM-03", "MC5"))
        .isEqualTo("婚前医学检查日期晚于质控日期（检查日期 2026-12-15 晚于质控日期 2026-11-30）");
    assertThat(storedMessage("PM-01", "MC3"))
        .isEqualTo("婚检对象性别与身份证号不符（性别为男，身份证号 441702********0045 为女性）");
  }

  private static String storedMessage(String rule, String record) {
    return (String)
        warehouse
            .query(
                "SELECT message FROM mch_violations WHERE rule_id = :r AND record_id = :id",
                Map.of("r", rule, "id", record))
            .single();
  }

  private static List<Long> kindSums(String kind) {
    Object[] r =
        warehouse
            .query(
                "SELECT sum(records), sum(blocked), sum(flagged) FROM mch_qc_records"
                    + " WHERE record_kind = :k",
                Map.of("k", kind))
            .rows()
            .get(0);
    return Arrays.stream(r).map(o -> ((Number) o).longValue()).toList();
  }

  private static List<Long> sums(String rule) {
    Object[] r =
        warehouse
            .query(
                "SELECT sum(checked), sum(failed) FROM mch_qc_counts WHERE rule_id = :r",
                Map.of("r", rule))
            .rows()
            .get(0);
    return List.of(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
  }

  private static LocalDate d(String text) {
    return LocalDate.parse(text);
  }

  private static Object[] row(Object... values) {
    return values;
  }

  private static int line;

  private static void rows(String table, Object[]... values) {
    List<Object[]> out = new ArrayList<>();
    for (Object[] v : values) {
      Object[] full = new Object[v.length + 3];
      full[0] = ORG;
      System.arraycopy(v, 0, full, 1, v.length);
      full[v.length + 1] = 1L;
      full[v.length + 2] = (long) ++line;
      out.add(full);
    }
    warehouse.replaceRows(table, "org_code = :org", Map.of("org", ORG), out);
  }
}
