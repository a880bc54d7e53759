package org.baobiao.sample.internal.medrec;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.baobiao.etl.source.ReasonCode;
import org.baobiao.sample.DirtyRow;
import org.baobiao.spec.csv.CsvWriter;
import org.baobiao.spec.csv.CsvWriter.Bom;
import org.baobiao.spec.csv.CsvWriter.Cells;
import org.baobiao.spec.csv.CsvWriter.LineEnd;

/**
 * Writes the sample inpatient front pages of one hospital: per quarter of discharge, the front
 * pages, their other diagnoses and their operations (docs/formats.md, domain {@code medrec}), as a
 * medical-record office exports them each quarter. About one stay in twelve carries a realistic
 * coding error for the quality rules to find (a bad ID checksum, a code outside its list, an age
 * that disagrees with the birth date, a quality-check date too late, a neoplasm without pathology,
 * times in the wrong order…); each front-page file also has two lines the load must reject.
 */
public final class FrontPageFiles {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
  private static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗",
    "梁"
  };
  private static final String[] GIVEN = {
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "桂兰",
    "建华", "志强", "海燕", "晓东", "子涵", "雨桐"
  };
  private static final String[] CODERS = {"周琳", "黄晓梅", "陈志远"};
  private static final String[] DOCTORS = {"李明", "王建国", "刘晓", "陈静", "赵磊", "杨帆"};
  private static final Map<String, String> REGION =
      Map.of(
          "441700001", "441702",
          "510181001", "510181",
          "440100002", "440103",
          "430100003", "430102",
          "440800004", "440802");
  private static final List<String> FRONT_HEADER =
      List.of(
          "org_code",
          "record_no",
          "admission_no",
          "payment_method",
          "patient_name",
          "sex",
          "birth_date",
          "age_years",
          "age_months",
          "nationality",
          "ethnicity",
          "id_type",
          "id_number",
          "phone",
          "newborn_birth_weight_g",
          "newborn_admission_weight_g",
          "admission_route",
          "admitted_at",
          "admission_dept",
          "discharged_at",
          "discharge_dept",
          "los_days",
          "main_diagnosis_code",
          "main_diagnosis_name",
          "main_admission_condition",
          "external_cause_code",
          "pathology_code",
          "pathology_no",
          "drug_allergy",
          "abo",
          "rh",
          "discharge_method",
          "attending_doctor",
          "coder",
          "qc_date",
          "total_cost",
          "cost_service",
          "cost_diagnosis",
          "cost_treatment",
          "cost_rehab",
          "cost_tcm",
          "cost_western_medicine",
          "cost_antibiotics",
          "cost_chinese_medicine",
          "cost_blood",
          "cost_blood_products",
          "cost_consumables",
          "cost_other",
          "red_cells_u",
          "plasma_ml",
          "platelets_u",
          "whole_blood_u",
          "autologous_ml",
          "transfusion_reaction",
          "health_card_no",
          "birthplace",
          "native_place",
          "occupation",
          "marital_status",
          "current_address",
          "current_postcode",
          "household_address",
          "household_postcode",
          "work_unit",
          "work_phone",
          "work_postcode",
          "contact_name",
          "contact_relation",
          "contact_address",
          "contact_phone",
          "admission_ward",
          "transfer_depts",
          "discharge_ward",
          "outpatient_diagnosis_code",
          "outpatient_diagnosis_name",
          "pathology_name",
          "allergy_drugs",
          "autopsy",
          "dept_director",
          "chief_physician",
          "resident_physician",
          "responsible_nurse",
          "trainee_physician",
          "intern",
          "record_quality",
          "qc_physician",
          "qc_nurse",
          "transfer_org",
          "readmission_plan",
          "readmission_purpose",
          "coma_before_days",
          "coma_before_hours",
          "coma_before_minutes",
          "coma_after_days",
          "coma_after_hours",
          "coma_after_minutes",
          "ventilator_hours",
          "cost_self_paid");

  private final String orgCode;
  private final boolean maternalChild;
  private final int staysPerMonth;

  /** What was written for the hospital. */
  public record Written(List<Path> files, long rows, List<DirtyRow> dirtyRows) {}

  /**
   * @param orgCode the hospital
   * @param maternalChild whether it is a maternal and child health hospital (its case mix)
   * @param staysPerMonth discharges a month at scale 1
   */
  public FrontPageFiles(String orgCode, boolean maternalChild, int staysPerMonth) {
    this.orgCode = orgCode;
    this.maternalChild = maternalChild;
    this.staysPerMonth = staysPerMonth;
  }

  /** Writes the files of the discharges from {@code from} to {@code to} (inclusive) under dir. */
  public Written write(
      Path dir, BloodRecords blood, LocalDate from, LocalDate to, long seed, int scale)
      throws IOException {
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    List<DirtyRow> dirty = new ArrayList<>();
    long rows = 0;
    List<CaseType> mix = maternalChild ? CaseType.MATERNAL_CHILD : CaseType.GENERAL;
    int totalWeight = mix.stream().mapToInt(CaseType::weight).sum();
    int serial = 0;
    for (LocalDate q = quarterStart(from); !q.isAfter(to); q = q.plusMonths(3)) {
      String tag = q.getYear() + "Q" + ((q.getMonthValue() - 1) / 3 + 1);
      SplittableRandom rnd =
          new SplittableRandom(seed * 31 + orgCode.hashCode() * 7L + q.toEpochDay());
      // The blood records draw from a stream of their own, so the front pages do not depend on
      // them.
      SplittableRandom b =
          new SplittableRandom(seed * 17 + orgCode.hashCode() * 13L + q.toEpochDay() + 1);
      Path front = dir.resolve("medrec_front_pages_" + orgCode + "_" + tag + ".csv");
      Path diag = dir.resolve("medrec_diagnoses_" + orgCode + "_" + tag + ".csv");
      Path ops = dir.resolve("medrec_operations_" + orgCode + "_" + tag + ".csv");
      try (CsvWriter f =
              CsvWriter.open(
                  front, StandardCharsets.UTF_8, Bom.WITHOUT, LineEnd.LF, Cells.VERBATIM);
          CsvWriter d =
              CsvWriter.open(
                  diag, StandardCharsets.UTF_8, Bom.WITHOUT, LineEnd.LF, Cells.VERBATIM);
          CsvWriter o =
              CsvWriter.open(
                  ops, StandardCharsets.UTF_8, Bom.WITHOUT, LineEnd.LF, Cells.VERBATIM)) {
        f.writeRow(FRONT_HEADER.toArray(String[]::new));
        d.writeRow(
            "org_code",
            "record_no",
            "admission_no",
            "seq",
            "diagnosis_code",
            "diagnosis_name",
            "admission_condition");
        o.writeRow(
            "org_code",
            "record_no",
            "admission_no",
            "seq",
            "operation_code",
            "operation_name",
            "operated_at",
            "operation_level",
            "surgeon",
            "incision_class",
            "healing_grade",
            "anaesthesia_method",
            "anaesthetist",
            "elective");
        String[] last = null;
        for (LocalDate m = q; m.isBefore(q.plusMonths(3)); m = m.plusMonths(1)) {
          if (blood != null && !m.plusMonths(1).minusDays(1).isBefore(from) && !m.isAfter(to)) {
            blood.month(m, to, b);
          }
          int n = staysPerMonth * scale;
          for (int i = 0; i < n; i++) {
            LocalDate day = m.plusDays(rnd.nextInt(m.lengthOfMonth()));
            if (day.isBefore(from) || day.isAfter(to)) {
              continue;
            }
            CaseType c = pick(mix, totalWeight, rnd);
            serial++;
            String[] page = stay(c, day, serial, rnd, d, o, blood, b);
            long line = f.writeRow(page);
            rows++;
            if (last == null && line == 40) {
              // A stay typed twice in one export: the second line is rejected.
              f.writeRow(page);
              dirty.add(
                  new DirtyRow(front, line + 1, ReasonCode.DUPLICATE_KEY, "", "同一住院记录在一个文件中出现两次"));
              rows++;
              last = page;
            }
          }
        }
        String[] bad = last == null ? null : last.clone();
        if (bad != null) {
          bad[1] = bad[1] + "-X";
          bad[17] = bad[17].substring(0, 5) + "02-30 08:00"; // a day no February has
          long line = f.writeRow(bad);
          rows++;
          dirty.add(
              new DirtyRow(front, line, ReasonCode.BAD_TIMESTAMP, "admitted_at", "入院时间不是真实日期"));
        }
      }
      files.add(front);
      files.add(diag);
      files.add(ops);
    }
    return new Written(files, rows, dirty);
  }

  /** Writes one stay's diagnoses and operations; returns its front-page fields. */
  private String[] stay(
      CaseType c,
      LocalDate discharge,
      int serial,
      SplittableRandom rnd,
      CsvWriter d,
      CsvWriter o,
      BloodRecords blood,
      SplittableRandom b)
      throws IOException {
    int los = c.minLos() + rnd.nextInt(c.maxLos() - c.minLos() + 1);
    LocalDateTime discharged = discharge.atTime(9 + rnd.nextInt(8), rnd.nextInt(60));
    LocalDateTime admitted = discharge.minusDays(los).atTime(rnd.nextInt(24), rnd.nextInt(60));
    int ageDays = c.minAge() + rnd.nextInt(c.maxAge() - c.minAge() + 1);
    LocalDate birth = admitted.toLocalDate().minusDays(ageDays);
    Period age = Period.between(birth, admitted.toLocalDate());
    boolean female = c.female() || rnd.nextBoolean();
    String recordNo = String.format(Locale.ROOT, "%s%07d", discharge.getYear() % 100 + "B", serial);
    String admissionNo = String.valueOf(rnd.nextInt(10) < 8 ? 1 : 2 + rnd.nextInt(3));
    boolean newborn = ageDays <= 28;
    String id = newborn ? "" : citizenId(REGION.get(orgCode), birth, female, rnd);
    BigDecimal perDay = BigDecimal.valueOf(c.costPerDay());
    BigDecimal base = perDay.multiply(BigDecimal.valueOf(los));
    BigDecimal service = share(base, 0.10, rnd);
    BigDecimal diagnosis = share(base, 0.20, rnd);
    BigDecimal treatment = share(base, c.operation() == null ? 0.12 : 0.25, rnd);
    BigDecimal western = share(base, 0.25, rnd);
    BigDecimal antibiotics =
        western
            .multiply(BigDecimal.valueOf(0.1 + rnd.nextDouble() * 0.3))
            .setScale(2, RoundingMode.HALF_UP);
    BigDecimal chinese = share(base, 0.04, rnd);
    boolean transfused = rnd.nextDouble() < c.transfusionRate();
    int redCells = transfused ? 2 + 2 * rnd.nextInt(3) : 0;
    BigDecimal bloodFee = BigDecimal.valueOf(redCells * 220L).setScale(2);
    BigDecimal bloodProducts =
        transfused && rnd.nextBoolean() ? share(base, 0.05, rnd) : BigDecimal.ZERO.setScale(2);
    BigDecimal consumables = share(base, c.operation() == null ? 0.06 : 0.18, rnd);
    BigDecimal other = share(base, 0.02, rnd);
    BigDecimal total =
        service
            .add(diagnosis)
            .add(treatment)
            .add(western)
            .add(chinese)
            .add(bloodFee)
            .add(bloodProducts)
            .add(consumables)
            .add(other);
    String dept = c.dept();
    String[] p = new String[FRONT_HEADER.size()];
    p[0] = orgCode;
    p[1] = recordNo;
    p[2] = admissionNo;
    p[3] = String.valueOf(1 + rnd.nextInt(3));
    p[4] =
        newborn
            ? SURNAMES[rnd.nextInt(SURNAMES.length)] + "之子"
            : SURNAMES[rnd.nextInt(SURNAMES.length)] + GIVEN[rnd.nextInt(GIVEN.length)];
    p[5] = female ? "2" : "1";
    p[6] = birth.toString();
    p[7] = String.valueOf(age.getYears());
    p[8] = age.getYears() == 0 ? String.valueOf(age.toTotalMonths()) : "";
    p[9] = "中国";
    p[10] = rnd.nextInt(20) == 0 ? "0" + (2 + rnd.nextInt(8)) : "01";
    p[11] = newborn ? "99" : "01";
    p[12] = id;
    p[13] = newborn ? "" : "13" + String.format(Locale.ROOT, "%09d", rnd.nextInt(1_000_000_000));
    p[14] = newborn ? String.valueOf(2200 + rnd.nextInt(1800)) : "";
    p[15] = newborn ? String.valueOf(2100 + rnd.nextInt(1800)) : "";
    p[16] = String.valueOf(rnd.nextInt(3) == 0 ? 1 : 2);
    p[17] = TIME.format(admitted);
    p[18] = dept;
    p[19] = TIME.format(discharged);
    p[20] = dept;
    p[21] = String.valueOf(Math.max(1, ChronoUnit.DAYS.between(admitted.toLocalDate(), discharge)));
    p[22] = c.diagnosisCode();
    p[23] = c.diagnosisName();
    p[24] = "1";
    p[25] = c.externalCause() == null ? "" : c.externalCause();
    p[26] = c.pathology() == null ? "" : c.pathology();
    p[27] =
        c.pathology() == null
            ? ""
            : "BL" + discharge.getYear() + String.format(Locale.ROOT, "%05d", serial % 100000);
    p[28] = rnd.nextInt(10) == 0 ? "2" : "1";
    p[29] = String.valueOf(1 + rnd.nextInt(4));
    p[30] = rnd.nextInt(200) == 0 ? "1" : "2";
    p[31] = rnd.nextInt(50) == 0 ? "2" : "1";
    p[32] = DOCTORS[rnd.nextInt(DOCTORS.length)];
    p[33] = CODERS[rnd.nextInt(CODERS.length)];
    p[34] = discharge.plusDays(rnd.nextInt(3)).toString();
    p[35] = total.toPlainString();
    p[36] = service.toPlainString();
    p[37] = diagnosis.toPlainString();
    p[38] = treatment.toPlainString();
    p[39] = "0.00";
    p[40] = "0.00";
    p[41] = western.toPlainString();
    p[42] = antibiotics.toPlainString();
    p[43] = chinese.toPlainString();
    p[44] = bloodFee.toPlainString();
    p[45] = bloodProducts.toPlainString();
    p[46] = consumables.toPlainString();
    p[47] = other.toPlainString();
    p[48] = transfused ? redCells + ".0" : "";
    p[49] = transfused && rnd.nextBoolean() ? String.valueOf(200 * (1 + rnd.nextInt(3))) : "";
    p[50] = "";
    p[51] = "";
    p[52] = "";
    p[53] = transfused ? (rnd.nextInt(40) == 0 ? "2" : "1") : "9";
    national(p, newborn, ageDays, serial, total);
    int dirt = rnd.nextInt(12) == 0 ? rnd.nextInt(Dirt.KINDS) : -1;
    int diagnoses = 0;
    if (ageDays > 40 * 365 && rnd.nextInt(3) > 0) {
      for (int k = rnd.nextInt(3); k >= 0; k--) {
        String[] dx = CaseType.COMORBIDITIES.get(rnd.nextInt(CaseType.COMORBIDITIES.size()));
        d.writeRow(orgCode, recordNo, admissionNo, String.valueOf(++diagnoses), dx[0], dx[1], "1");
      }
    }
    LocalDateTime operatedAt = null;
    if (c.operation() != null) {
      CaseType.Op op = c.operation();
      LocalDateTime at =
          admitted
              .toLocalDate()
              .plusDays(Math.min(los - 1, 1 + rnd.nextInt(2)))
              .atTime(8 + rnd.nextInt(8), 0);
      if (at.isAfter(discharged)) {
        at = admitted.plusHours(2);
      }
      operatedAt = at;
      o.writeRow(
          orgCode,
          recordNo,
          admissionNo,
          "1",
          op.code(),
          op.name(),
          TIME.format(at),
          op.level(),
          p[32],
          dirt == Dirt.INCISION ? "II类" : op.incision(),
          rnd.nextInt(30) == 0 ? "乙" : "甲",
          dirt == Dirt.ANAESTHESIA ? "全麻" : op.anaesthesia(),
          "麻醉科" + DOCTORS[rnd.nextInt(DOCTORS.length)],
          op.elective() ? "1" : "2");
      if (op.elective() && rnd.nextInt(40) == 0) {
        String[] cx = CaseType.COMPLICATIONS.get(rnd.nextInt(CaseType.COMPLICATIONS.size()));
        d.writeRow(orgCode, recordNo, admissionNo, String.valueOf(++diagnoses), cx[0], cx[1], "4");
        p[25] = "Y83.200"; // a complication of surgery (T80–T88) has its external cause too
      }
    }
    if (blood != null) {
      blood.stay(p, c, operatedAt, b);
    }
    if (dirt >= 0) {
      Dirt.apply(dirt, p, rnd);
    }
    return p;
  }

  private static final String[] NURSES = {"张丽", "何敏", "罗婷", "邓佳"};
  private static final String[] STREETS = {"人民路", "解放路", "中山路", "建设路", "新华路", "滨江路"};
  private static final String[] OCCUPATIONS = {
    "11", "13", "17", "21", "24", "27", "51", "54", "90"
  };

  /**
   * The rest of the national fields ({@code p[54]} on): addresses in the hospital's city, the
   * contact person, wards, the outpatient diagnosis, the doctors and nurses, record quality and the
   * self-paid amount. Drawn from a stream of the stay's own, so that the other fields (and the
   * blood records that follow them) are those of a file without these columns.
   */
  private void national(String[] p, boolean newborn, int ageDays, int serial, BigDecimal total) {
    SplittableRandom x = new SplittableRandom(orgCode.hashCode() * 1_000_003L + serial);
    String[] city = city(orgCode);
    int age = ageDays / 365;
    String street =
        city[0] + city[1] + STREETS[x.nextInt(STREETS.length)] + (1 + x.nextInt(300)) + "号";
    int i = 54;
    p[i++] =
        x.nextInt(3) == 0
            ? ""
            : String.format(Locale.ROOT, "%018d", x.nextLong(1L, 999_999_999_999_999_999L));
    p[i++] = x.nextInt(5) == 0 ? "湖南省邵阳市" : city[0] + city[1]; // birthplace
    p[i++] = x.nextInt(5) == 0 ? "湖南省" : city[0]; // native place
    String occupation =
        age < 16
            ? "90"
            : age < 23 && x.nextBoolean()
                ? "31"
                : age >= 60 ? "80" : OCCUPATIONS[x.nextInt(OCCUPATIONS.length)];
    p[i++] = occupation;
    p[i++] = age < 22 ? "1" : age >= 75 && x.nextInt(3) == 0 ? "3" : x.nextInt(30) == 0 ? "4" : "2";
    p[i++] = street; // current address
    p[i++] = city[2];
    String household = x.nextInt(4) == 0 ? "湖南省邵阳市大祥区城南路" + (1 + x.nextInt(90)) + "号" : street;
    p[i++] = household;
    p[i++] = household.equals(street) ? city[2] : "422000";
    boolean works = age >= 18 && age < 60 && !occupation.equals("90") && !occupation.equals("31");
    p[i++] = works ? city[1] + (x.nextBoolean() ? "建设工程有限公司" : "商贸有限公司") : "";
    p[i++] =
        works ? city[3] + "-8" + String.format(Locale.ROOT, "%07d", x.nextInt(10_000_000)) : "";
    p[i++] = works ? city[2] : "";
    p[i++] = SURNAMES[x.nextInt(SURNAMES.length)] + GIVEN[x.nextInt(GIVEN.length)];
    p[i++] = age < 18 ? "5" : age >= 70 ? (x.nextBoolean() ? "2" : "3") : "1";
    p[i++] = street;
    p[i++] = "13" + String.format(Locale.ROOT, "%09d", x.nextInt(1_000_000_000));
    String ward = p[18] + (1 + x.nextInt(3)) + "病区";
    p[i++] = ward;
    p[i++] = ""; // no transfer between departments
    p[i++] = ward;
    p[i++] = p[22];
    p[i++] = p[23];
    p[i++] = p[26].isEmpty() ? "" : p[26].startsWith("M8140") ? "腺癌" : "平滑肌瘤";
    p[i++] = "2".equals(p[28]) ? new String[] {"青霉素", "头孢类", "磺胺类"}[x.nextInt(3)] : "";
    p[i++] = "5".equals(p[31]) ? "2" : "";
    p[i++] = DOCTORS[x.nextInt(DOCTORS.length)]; // department director
    p[i++] = DOCTORS[x.nextInt(DOCTORS.length)]; // chief physician
    p[i++] = DOCTORS[x.nextInt(DOCTORS.length)]; // resident
    p[i++] = NURSES[x.nextInt(NURSES.length)];
    p[i++] = x.nextInt(4) == 0 ? DOCTORS[x.nextInt(DOCTORS.length)] : ""; // trainee
    p[i++] = x.nextInt(3) == 0 ? "实习生" + (1 + x.nextInt(9)) : "";
    p[i++] = x.nextInt(20) == 0 ? "2" : "1";
    p[i++] = DOCTORS[x.nextInt(DOCTORS.length)];
    p[i++] = NURSES[x.nextInt(NURSES.length)];
    p[i++] = "2".equals(p[31]) ? city[1] + "第二人民医院" : "3".equals(p[31]) ? city[1] + "社区卫生服务中心" : "";
    boolean plan = !p[26].isEmpty() && p[26].endsWith("/3") && x.nextBoolean();
    p[i++] = plan ? "2" : "1";
    p[i++] = plan ? "按计划化疗" : "";
    for (int k = 0; k < 6; k++) {
      p[i++] = ""; // no brain injury with coma in the sample's case mix
    }
    p[i++] = x.nextInt(150) == 0 && !newborn ? String.valueOf(4 + x.nextInt(40)) : "";
    BigDecimal paid =
        switch (p[3]) {
          case "1" -> new BigDecimal("0.25"); // 城镇职工基本医疗保险
          case "2" -> new BigDecimal("0.40"); // 城镇居民基本医疗保险
          case "3" -> new BigDecimal("0.45"); // 新型农村合作医疗
          default -> BigDecimal.ONE;
        };
    p[i++] = total.multiply(paid).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    if (i != FRONT_HEADER.size()) {
      throw new IllegalStateException("national fields: " + i + " of " + FRONT_HEADER.size());
    }
  }

  /** Province, city, postcode and telephone area code of a sample hospital. */
  private static String[] city(String orgCode) {
    return switch (orgCode.substring(0, 4)) {
      case "4301" -> new String[] {"湖南省", "长沙市", "410000", "0731"};
      case "4408" -> new String[] {"广东省", "湛江市", "524000", "0759"};
      case "4417" -> new String[] {"广东省", "阳江市", "529500", "0662"};
      case "5101" -> new String[] {"四川省", "成都市", "611830", "028"};
      default -> new String[] {"广东省", "广州市", "510000", "020"};
    };
  }

  private static BigDecimal share(BigDecimal base, double part, SplittableRandom rnd) {
    return base.multiply(BigDecimal.valueOf(part * (0.7 + rnd.nextDouble() * 0.6)))
        .setScale(2, RoundingMode.HALF_UP);
  }

  private static CaseType pick(List<CaseType> mix, int totalWeight, SplittableRandom rnd) {
    int r = rnd.nextInt(totalWeight);
    for (CaseType c : mix) {
      r -= c.weight();
      if (r < 0) {
        return c;
      }
    }
    return mix.get(mix.size() - 1);
  }

  /** A valid GB 11643 number: region, birth date, sequence with the sex's parity, check. */
  static String citizenId(String region, LocalDate birth, boolean female, SplittableRandom rnd) {
    int seq = rnd.nextInt(500) * 2 + (female ? 0 : 1);
    String body =
        region + birth.toString().replace("-", "") + String.format(Locale.ROOT, "%03d", seq);
    int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * w[i];
    }
    return body + "10X98765432".charAt(sum % 11);
  }

  private static LocalDate quarterStart(LocalDate d) {
    return LocalDate.of(d.getYear(), ((d.getMonthValue() - 1) / 3) * 3 + 1, 1);
  }
}
