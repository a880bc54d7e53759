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
 * Writes a maternal and child health hospital's sample premarital medical checks (婚前医学检查, {@code
 * mch_premarital_checks}) and pre-pregnancy eugenic health checks (孕前优生健康检查, {@code
 * mch_preconception_checks}), one row per person examined (docs/formats.md, domain {@code mch}).
 *
 * <p>Rates (docs/formats.md, “Sample premarital and pre-pregnancy checks”): in nine couples out of
 * ten both partners are checked, in the others one; a disease is found in about 15 % of the people
 * examined (Chinese reports give 7.5–26 %), mostly internal (内科系统疾病, 8 %), reproductive (4 %) and
 * designated infectious diseases (3 %), rarely a severe genetic disease (0.3 %) or a relevant
 * mental illness (0.1 %); about 13 % of the people given a pre-pregnancy check are assessed
 * high-risk (reports of the national programme give 12–21 %). Each month draws from its own stream
 * seeded by (seed, hospital, month); three planted lines must be rejected.
 */
public final class PremaritalRecords extends StatisticalYearFiles {
  private static final String[] SURNAMES = {
    "陈", "林", "黄", "李", "梁", "吴", "冯", "关", "谭", "莫", "何", "杨", "周", "许", "邓", "叶"
  };
  private static final String[] WOMEN = {"秀英", "丽华", "晓玲", "美玲", "小燕", "嘉欣", "雪梅", "海燕"};
  private static final String[] MEN = {"志强", "建华", "伟", "俊杰", "国栋", "家豪", "振宇", "文军"};
  private static final String[] RISK_FACTORS = {
    "体重超重或肥胖", "TSH异常", "ALT异常", "乙肝表面抗原阳性", "年龄≥35岁", "吸烟", "贫血", "不良孕产史"
  };

  /** Couples a month at scale 1: at the premarital check, and at the pre-pregnancy check. */
  private final int couplesPerMonth;

  private final int preconceptionPerMonth;

  /**
   * @param couplesPerMonth couples coming to the premarital check a month at scale 1
   * @param preconceptionPerMonth couples coming to the pre-pregnancy check a month at scale 1
   */
  public PremaritalRecords(Path dir, String orgCode, int couplesPerMonth, int preconceptionPerMonth)
      throws IOException {
    super(dir, orgCode, couplesPerMonth, 1_000_081L, 43L, 8);
    this.couplesPerMonth = couplesPerMonth;
    this.preconceptionPerMonth = preconceptionPerMonth;
    header(
        "mch_premarital_checks",
        "org_code,check_id,couple_id,name,id_number,phone,sex,checked_on,findings,advice"
            .split(","));
    header(
        "mch_preconception_checks",
        "org_code,check_id,couple_id,name,id_number,sex,checked_on,risk,risk_factors".split(","));
  }

  private long row(String kind, Object... fields) throws IOException {
    String[] cells = new String[fields.length];
    for (int i = 0; i < fields.length; i++) {
      cells[i] = fields[i] == null ? "" : fields[i].toString();
    }
    return writeRow(kind, cells);
  }

  @Override
  protected void month(YearMonth m, LocalDate to, SplittableRandom r, int couples)
      throws IOException {
    String ym = m.toString().replace("-", "");
    for (int i = 1; i <= couples; i++) {
      LocalDate on = m.atDay(1 + r.nextInt(m.lengthOfMonth()));
      String couple = String.format(Locale.ROOT, "HC%s%04d", ym, i);
      // Nine couples in ten come together; otherwise one partner only.
      int who = r.nextInt(20);
      boolean man = who != 0;
      boolean woman = who != 1;
      if (on.isAfter(to)) {
        continue;
      }
      if (man) {
        premarital(r, couple, "M", on);
      }
      if (woman) {
        premarital(r, couple, "F", on);
      }
    }
    // As many pre-pregnancy couples as the scale asks (couples is couplesPerMonth × scale).
    int preconceptionCouples = couples * preconceptionPerMonth / couplesPerMonth;
    for (int i = 1; i <= preconceptionCouples; i++) {
      LocalDate on = m.atDay(1 + r.nextInt(m.lengthOfMonth()));
      String couple = String.format(Locale.ROOT, "YC%s%04d", ym, i);
      boolean both = r.nextInt(10) < 8;
      if (on.isAfter(to)) {
        continue;
      }
      preconception(r, couple, "F", on);
      if (both) {
        preconception(r, couple, "M", on);
      }
    }
  }

  private void premarital(SplittableRandom r, String couple, String sex, LocalDate on)
      throws IOException {
    StringBuilder findings = new StringBuilder();
    // Per 1,000 people examined: 30 infectious, 3 genetic, 1 mental, 40 reproductive, 80 internal
    // (drawn one by one, so that a few people have two categories).
    boolean infectious = r.nextInt(1000) < 30;
    boolean genetic = r.nextInt(1000) < 3;
    boolean mental = r.nextInt(1000) < 1;
    boolean reproductive = r.nextInt(1000) < 40;
    boolean internal = r.nextInt(1000) < 80;
    append(findings, infectious, "INFECTIOUS");
    append(findings, genetic, "GENETIC");
    append(findings, mental, "MENTAL");
    append(findings, reproductive, "REPRODUCTIVE");
    append(findings, internal, "INTERNAL");
    String advice;
    if (findings.isEmpty()) {
      findings.append("NONE");
      advice = "NO_OBJECTION";
    } else if (genetic) {
      advice = "NO_CHILDBEARING";
    } else if (mental) {
      advice = "POSTPONE";
    } else if (infectious) {
      int u = r.nextInt(10);
      advice = u < 3 ? "POSTPONE" : u < 8 ? "MEDICAL_MEASURES" : "NO_OBJECTION";
    } else {
      advice = r.nextInt(5) == 0 ? "MEDICAL_MEASURES" : "NO_OBJECTION";
    }
    String name =
        SURNAMES[r.nextInt(SURNAMES.length)]
            + (sex.equals("M") ? MEN[r.nextInt(MEN.length)] : WOMEN[r.nextInt(WOMEN.length)]);
    row(
        "mch_premarital_checks",
        orgCode,
        couple + sex,
        couple,
        name,
        "",
        "13" + (5 + r.nextInt(5)) + String.format(Locale.ROOT, "%08d", r.nextInt(100_000_000)),
        sex,
        on,
        findings,
        advice);
  }

  private void preconception(SplittableRandom r, String couple, String sex, LocalDate on)
      throws IOException {
    boolean high = r.nextInt(100) < 13;
    String name =
        SURNAMES[r.nextInt(SURNAMES.length)]
            + (sex.equals("M") ? MEN[r.nextInt(MEN.length)] : WOMEN[r.nextInt(WOMEN.length)]);
    row(
        "mch_preconception_checks",
        orgCode,
        couple + sex,
        couple,
        name,
        "",
        sex,
        on,
        high ? "HIGH" : "GENERAL",
        high ? RISK_FACTORS[r.nextInt(RISK_FACTORS.length)] : "");
  }

  private static void append(StringBuilder b, boolean found, String code) {
    if (found) {
      b.append(b.isEmpty() ? "" : ";").append(code);
    }
  }

  @Override
  protected void plantDirt(LocalDate day) throws IOException {
    long bad =
        row(
            "mch_premarital_checks",
            orgCode,
            "HCX1M",
            "HCX1",
            "梁志强",
            "",
            "",
            "M",
            day,
            "INTERNAL;HEART",
            "NO_OBJECTION");
    dirty.add(
        new DirtyRow(
            file("mch_premarital_checks"),
            bad,
            ReasonCode.BAD_CODE,
            "findings",
            "检出疾病分类 HEART 不在代码表中"));
    bad =
        row(
            "mch_premarital_checks",
            orgCode,
            "HCX2F",
            "HCX2",
            "何丽华",
            "",
            "",
            "F",
            day,
            "NONE",
            "POSTPONE");
    dirty.add(
        new DirtyRow(
            file("mch_premarital_checks"), bad, ReasonCode.INCONSISTENT, "advice", "未检出疾病却建议暂缓结婚"));
    bad =
        row("mch_preconception_checks", orgCode, "YCX1F", "YCX1", "叶雪梅", "", "F", day, "HIGH", "");
    dirty.add(
        new DirtyRow(
            file("mch_preconception_checks"),
            bad,
            ReasonCode.MISSING_VALUE,
            "risk_factors",
            "高风险人群未填写风险因素"));
  }
}
