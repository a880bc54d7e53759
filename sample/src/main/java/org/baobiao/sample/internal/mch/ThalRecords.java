package org.baobiao.sample.internal.mch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.SplittableRandom;
import org.baobiao.etl.source.ReasonCode;
import org.baobiao.sample.DirtyRow;

/**
 * Writes a maternal and child health hospital's sample thalassemia records (docs/formats.md, domain
 * {@code mch}, kinds {@code thal_*}), one file per kind for the whole sample period, as the MCH
 * system exports them: couples registered month by month, both partners screened (blood count and
 * haemoglobin analysis), screen-positives gene-tested, same-type high-risk couples followed up,
 * their pregnancies diagnosed prenatally and their outcomes followed.
 *
 * <p>Carrier rates follow the Guangdong survey of Li Bing et al. (28,479 pregnant women and
 * husbands in 21 cities: α 12.03 %, β 3.80 %, α and β 0.63 %, in all 16.45 %; docs/formats.md).
 * Each month draws from its own stream seeded by (seed, hospital, month); five planted lines must
 * be rejected.
 */
public final class ThalRecords extends StatisticalYearFiles {
  private static final String[] SURNAMES = {
    "陈", "林", "黄", "李", "梁", "吴", "冯", "关", "谭", "莫", "何", "杨", "周", "许", "邓", "叶", "蔡", "刘"
  };
  private static final String[] WOMEN = {
    "秀英", "丽华", "晓玲", "美玲", "小燕", "慧", "静", "丽", "婷婷", "嘉欣", "雪梅", "海燕"
  };
  private static final String[] MEN = {
    "志强", "建国", "伟", "海", "帆", "明", "俊杰", "家豪", "国华", "振宇", "文斌", "剑锋"
  };
  private static final String[] ROADS = {"东风一路", "新江北路", "漠江路", "安宁路", "金山路", "南恩路"};
  private static final String[] DISTRICTS = {"441702", "441704", "441721", "441781"};
  private static final String[] DISTRICT_NAMES = {"江城区", "阳东区", "阳西县", "阳春市"};
  private static final String[] STAFF = {"何医生", "梁护士", "冯医生", "陈护士"};
  private static final String[] BETA_ALLELES = {
    "CD41-42/βN", "CD41-42/βN", "CD41-42/βN", "IVS-II-654/βN", "IVS-II-654/βN", "CD17/βN", "-28/βN"
  };

  /** A person's thalassemia genes: α 0 normal, 1 silent, 2 trait (α0), 3 HbH; β carrier. */
  private record Genes(int alpha, boolean beta) {
    boolean carrier() {
      return alpha > 0 || beta;
    }
  }

  /**
   * @param dir the hospital's folder
   * @param couplesPerMonth couples registered a month (at scale 1)
   */
  public ThalRecords(Path dir, String orgCode, int couplesPerMonth) throws IOException {
    super(dir, orgCode, couplesPerMonth, 1_000_003L, 31L, 5);
    header(
        "thal_screenings",
        "org_code",
        "screening_id",
        "person_id",
        "name",
        "id_number",
        "sex",
        "phone",
        "address",
        "screened_on",
        "mcv",
        "mch",
        "hba2",
        "result");
    header(
        "thal_gene_tests",
        "org_code",
        "test_id",
        "person_id",
        "tested_on",
        "alpha_genotype",
        "alpha_result",
        "beta_genotype",
        "beta_result");
    header(
        "thal_couples",
        "org_code",
        "couple_id",
        "female_id",
        "male_id",
        "female_name",
        "male_name",
        "phone",
        "registered_on",
        "followed_up_on",
        "follow_up_by");
    header(
        "thal_pregnancies",
        "org_code",
        "pregnancy_id",
        "couple_id",
        "found_on",
        "last_period",
        "outcome",
        "outcome_on",
        "outcome_week",
        "child_result");
    header(
        "thal_prenatal_diagnoses",
        "org_code",
        "diagnosis_id",
        "pregnancy_id",
        "sampled_on",
        "gestational_week",
        "sampling",
        "fetal_genotype",
        "fetal_result",
        "reported_on");
  }

  private long row(String kind, String... fields) throws IOException {
    return writeRow(kind, fields);
  }

  @Override
  protected void month(YearMonth m, LocalDate to, SplittableRandom r, int couples)
      throws IOException {
    String ym = m.toString().replace("-", "");
    for (int i = 1; i <= couples; i++) {
      LocalDate registered = m.atDay(1 + r.nextInt(m.lengthOfMonth()));
      if (registered.isAfter(to)) {
        continue;
      }
      String n = String.format(Locale.ROOT, "%s%04d", ym, i);
      String coupleId = "TC" + n;
      String femaleId = "TF" + n;
      String maleId = "TM" + n;
      String surnameF = SURNAMES[r.nextInt(SURNAMES.length)];
      String femaleName = surnameF + WOMEN[r.nextInt(WOMEN.length)];
      String maleName = SURNAMES[r.nextInt(SURNAMES.length)] + MEN[r.nextInt(MEN.length)];
      String phone = phone(r);
      int district = r.nextInt(DISTRICTS.length);
      String address =
          "广东省阳江市"
              + DISTRICT_NAMES[district]
              + ROADS[r.nextInt(ROADS.length)]
              + (1 + r.nextInt(200))
              + "号";
      Genes female = genes(r);
      Genes male = genes(r);
      boolean femalePositive =
          screen(
              r,
              "TS" + n + "F",
              femaleId,
              femaleName,
              DISTRICTS[district],
              true,
              phone,
              address,
              registered,
              female);
      LocalDate maleScreened = null;
      if (r.nextInt(100) < 85) {
        maleScreened = registered;
      } else if (femalePositive && r.nextInt(100) < 80) {
        maleScreened = registered.plusDays(7 + r.nextInt(24));
      }
      boolean malePositive = false;
      if (maleScreened != null && !maleScreened.isAfter(to)) {
        malePositive =
            screen(
                r,
                "TS" + n + "M",
                maleId,
                maleName,
                DISTRICTS[district],
                false,
                null,
                address,
                maleScreened,
                male);
      } else {
        maleScreened = null;
      }
      LocalDate femaleTested =
          femalePositive ? geneTest(r, "TG" + n + "F", femaleId, registered, to, female) : null;
      LocalDate maleTested =
          malePositive ? geneTest(r, "TG" + n + "M", maleId, maleScreened, to, male) : null;
      boolean alphaRisk =
          femaleTested != null && maleTested != null && female.alpha > 0 && male.alpha > 0;
      boolean betaRisk = femaleTested != null && maleTested != null && female.beta && male.beta;
      String followedUp = "";
      String followUpBy = "";
      if (alphaRisk || betaRisk) {
        LocalDate later = femaleTested.isAfter(maleTested) ? femaleTested : maleTested;
        LocalDate f = later.plusDays(3 + r.nextInt(8));
        if (r.nextInt(100) < 92 && !f.isAfter(to)) {
          followedUp = f.toString();
          followUpBy = STAFF[r.nextInt(STAFF.length)];
        }
      }
      row(
          "thal_couples",
          orgCode,
          coupleId,
          femaleId,
          maleId,
          femaleName,
          maleName,
          phone,
          registered.toString(),
          followedUp,
          followUpBy);
      if ((alphaRisk || betaRisk) && r.nextInt(100) < 70) {
        pregnancy(r, n, coupleId, registered, to, female, male, betaRisk);
      }
    }
  }

  /** Genes drawn at the Guangdong rates: α and β 0.63 %, α only 12.03 %, β only 3.80 %. */
  private static Genes genes(SplittableRandom r) {
    int u = r.nextInt(10_000);
    boolean alpha = u < 63 + 1203;
    boolean beta = u < 63 || (u >= 63 + 1203 && u < 63 + 1203 + 380);
    int a = 0;
    if (alpha) {
      int k = r.nextInt(100);
      a = k < 55 ? 1 : k < 98 ? 2 : 3;
    }
    return new Genes(a, beta);
  }

  /** Writes a screening; returns whether it was positive. */
  private boolean screen(
      SplittableRandom r,
      String id,
      String personId,
      String name,
      String district,
      boolean female,
      String phone,
      String address,
      LocalDate on,
      Genes g)
      throws IOException {
    double mcv;
    double mch;
    double hba2;
    if (g.beta) {
      mcv = 63 + 4 * r.nextGaussian();
      mch = 20 + 1.5 * r.nextGaussian();
      hba2 = 5.2 + 0.5 * r.nextGaussian();
    } else if (g.alpha == 3) {
      mcv = 60 + 3 * r.nextGaussian();
      mch = 18 + r.nextGaussian();
      hba2 = 1.5 + 0.3 * r.nextGaussian();
    } else if (g.alpha == 2) {
      mcv = 68 + 4 * r.nextGaussian();
      mch = 21.5 + 1.5 * r.nextGaussian();
      hba2 = 2.3 + 0.2 * r.nextGaussian();
    } else if (g.alpha == 1) {
      mcv = 81 + 3 * r.nextGaussian();
      mch = 26.8 + 1.2 * r.nextGaussian();
      hba2 = 2.7 + 0.2 * r.nextGaussian();
    } else if (r.nextInt(100) < (female ? 6 : 2)) {
      // iron deficiency: low indices, normal genes
      mcv = 76 + 3 * r.nextGaussian();
      mch = 24.5 + 1.2 * r.nextGaussian();
      hba2 = 2.6 + 0.15 * r.nextGaussian();
    } else {
      mcv = 89 + 4 * r.nextGaussian();
      mch = 29.8 + 1.3 * r.nextGaussian();
      hba2 = 2.9 + 0.15 * r.nextGaussian();
    }
    String mcvText = one(Math.max(45, Math.min(125, mcv)));
    String mchText = one(Math.max(12, Math.min(42, mch)));
    String hba2Text = one(Math.max(0.5, Math.min(12, hba2)));
    boolean positive =
        Double.parseDouble(mcvText) < 82
            || Double.parseDouble(mchText) < 27
            || Double.parseDouble(hba2Text) < 2.5
            || Double.parseDouble(hba2Text) > 3.5;
    row(
        "thal_screenings",
        orgCode,
        id,
        personId,
        name,
        idNumber(r, district, female, on),
        female ? "F" : "M",
        phone == null ? "" : phone,
        address,
        on.toString(),
        mcvText,
        mchText,
        hba2Text,
        positive ? "POSITIVE" : "NEGATIVE");
    return positive;
  }

  /** A gene test of a screen-positive (95 % of them), within two weeks; its date, or null. */
  private LocalDate geneTest(
      SplittableRandom r, String id, String personId, LocalDate screened, LocalDate to, Genes g)
      throws IOException {
    LocalDate on = screened.plusDays(5 + r.nextInt(10));
    if (r.nextInt(100) >= 95 || on.isAfter(to)) {
      return null;
    }
    String alpha =
        switch (g.alpha) {
          case 1 -> r.nextInt(100) < 70 ? "-α3.7/αα" : "-α4.2/αα";
          case 2 -> r.nextInt(100) < 90 ? "--SEA/αα" : "--THAI/αα";
          case 3 -> "--SEA/-α3.7";
          default -> "αα/αα";
        };
    String alphaResult = new String[] {"NORMAL", "SILENT", "TRAIT", "HBH"}[g.alpha];
    String beta = g.beta ? BETA_ALLELES[r.nextInt(BETA_ALLELES.length)] : "βN/βN";
    row(
        "thal_gene_tests",
        orgCode,
        id,
        personId,
        on.toString(),
        alpha,
        alphaResult,
        beta,
        g.beta ? "TRAIT" : "NORMAL");
    return on;
  }

  /**
   * A pregnancy of a high-risk couple, found up to two months after registration: diagnosed
   * prenatally (90 %), a severe fetus terminated (95 %), followed to its outcome as far as {@code
   * to}.
   */
  private void pregnancy(
      SplittableRandom r,
      String n,
      String coupleId,
      LocalDate registered,
      LocalDate to,
      Genes female,
      Genes male,
      boolean betaRisk)
      throws IOException {
    LocalDate found = registered.plusDays(r.nextInt(60));
    if (found.isAfter(to)) {
      return;
    }
    LocalDate lmp = found.minusDays(7L * (6 + r.nextInt(7)));
    String pregnancyId = "TY" + n;
    boolean severeRisk = betaRisk || (female.alpha >= 2 && male.alpha >= 2);
    boolean hbhRisk = !severeRisk && (female.alpha >= 2 || male.alpha >= 2);
    String fetal = null;
    LocalDate reported = null;
    if (r.nextInt(100) < 90) {
      int k = r.nextInt(100);
      String sampling = k < 40 ? "CVS" : k < 90 ? "AMNIO" : "CORD";
      int week =
          switch (sampling) {
            case "CVS" -> 11 + r.nextInt(3);
            case "AMNIO" -> 17 + r.nextInt(6);
            default -> 24 + r.nextInt(3);
          };
      LocalDate sampled = lmp.plusDays(7L * week);
      if (sampled.isBefore(found)) {
        sampled = found.plusDays(3);
      }
      if (!sampled.isAfter(to)) {
        int f = r.nextInt(100);
        fetal =
            f < 25
                ? (severeRisk ? "SEVERE" : hbhRisk ? "INTERMEDIATE" : "CARRIER")
                : f < 75 ? "CARRIER" : "NORMAL";
        reported = sampled.plusDays(5 + r.nextInt(5));
        String genotype =
            switch (fetal) {
              case "SEVERE" -> betaRisk ? "CD41-42/IVS-II-654" : "--SEA/--SEA";
              case "INTERMEDIATE" -> "--SEA/-α3.7";
              case "CARRIER" -> betaRisk ? "CD41-42/βN" : "--SEA/αα";
              default -> betaRisk ? "βN/βN" : "αα/αα";
            };
        row(
            "thal_prenatal_diagnoses",
            orgCode,
            "TD" + n,
            pregnancyId,
            sampled.toString(),
            String.valueOf(week),
            sampling,
            genotype,
            fetal,
            reported.isAfter(to) ? "" : reported.toString());
      }
    }
    String outcome = "";
    LocalDate outcomeOn = null;
    String child = "";
    if ("SEVERE".equals(fetal) && r.nextInt(100) < 95) {
      outcome = "TERMINATION";
      outcomeOn = reported.plusDays(3 + r.nextInt(10));
    } else if (fetal == null && r.nextInt(100) < 30) {
      outcome = "LOST";
      outcomeOn = found.plusDays(30 + r.nextInt(60));
    } else {
      outcome = "BIRTH";
      outcomeOn = lmp.plusDays(7L * (38 + r.nextInt(4)));
      child = fetal != null ? fetal : severeRisk && r.nextInt(100) < 25 ? "SEVERE" : "UNKNOWN";
    }
    if (outcomeOn.isAfter(to)) {
      outcome = "";
      outcomeOn = null;
      child = "";
    }
    String week =
        outcomeOn == null ? "" : String.valueOf((outcomeOn.toEpochDay() - lmp.toEpochDay()) / 7);
    row(
        "thal_pregnancies",
        orgCode,
        pregnancyId,
        coupleId,
        found.toString(),
        lmp.toString(),
        outcome,
        outcomeOn == null ? "" : outcomeOn.toString(),
        outcome.equals("LOST") ? "" : week,
        child);
  }

  /** The five lines the load must reject, one per file, in the first month. */
  @Override
  protected void plantDirt(LocalDate day) throws IOException {
    String d = day.toString();
    long bad =
        row(
            "thal_screenings",
            orgCode,
            "TSX1",
            "TFX1",
            "邓芳",
            "441702199507076640",
            "F",
            "13900009009",
            "广东省阳江市江城区安宁路9号",
            d,
            "75.0",
            "25.0",
            "2.6",
            "NEGATIVE");
    dirty.add(
        new DirtyRow(
            file("thal_screenings"), bad, ReasonCode.INCONSISTENT, "result", "MCV 低于 82 却记为阴性"));
    bad =
        row(
            "thal_screenings",
            orgCode,
            "TSX2",
            "TFX2",
            "叶婷婷",
            "441702199507076641",
            "F",
            "",
            "",
            d,
            "88.0",
            "29.0",
            "2.8",
            "NEGATIVE");
    dirty.add(
        new DirtyRow(
            file("thal_screenings"), bad, ReasonCode.BAD_FORMAT, "id_number", "身份证号校验位错误"));
    bad =
        row("thal_couples", orgCode, "TCX1", "TFX1", "TFX1", "邓芳", "邓芳", "13900009009", d, "", "");
    dirty.add(
        new DirtyRow(file("thal_couples"), bad, ReasonCode.INCONSISTENT, "male_id", "男方与女方为同一人"));
    bad =
        row(
            "thal_pregnancies",
            orgCode,
            "TYX1",
            "TCX1",
            d,
            day.minusDays(60).toString(),
            "TERMINATION",
            day.plusDays(20).toString(),
            "12",
            "SEVERE");
    dirty.add(
        new DirtyRow(
            file("thal_pregnancies"),
            bad,
            ReasonCode.INCONSISTENT,
            "child_result",
            "终止妊娠却填了新生儿结局"));
    bad = row("thal_prenatal_diagnoses", orgCode, "TDX1", "TYX1", d, "6", "CVS", "", "NORMAL", "");
    dirty.add(
        new DirtyRow(
            file("thal_prenatal_diagnoses"),
            bad,
            ReasonCode.BAD_NUMBER,
            "gestational_week",
            "取材孕周 6 周"));
    // Lines that load but break the MCH quality rules (mch qc, docs/mch-qc.md): a man screened
    // with a woman's ID number (TH-09), a prenatal diagnosis of a pregnancy nobody registered
    // (TH-05).
    row(
        "thal_screenings",
        orgCode,
        "TSX3",
        "TMX3",
        "林海",
        "441702199507076640",
        "M",
        "",
        "广东省阳江市江城区安宁路9号",
        d,
        "88.0",
        "29.0",
        "2.8",
        "NEGATIVE");
    row(
        "thal_prenatal_diagnoses",
        orgCode,
        "TDX2",
        "TYX9",
        d,
        "16",
        "AMNIO",
        "",
        "NORMAL",
        day.plusDays(7).toString());
  }

  private static String one(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String phone(SplittableRandom r) {
    return "13" + (5 + r.nextInt(5)) + String.format(Locale.ROOT, "%08d", r.nextInt(100_000_000));
  }
}
