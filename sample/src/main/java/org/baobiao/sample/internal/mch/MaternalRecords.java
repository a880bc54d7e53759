package org.baobiao.sample.internal.mch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.baobiao.etl.source.ReasonCode;
import org.baobiao.sample.DirtyRow;

/**
 * Writes a maternal and child health hospital's sample maternal records (docs/formats.md, domain
 * {@code mch}, kinds {@code mch_*}), one file per kind for the whole sample period: women
 * delivering month by month, each with her registration, antenatal checks, risk assessments,
 * HIV/syphilis/HBV tests, the births and the postpartum visits; now and then a maternal death; a
 * birth-defect monitoring card for about 125 births in 10,000, and about two terminations for a
 * defect before 28 weeks in three months.
 *
 * <p>Rates (docs/formats.md, “Sample maternal records”): national 2023 figures of the National
 * Bureau of Statistics (系统管理率 94.5 %, 产前检查率 98.2 %, 住院分娩率 99.95 %, 产后访视率 97.0 %), a caesarean rate
 * of about 40 %, twins 1.5 %, stillbirths 0.5 %, about 3.5 % of live births under 2,500 g, a third
 * of mothers high-risk (yellow or above), syphilis 0.3 % and HBsAg 6 % positive, maternal mortality
 * about 15 per 100,000. Each month draws from its own stream seeded by (seed, hospital, month);
 * five planted lines must be rejected.
 */
public final class MaternalRecords extends StatisticalYearFiles {
  /** A live birth written, for the child health records of the same baby ({@link ChildRecords}). */
  public record LiveBirth(
      String birthId, LocalDate born, int gestationalWeek, String sex, String motherName) {}

  private static final String[] SURNAMES = {
    "陈", "林", "黄", "李", "梁", "吴", "冯", "关", "谭", "莫", "何", "杨", "周", "许", "邓", "叶"
  };
  private static final String[] NAMES = {
    "秀英", "丽华", "晓玲", "美玲", "小燕", "慧", "静", "丽", "婷婷", "嘉欣", "雪梅", "海燕"
  };
  private static final String[] DISTRICT_NAMES = {"江城区", "阳东区", "阳西县", "阳春市"};
  private static final String[] DISTRICTS = {"441702", "441704", "441721", "441781"};
  private static final String[] FACTORS = {
    "年龄≥35岁", "瘢痕子宫", "妊娠期糖尿病", "妊娠期高血压", "双胎妊娠", "前置胎盘", "贫血（Hb<100g/L）", "乙肝表面抗原阳性"
  };

  private final List<LiveBirth> liveBirths = new ArrayList<>();

  public MaternalRecords(Path dir, String orgCode, int mothersPerMonth) throws IOException {
    super(dir, orgCode, mothersPerMonth, 1_000_033L, 37L, 6);
    columns(
        "mch_registrations",
        "org_code,pregnancy_id,person_id,name,id_number,phone,address,last_period,registered_on,"
            + "registration_week");
    columns(
        "mch_antenatal_visits",
        "org_code,visit_id,pregnancy_id,visited_on,gestational_week,hb_g_l");
    columns(
        "mch_births",
        "org_code,birth_id,pregnancy_id,delivered_on,gestational_week,place,mode,outcome,baby_sex,"
            + "birth_weight,birth_certificate");
    columns("mch_postpartum_visits", "org_code,visit_id,pregnancy_id,kind,visited_on,days_after");
    columns(
        "mch_risk_assessments",
        "org_code,assessment_id,pregnancy_id,assessed_on,gestational_week,risk_colour,risk_factors,"
            + "managed");
    columns(
        "mch_infection_tests", "org_code,test_id,pregnancy_id,tested_on,infection,stage,result");
    columns(
        "mch_prenatal_screenings",
        "org_code,screening_id,pregnancy_id,kind,method,performed_on,gestational_week,result");
    columns(
        "mch_maternal_deaths",
        "org_code,death_id,pregnancy_id,person_id,name,id_number,died_on,stage,days_after_delivery,"
            + "cause");
    columns(
        "mch_defect_cards",
        "org_code,card_id,birth_id,pregnancy_id,name,id_number,address,born_on,gestational_week,"
            + "outcome,baby_sex,birth_weight,defect_codes,defect_text,diagnosis_basis,diagnosed_on");
  }

  /** The header of a kind, its columns given as one comma-separated line. */
  private void columns(String kind, String columns) throws IOException {
    header(kind, columns.split(","));
  }

  private long row(String kind, Object... fields) throws IOException {
    String[] cells = new String[fields.length];
    for (int i = 0; i < fields.length; i++) {
      cells[i] = fields[i] == null ? "" : fields[i].toString();
    }
    return writeRow(kind, cells);
  }

  @Override
  protected void month(YearMonth m, LocalDate to, SplittableRandom r, int mothers)
      throws IOException {
    String ym = m.toString().replace("-", "");
    for (int i = 1; i <= mothers; i++) {
      LocalDate delivered = m.atDay(1 + r.nextInt(m.lengthOfMonth()));
      if (delivered.isAfter(to)) {
        continue;
      }
      boolean dies = m.getMonthValue() == 2 && i == 1;
      mother(r, String.format(Locale.ROOT, "%s%04d", ym, i), delivered, to, dies);
    }
    earlyTermination(m, to, ym);
  }

  private void mother(SplittableRandom r, String n, LocalDate delivered, LocalDate to, boolean dies)
      throws IOException {
    String g = "MG" + n;
    String person = "MP" + n;
    String name = SURNAMES[r.nextInt(SURNAMES.length)] + NAMES[r.nextInt(NAMES.length)];
    int week = Math.min(42, Math.max(28, (int) Math.round(39 + 1.6 * r.nextGaussian())));
    LocalDate lmp = delivered.minusDays(7L * week + r.nextInt(7));
    // 早孕建册: 97 % of registrations before 13 weeks; 1 % never registered here.
    boolean registered = r.nextInt(100) >= 1;
    int regWeek = r.nextInt(100) < 97 ? 6 + r.nextInt(7) : 13 + r.nextInt(12);
    LocalDate regOn = lmp.plusDays(7L * regWeek + r.nextInt(7));
    if (registered) {
      String phone =
          "13" + (5 + r.nextInt(5)) + String.format(Locale.ROOT, "%08d", r.nextInt(100_000_000));
      int district = r.nextInt(DISTRICT_NAMES.length);
      // The mother's ID number (GB 11643, born in the district she lives in), recorded for 97 %:
      // drawn from a stream of the pregnancy's own id, so that every other record is the same as
      // without it.
      SplittableRandom id = new SplittableRandom(g.hashCode() * 1_000_003L + 31L);
      row(
          "mch_registrations",
          orgCode,
          g,
          person,
          name,
          id.nextInt(100) < 97 ? idNumber(id, DISTRICTS[district], true, regOn) : "",
          phone,
          "广东省阳江市" + DISTRICT_NAMES[district],
          lmp,
          regOn,
          regWeek);
    }
    // 产前检查: 99 % of registered women have 5 or more, the unregistered one or two late checks.
    int visits = !registered ? 1 + r.nextInt(2) : r.nextInt(100) < 99 ? 5 + r.nextInt(5) : 2;
    int first = registered ? regWeek : 28 + r.nextInt(6);
    int span = Math.max(1, week - 1 - first);
    // 血红蛋白 (血常规) at the first check and at the first check from 28 weeks, drawn from a stream
    // of the pregnancy's own id so that every other record is the same as without it: about 98 %
    // of mothers measured; Hb falls in late pregnancy, some 20 % anaemic (< 110 g/L) and 4 %
    // moderate or severe (< 100 g/L), in the range Chinese surveys report.
    SplittableRandom h = new SplittableRandom(g.hashCode() * 1_000_003L + 29L);
    boolean measured = h.nextInt(100) < 98;
    boolean lateDone = false;
    for (int v = 0; v < visits; v++) {
      int w = v == 0 ? first : first + (span * v) / visits;
      Integer hb = null;
      if (measured && (v == 0 || (w >= 28 && !lateDone))) {
        lateDone = v > 0 || w >= 28;
        double mean = w >= 28 ? 119 : 125;
        hb = (int) Math.round(Math.max(60, Math.min(160, mean + 10 * h.nextGaussian())));
      }
      row(
          "mch_antenatal_visits",
          orgCode,
          g + "A" + (v + 1),
          g,
          lmp.plusDays(7L * w + r.nextInt(3)),
          w,
          hb);
    }
    if (registered) {
      prenatal(g, lmp, week);
    }
    // 妊娠风险评估: every registered woman at registration; a third found high-risk later.
    if (registered) {
      row("mch_risk_assessments", orgCode, g + "R1", g, regOn, regWeek, "GREEN", "", "N");
      int u = r.nextInt(100);
      if (u < 34) {
        String colour = u < 20 ? "YELLOW" : u < 30 ? "ORANGE" : u < 33 ? "RED" : "PURPLE";
        int w = Math.min(week - 1, 20 + r.nextInt(10));
        row(
            "mch_risk_assessments",
            orgCode,
            g + "R2",
            g,
            lmp.plusDays(7L * w),
            w,
            colour,
            FACTORS[r.nextInt(FACTORS.length)],
            r.nextInt(100) < 98 ? "Y" : "N");
      }
    }
    // 艾梅乙检测 about 99.5 %; syphilis 0.3 %, HBsAg 6 %, HIV 0.02 % positive.
    if (r.nextInt(1000) < 995) {
      LocalDate on = registered ? regOn : lmp.plusDays(7L * first);
      row("mch_infection_tests", orgCode, g + "T1", g, on, "HIV", "PREGNANCY", pos(r, 2));
      row("mch_infection_tests", orgCode, g + "T2", g, on, "SYPHILIS", "PREGNANCY", pos(r, 30));
      row("mch_infection_tests", orgCode, g + "T3", g, on, "HBV", "PREGNANCY", pos(r, 600));
    }
    String place = r.nextInt(10_000) < 5 ? "HOME" : "HOSPITAL";
    String mode = place.equals("HOME") ? "VAGINAL" : r.nextInt(100) < 40 ? "CAESAREAN" : "VAGINAL";
    if (mode.equals("VAGINAL") && r.nextInt(100) < 3) {
      mode = "ASSISTED";
    }
    int babies = r.nextInt(1000) < 15 ? 2 : 1;
    for (int b = 1; b <= babies; b++) {
      boolean live = r.nextInt(1000) >= 5;
      // About 3,350 ± 400 g at term, 250 g less a week before 37 weeks, twins 700 g lighter: some
      // 5 % of live births under 2,500 g.
      int weight = (int) Math.round(3350 + 400 * r.nextGaussian() - (babies - 1) * 700);
      weight = Math.max(800, Math.min(5200, weight - Math.max(0, 37 - week) * 250));
      String sex = r.nextBoolean() ? "F" : "M";
      if (live) {
        liveBirths.add(new LiveBirth(g + "B" + b, delivered, week, sex, name));
      }
      row(
          "mch_births",
          orgCode,
          g + "B" + b,
          g,
          delivered,
          week,
          place,
          mode,
          live ? "LIVE" : "STILLBIRTH",
          sex,
          weight,
          live ? String.format(Locale.ROOT, "R44%07d", r.nextInt(10_000_000)) : "");
      defectCard(g + "B" + b, g, name, delivered, week, live, weight);
    }
    // 产后访视 within 28 days 98 %; the 42-day check about 90 %.
    int days = r.nextInt(100) < 98 ? 3 + r.nextInt(8) : 30 + r.nextInt(10);
    if (!delivered.plusDays(days).isAfter(to)) {
      row("mch_postpartum_visits", orgCode, g + "V1", g, "VISIT", delivered.plusDays(days), days);
    }
    int check = 42 + r.nextInt(5);
    if (r.nextInt(100) < 90 && !delivered.plusDays(check).isAfter(to)) {
      row(
          "mch_postpartum_visits",
          orgCode,
          g + "V2",
          g,
          "CHECK42",
          delivered.plusDays(check),
          check);
    }
    // 孕产妇死亡率 about 15 per 100,000 live births: a hospital of this size sees none or one a
    // year, so the sample writes one a statistical year (the first mother delivering in
    // February), which shows the 1/10万 unit with a value.
    if (dies) {
      int after = 9;
      if (!delivered.plusDays(after).isAfter(to)) {
        row(
            "mch_maternal_deaths",
            orgCode,
            "MD" + n,
            g,
            person,
            name,
            "",
            delivered.plusDays(after),
            "POSTPARTUM",
            after,
            "产后出血");
      }
    }
  }

  /**
   * 产前筛查与产前诊断 of a registered woman, from a stream of the pregnancy's own id (the other records
   * stay as they were): about 92 % screened (serum 60 %, NIPT 32 %), 85 % with a structural
   * ultrasound screening at 20–24 weeks; 5 % of serum and 1 % of NIPT screens high-risk, 8 % of
   * serum ones borderline. Four in five high-risk women have an amniocentesis (abnormal for one in
   * ten after serum, half after NIPT); one in 200 has a diagnostic ultrasound.
   */
  private void prenatal(String g, LocalDate lmp, int week) throws IOException {
    SplittableRandom p = new SplittableRandom(g.hashCode() * 1_000_003L + 41L);
    int u = p.nextInt(100);
    boolean high = false;
    boolean nipt = false;
    if (u < 92) {
      nipt = u >= 60;
      int w = nipt ? 12 + p.nextInt(10) : 15 + p.nextInt(6);
      int v = p.nextInt(1000);
      high = v < (nipt ? 10 : 50);
      String result = high ? "HIGH" : !nipt && v < 130 ? "BORDERLINE" : "LOW";
      prenatalRow(g + "S1", g, "SCREENING", nipt ? "NIPT" : "SERUM", lmp, w, week, result);
    }
    if (p.nextInt(100) < 85) {
      prenatalRow(g + "S2", g, "SCREENING", "ULTRASOUND", lmp, 20 + p.nextInt(5), week, "LOW");
    }
    if (high && p.nextInt(5) < 4) {
      boolean abnormal = p.nextInt(10) < (nipt ? 5 : 1);
      prenatalRow(
          g + "D1",
          g,
          "DIAGNOSIS",
          "AMNIOCENTESIS",
          lmp,
          20 + p.nextInt(4),
          week,
          abnormal ? "ABNORMAL" : "NORMAL");
    }
    if (p.nextInt(200) == 0) {
      prenatalRow(
          g + "D2",
          g,
          "DIAGNOSIS",
          "ULTRASOUND",
          lmp,
          24 + p.nextInt(4),
          week,
          p.nextBoolean() ? "ABNORMAL" : "NORMAL");
    }
  }

  private void prenatalRow(
      String id,
      String g,
      String kind,
      String method,
      LocalDate lmp,
      int w,
      int week,
      String result)
      throws IOException {
    int at = Math.min(w, week - 1);
    row("mch_prenatal_screenings", orgCode, id, g, kind, method, lmp.plusDays(7L * at), at, result);
  }

  /**
   * 出生缺陷儿登记卡: about 125 babies in 10,000 perinatal births have a defect found by the 7th day
   * (China's hospital-based monitoring reports 100–150 per 10,000 in recent years;
   * docs/formats.md), a tenth of them two. Drawn from a stream of the birth's own id, so that the
   * maternal records are the same with or without the cards.
   */
  private void defectCard(
      String birthId, String g, String name, LocalDate born, int week, boolean live, int weight)
      throws IOException {
    SplittableRandom d = new SplittableRandom(birthId.hashCode() * 1_000_003L + 17L);
    // A defect is far more common among stillbirths: a quarter to a third of perinatal deaths are
    // due to one in hospital monitoring reports (Changping 1999–2008: 26 %); 15 % of stillbirths
    // here have a card.
    if (d.nextInt(10_000) >= (live ? 125 : 1_500)) {
      return;
    }
    String first = defect(d);
    String codes = first;
    if (d.nextInt(10) == 0) {
      String second = defect(d);
      codes = second.equals(first) ? first : first + ";" + second;
    }
    boolean prenatal = d.nextInt(100) < 35;
    // A stillbirth diagnosed before birth is a termination after diagnosis (治疗性引产), recorded as
    // a stillbirth delivery in mch_births; one found at birth is confirmed by autopsy.
    String outcome = live ? "LIVE" : prenatal ? "TERMINATION" : "STILLBIRTH";
    LocalDate diagnosed =
        prenatal ? born.minusDays(14 + d.nextInt(60)) : born.plusDays(d.nextInt(4));
    row(
        "mch_defect_cards",
        orgCode,
        "BD" + birthId,
        birthId,
        g,
        name,
        "",
        "广东省阳江市" + DISTRICT_NAMES[d.nextInt(DISTRICT_NAMES.length)],
        born,
        week,
        outcome,
        d.nextBoolean() ? "F" : "M",
        weight,
        codes,
        codes.contains("OTHER") ? OTHER_DEFECTS[d.nextInt(OTHER_DEFECTS.length)] : "",
        prenatal
            ? "ULTRASOUND"
            : !live ? "CLINICAL;AUTOPSY" : d.nextInt(100) < 60 ? "CLINICAL" : "CLINICAL;ULTRASOUND",
        diagnosed);
  }

  /**
   * A termination after a defect was diagnosed before 28 weeks: not a perinatal birth (no birth
   * record here), reported by the birth-defects report apart from the rate. About one a month.
   */
  private void earlyTermination(YearMonth m, LocalDate to, String ym) throws IOException {
    SplittableRandom d = new SplittableRandom(m.hashCode() * 7_919L + orgCode.hashCode());
    if (d.nextInt(3) == 0) {
      return;
    }
    LocalDate on = m.atDay(1 + d.nextInt(m.lengthOfMonth()));
    if (on.isAfter(to)) {
      return;
    }
    String[] early = {"ANENCEPHALY", "SPINA_BIFIDA", "DOWN_SYNDROME", "CHD", "GASTROSCHISIS"};
    row(
        "mch_defect_cards",
        orgCode,
        "BDT" + ym,
        "",
        "",
        SURNAMES[d.nextInt(SURNAMES.length)] + NAMES[d.nextInt(NAMES.length)],
        "",
        "广东省阳江市" + DISTRICT_NAMES[d.nextInt(DISTRICT_NAMES.length)],
        on,
        16 + d.nextInt(12),
        "TERMINATION",
        "",
        "",
        early[d.nextInt(early.length)],
        "",
        "ULTRASOUND",
        on.minusDays(3 + d.nextInt(10)));
  }

  /** A defect category, weighted as China's monitoring ranks them (heart defects first). */
  private static String defect(SplittableRandom d) {
    int u = d.nextInt(1000);
    int at = 0;
    for (int i = 0; i < DEFECT_WEIGHTS.length; i++) {
      at += DEFECT_WEIGHTS[i];
      if (u < at) {
        return DEFECTS[i];
      }
    }
    return "OTHER";
  }

  private static final String[] DEFECTS = {
    "CHD",
    "POLYDACTYLY",
    "EAR_OTHER",
    "CLEFT_LIP_PALATE",
    "CLUBFOOT",
    "HYPOSPADIAS",
    "SYNDACTYLY",
    "CLEFT_LIP",
    "CLEFT_PALATE",
    "HYDROCEPHALUS",
    "DOWN_SYNDROME",
    "LIMB_REDUCTION",
    "MICROTIA",
    "ANORECTAL_ATRESIA",
    "SPINA_BIFIDA",
    "OMPHALOCELE",
    "DIAPHRAGMATIC_HERNIA",
    "GASTROSCHISIS",
    "OESOPHAGEAL_ATRESIA",
    "ANENCEPHALY",
    "ENCEPHALOCELE"
  };

  /** Per 1,000 defects, in the order of DEFECTS; the rest (about 13 %) OTHER. */
  private static final int[] DEFECT_WEIGHTS = {
    380, 120, 60, 50, 40, 40, 30, 20, 20, 15, 15, 15, 10, 8, 7, 5, 5, 5, 3, 1, 1
  };

  private static final String[] OTHER_DEFECTS = {"先天性白内障", "肾积水", "先天性巨结肠", "隐睾", "血管瘤"};

  /** The live births written so far, in the order they were written. */
  public List<LiveBirth> liveBirths() {
    return List.copyOf(liveBirths);
  }

  private static String pos(SplittableRandom r, int perTenThousand) {
    return r.nextInt(10_000) < perTenThousand ? "POSITIVE" : "NEGATIVE";
  }

  @Override
  protected void plantDirt(LocalDate day) throws IOException {
    long bad =
        row(
            "mch_registrations",
            orgCode,
            "MGX1",
            "MPX1",
            "邓芳",
            "",
            "",
            "",
            day.minusDays(70),
            day,
            16);
    dirty.add(
        new DirtyRow(
            file("mch_registrations"),
            bad,
            ReasonCode.INCONSISTENT,
            "registration_week",
            "建册孕周与末次月经推算的孕周相差 6 周"));
    bad =
        row(
            "mch_births",
            orgCode,
            "MGX2B1",
            "MGX2",
            day,
            18,
            "HOSPITAL",
            "VAGINAL",
            "STILLBIRTH",
            "F",
            300,
            "");
    dirty.add(
        new DirtyRow(
            file("mch_births"), bad, ReasonCode.BAD_NUMBER, "gestational_week", "分娩孕周 18 周，小于 20"));
    bad =
        row("mch_infection_tests", orgCode, "MGX3T1", "MGX3", day, "HCV", "PREGNANCY", "NEGATIVE");
    dirty.add(
        new DirtyRow(
            file("mch_infection_tests"), bad, ReasonCode.BAD_CODE, "infection", "检测项目 HCV 不在代码表中"));
    bad =
        row(
            "mch_prenatal_screenings",
            orgCode,
            "MGX6S1",
            "MGX6",
            "SCREENING",
            "AMNIOCENTESIS",
            day,
            18,
            "LOW");
    dirty.add(
        new DirtyRow(
            file("mch_prenatal_screenings"),
            bad,
            ReasonCode.INCONSISTENT,
            "method",
            "羊膜腔穿刺是产前诊断，不是产前筛查"));
    bad = row("mch_antenatal_visits", orgCode, "MGX7A1", "MGX7", day, 30, 9);
    dirty.add(
        new DirtyRow(
            file("mch_antenatal_visits"),
            bad,
            ReasonCode.BAD_NUMBER,
            "hb_g_l",
            "血红蛋白 9 g/L，小于 20"));
    bad =
        row(
            "mch_defect_cards",
            orgCode,
            "BDX1",
            "",
            "MGX4",
            "梁丽",
            "",
            "",
            day,
            39,
            "LIVE",
            "F",
            3100,
            "CHD;HEART",
            "",
            "CLINICAL",
            day);
    dirty.add(
        new DirtyRow(
            file("mch_defect_cards"),
            bad,
            ReasonCode.BAD_CODE,
            "defect_codes",
            "缺陷类别 HEART 不在代码表中"));
    bad =
        row(
            "mch_defect_cards",
            orgCode,
            "BDX2",
            "",
            "MGX5",
            "莫静",
            "",
            "",
            day,
            38,
            "LIVE",
            "M",
            3000,
            "HYPOSPADIAS",
            "",
            "CLINICAL",
            day.plusDays(12));
    dirty.add(
        new DirtyRow(
            file("mch_defect_cards"),
            bad,
            ReasonCode.INCONSISTENT,
            "diagnosed_on",
            "诊断日期在出生后第 12 天，晚于监测期（出生后 7 天）"));
    // Lines that load but break the MCH quality rules (mch qc, docs/mch-qc.md): a live birth
    // two days before its registration (MM-05) and without a birth certificate (MM-03).
    row(
        "mch_registrations",
        orgCode,
        "MGX4",
        "MPX4",
        "邓丽",
        "",
        "",
        "",
        day.minusDays(266),
        day,
        38);
    row(
        "mch_births",
        orgCode,
        "MGX4B1",
        "MGX4",
        day.minusDays(2),
        38,
        "HOSPITAL",
        "VAGINAL",
        "LIVE",
        "M",
        3200,
        "");
    // A pregnancy never registered nor delivered here (so that no mch-maternal figure, all over
    // delivered mothers, changes): a serum screen at 22 weeks, high risk, with no diagnosis
    // (MM-10, MM-12, MM-14), and an antenatal check with a haemoglobin of 25 g/L (MM-15).
    row(
        "mch_prenatal_screenings",
        orgCode,
        "MGX8S1",
        "MGX8",
        "SCREENING",
        "SERUM",
        day,
        22,
        "HIGH");
    row("mch_antenatal_visits", orgCode, "MGX8A1", "MGX8", day, 22, 25);
  }
}
