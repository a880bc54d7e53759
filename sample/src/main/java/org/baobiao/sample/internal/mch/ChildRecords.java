package org.baobiao.sample.internal.mch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.baobiao.etl.source.ReasonCode;
import org.baobiao.sample.DirtyRow;
import org.baobiao.sample.internal.mch.MaternalRecords.LiveBirth;

/**
 * Writes a maternal and child health hospital's sample child health records (docs/formats.md,
 * domain {@code mch}, kinds {@code mch_children} .. {@code mch_child_deaths}), one file per kind:
 * every live birth of the maternal records ({@link MaternalRecords#liveBirths()}) with its newborn
 * visits, blood-spot and hearing screenings, its registration for child health care and its
 * check-ups as it grows; children born in the seven years before the sample, registered with their
 * check-up history; now and then a death of a child under 5.
 *
 * <p>Rates (docs/formats.md, “Sample child health records”): the 2022 national figures of the
 * National Bureau of Statistics' monitoring report on the 中国儿童发展纲要 (新生儿访视率 96.7 %, 3岁以下儿童系统管理率 93.3
 * %, 7岁以下儿童健康管理率 94.9 %; neonatal, infant and under-5 mortality 3.1, 4.9 and 6.8 ‰), the targets of
 * 健康儿童行动提升计划 for screening (blood spot ≥ 98 %, hearing ≥ 90 %) and of 国民营养计划 for exclusive
 * breastfeeding (≥ 50 %). Each month draws from its own stream seeded by (seed, hospital, month);
 * three planted lines must be rejected.
 */
public final class ChildRecords extends StatisticalYearFiles {
  private static final String[] SURNAMES = {
    "陈", "林", "黄", "李", "梁", "吴", "冯", "关", "谭", "莫", "何", "杨", "周", "许", "邓", "叶"
  };
  private static final String[] GIVEN = {
    "子轩", "梓涵", "浩然", "欣怡", "宇航", "诗琪", "俊杰", "雨桐", "嘉豪", "可馨", "思远", "一诺"
  };
  private static final String[] DISTRICT_NAMES = {"江城区", "阳东区", "阳西县", "阳春市"};
  private static final String[] NEONATAL_CAUSES = {
    "早产儿/低出生体重", "出生窒息", "新生儿肺炎", "先天性心脏病", "新生儿败血症"
  };
  private static final String[] CHILD_CAUSES = {"肺炎", "溺水", "意外窒息", "先天性心脏病", "交通事故", "腹泻"};

  /** The check-up ages (months) of 0～6岁儿童健康管理服务规范: 满月, 4:2:2 to 3 years, then yearly. */
  private static final int[] CHECK_AGES = {1, 3, 6, 8, 12, 18, 24, 30, 36, 48, 60, 72};

  private final Map<YearMonth, List<LiveBirth>> birthsByMonth = new LinkedHashMap<>();
  private boolean olderWritten;

  /**
   * @param olderPerMonth children born in each month of the seven years before the sample and
   *     registered here, at scale 1 (7.5 times as many in the year just before)
   * @param births the live births of the maternal records, each registered here
   */
  public ChildRecords(Path dir, String orgCode, int olderPerMonth, List<LiveBirth> births)
      throws IOException {
    super(dir, orgCode, olderPerMonth, 1_000_037L, 41L, 8);
    for (LiveBirth b : births) {
      birthsByMonth.computeIfAbsent(YearMonth.from(b.born()), m -> new ArrayList<>()).add(b);
    }
    columns(
        "mch_children",
        "org_code,child_id,birth_id,name,sex,birth_date,id_number,guardian_name,phone,address,"
            + "registered_on");
    columns("mch_newborn_visits", "org_code,visit_id,birth_id,visited_on,days_after_birth");
    columns(
        "mch_child_checks",
        "org_code,check_id,child_id,birth_date,checked_on,age_months,height_cm,weight_kg,feeding");
    columns("mch_newborn_screenings", "org_code,screening_id,birth_id,disease,sampled_on,result");
    columns("mch_hearing_screenings", "org_code,screening_id,birth_id,stage,screened_on,result");
    columns(
        "mch_child_deaths",
        "org_code,death_id,child_id,birth_id,name,id_number,sex,birth_date,died_on,age_days,cause");
  }

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
  protected void month(YearMonth m, LocalDate to, SplittableRandom r, int olderPerMonth)
      throws IOException {
    if (!olderWritten) {
      olderWritten = true;
      // Children born in the seven years before the sample's first month, with their history.
      for (YearMonth born = m.minusYears(7); born.isBefore(m); born = born.plusMonths(1)) {
        String ym = born.toString().replace("-", "");
        // The year before the sample: as many as the hospital's own births (7.5 times more).
        int count = born.isBefore(m.minusYears(1)) ? olderPerMonth : olderPerMonth * 15 / 2;
        for (int i = 1; i <= count; i++) {
          LocalDate day = born.atDay(1 + r.nextInt(born.lengthOfMonth()));
          String sex = r.nextBoolean() ? "F" : "M";
          String mother = SURNAMES[r.nextInt(SURNAMES.length)] + "女士";
          child(r, String.format(Locale.ROOT, "CO%s%03d", ym, i), "", day, sex, mother, to);
        }
      }
    }
    for (LiveBirth b : birthsByMonth.getOrDefault(m, List.of())) {
      newborn(r, b, to);
    }
  }

  /** A live birth of the sample: its newborn visits and screenings, then the child. */
  private void newborn(SplittableRandom r, LiveBirth b, LocalDate to) throws IOException {
    String id = b.birthId();
    // 新生儿访视 within 28 days 96.7 %: the home visit after discharge, often the 满月 visit too.
    int u = r.nextInt(1000);
    if (u < 967) {
      visit(id + "V1", id, b.born(), 3 + r.nextInt(8), to);
      if (r.nextInt(100) < 60) {
        visit(id + "V2", id, b.born(), 28, to);
      }
    } else if (u < 980) {
      visit(id + "V1", id, b.born(), 30 + r.nextInt(10), to);
    }
    // 新生儿疾病筛查 98.5 % (PKU, CH and, in Guangdong, G6PD); recall rates as reported.
    if (r.nextInt(1000) < 985) {
      LocalDate sampled = b.born().plusDays(3 + r.nextInt(5));
      if (!sampled.isAfter(to)) {
        screening(id + "S1", id, "PKU", sampled, r.nextInt(10_000) < 30);
        screening(id + "S2", id, "CH", sampled, r.nextInt(10_000) < 50);
        screening(id + "S3", id, "G6PD", sampled, r.nextInt(10_000) < 400);
      }
    }
    // 听力筛查 95 % before discharge; 5 % refer, most re-screened at 42 days.
    if (r.nextInt(100) < 95) {
      LocalDate on = b.born().plusDays(2 + r.nextInt(2));
      boolean refer = r.nextInt(100) < 5;
      if (!on.isAfter(to)) {
        row(
            "mch_hearing_screenings",
            orgCode,
            id + "H1",
            id,
            "INITIAL",
            on,
            refer ? "REFER" : "PASS");
        LocalDate again = b.born().plusDays(42);
        if (refer && r.nextInt(100) < 85 && !again.isAfter(to)) {
          row(
              "mch_hearing_screenings",
              orgCode,
              id + "H2",
              id,
              "RESCREEN",
              again,
              r.nextInt(100) < 10 ? "REFER" : "PASS");
        }
      }
    }
    child(r, "CH" + id, id, b.born(), b.sex(), b.motherName(), to);
  }

  private void visit(String visitId, String birthId, LocalDate born, int days, LocalDate to)
      throws IOException {
    if (!born.plusDays(days).isAfter(to)) {
      row("mch_newborn_visits", orgCode, visitId, birthId, born.plusDays(days), days);
    }
  }

  private void screening(String id, String birthId, String disease, LocalDate on, boolean positive)
      throws IOException {
    row(
        "mch_newborn_screenings",
        orgCode,
        id,
        birthId,
        disease,
        on,
        positive ? "POSITIVE" : "NEGATIVE");
  }

  /**
   * A child registered for health care: its check-ups at the ages due (95 % of children come
   * regularly and miss 1 % of them under 3 years, 3 % after; the others about half) up to {@code
   * to}, and the rare death before the fifth birthday (neonatal 3.1 ‰, later in the first year 1.8
   * ‰, at 1–4 years 1.9 ‰ of live births).
   */
  private void child(
      SplittableRandom r,
      String childId,
      String birthId,
      LocalDate born,
      String sex,
      String mother,
      LocalDate to)
      throws IOException {
    String name = SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)];
    int d = r.nextInt(10_000);
    long ageAtDeath =
        d < 31 ? r.nextInt(28) : d < 49 ? 28 + r.nextInt(337) : d < 68 ? 365 + r.nextInt(1460) : -1;
    LocalDate died = ageAtDeath < 0 ? null : born.plusDays(ageAtDeath);
    LocalDate registered = born.plusDays(3 + r.nextInt(birthId.isEmpty() ? 28 : 8));
    if (!registered.isAfter(to) && (died == null || registered.isBefore(died))) {
      row(
          "mch_children",
          orgCode,
          childId,
          birthId,
          name,
          sex,
          born,
          "",
          mother,
          "13" + (5 + r.nextInt(5)) + String.format(Locale.ROOT, "%08d", r.nextInt(100_000_000)),
          "广东省阳江市" + DISTRICT_NAMES[r.nextInt(DISTRICT_NAMES.length)],
          registered);
      boolean regular = r.nextInt(100) < 95;
      for (int age : CHECK_AGES) {
        LocalDate on = born.plusMonths(age).plusDays(r.nextInt(10));
        if (on.isAfter(to) || (died != null && !on.isBefore(died))) {
          break;
        }
        if (r.nextInt(100) >= (regular ? (age > 36 ? 97 : 99) : 50)) {
          continue;
        }
        int months = (int) ChronoUnit.MONTHS.between(born, on);
        row(
            "mch_child_checks",
            orgCode,
            childId + "K" + age,
            childId,
            born,
            on,
            months,
            oneDecimal(height(months) + 2 * r.nextGaussian()),
            oneDecimal(weight(months) * (1 + 0.1 * r.nextGaussian())),
            months < 6 && r.nextInt(100) < 85 ? feeding(r) : "");
      }
    }
    if (died != null && !died.isAfter(to)) {
      row(
          "mch_child_deaths",
          orgCode,
          "CD" + childId,
          childId,
          birthId,
          name,
          "",
          sex,
          born,
          died,
          ageAtDeath,
          ageAtDeath < 28
              ? NEONATAL_CAUSES[r.nextInt(NEONATAL_CAUSES.length)]
              : CHILD_CAUSES[r.nextInt(CHILD_CAUSES.length)]);
    }
  }

  /** 纯母乳 45 %, 部分母乳 35 %, 人工喂养 20 %. */
  private static String feeding(SplittableRandom r) {
    int u = r.nextInt(100);
    return u < 45 ? "EXCLUSIVE" : u < 80 ? "PARTIAL" : "FORMULA";
  }

  /** About the WHO median length/height (cm) at an age in months. */
  private static double height(int months) {
    return months <= 12
        ? 50 + 2.1 * months
        : months <= 24 ? 75.2 + 0.95 * (months - 12) : 86.6 + 0.6 * (months - 24);
  }

  /** About the WHO median weight (kg) at an age in months. */
  private static double weight(int months) {
    return months <= 12
        ? 3.3 + 0.55 * months
        : months <= 24 ? 9.9 + 0.2 * (months - 12) : 12.3 + 0.17 * (months - 24);
  }

  private static String oneDecimal(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  @Override
  protected void plantDirt(LocalDate day) throws IOException {
    LocalDate born = day.minusMonths(6);
    long bad = row("mch_child_checks", orgCode, "CHX1K6", "CHX1", born, day, 12, "67.0", "7.8", "");
    dirty.add(
        new DirtyRow(
            file("mch_child_checks"),
            bad,
            ReasonCode.INCONSISTENT,
            "age_months",
            "月龄 12 与出生日期推算的 6 月龄相差超过 1 个月"));
    bad = row("mch_newborn_screenings", orgCode, "CHX2S1", "CHX2", "MSUD", day, "NEGATIVE");
    dirty.add(
        new DirtyRow(
            file("mch_newborn_screenings"),
            bad,
            ReasonCode.BAD_CODE,
            "disease",
            "筛查病种 MSUD 不在代码表中"));
    LocalDate older = day.minusYears(5).minusDays(10);
    bad =
        row("mch_child_deaths", orgCode, "CDX3", "", "", "关小军", "", "M", older, day, 1800, "意外跌落");
    dirty.add(
        new DirtyRow(
            file("mch_child_deaths"),
            bad,
            ReasonCode.INCONSISTENT,
            "died_on",
            "死亡时已满 5 周岁，不属于5岁以下儿童死亡"));
  }
}
