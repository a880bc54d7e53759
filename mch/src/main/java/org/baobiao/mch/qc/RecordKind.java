package org.baobiao.mch.qc;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.baobiao.etl.load.Field;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.PersonalFields;
import org.baobiao.etl.load.TabularKind;
import org.baobiao.etl.mch.BirthDefectKinds;
import org.baobiao.etl.mch.ChildKinds;
import org.baobiao.etl.mch.MaternalKinds;
import org.baobiao.etl.mch.PremaritalKinds;
import org.baobiao.etl.mch.ThalKinds;

/**
 * A kind of MCH record the quality rules can check: one warehouse table of the {@code mch} domain
 * (docs/formats.md), its record id, the date that places a record in a period, its Chinese title,
 * its columns with their Chinese names, and how its personal columns are masked. Built from the
 * file kinds of the etl module, so a rule can name only columns that are loaded.
 *
 * @param table the warehouse table, e.g. {@code mch_births}
 * @param title what users call these records, e.g. 分娩及出生
 * @param key the record's id column
 * @param date the date column that places the record in a period
 * @param fields the columns, by name, with their Chinese names and types
 * @param personal the personal columns and their masking
 */
public record RecordKind(
    String table,
    String title,
    String key,
    String date,
    Map<String, Field> fields,
    PersonalFields personal) {

  /** The date that places a record in a statistical period, and the title, per table. */
  private static final Map<String, String[]> PLACED =
      Map.ofEntries(
          Map.entry("mch_registrations", new String[] {"registered_on", "孕产妇建册"}),
          Map.entry("mch_antenatal_visits", new String[] {"visited_on", "产前检查"}),
          Map.entry("mch_births", new String[] {"delivered_on", "分娩及出生"}),
          Map.entry("mch_postpartum_visits", new String[] {"visited_on", "产后访视"}),
          Map.entry("mch_risk_assessments", new String[] {"assessed_on", "妊娠风险评估"}),
          Map.entry("mch_infection_tests", new String[] {"tested_on", "艾滋病梅毒乙肝检测"}),
          Map.entry("mch_prenatal_screenings", new String[] {"performed_on", "产前筛查与产前诊断"}),
          Map.entry("mch_maternal_deaths", new String[] {"died_on", "孕产妇死亡"}),
          Map.entry("mch_children", new String[] {"registered_on", "儿童保健档案"}),
          Map.entry("mch_newborn_visits", new String[] {"visited_on", "新生儿访视"}),
          Map.entry("mch_child_checks", new String[] {"checked_on", "儿童健康检查"}),
          Map.entry("mch_newborn_screenings", new String[] {"sampled_on", "新生儿疾病筛查"}),
          Map.entry("mch_hearing_screenings", new String[] {"screened_on", "新生儿听力筛查"}),
          Map.entry("mch_child_deaths", new String[] {"died_on", "5岁以下儿童死亡"}),
          Map.entry("mch_defect_cards", new String[] {"born_on", "出生缺陷儿登记卡"}),
          Map.entry("thal_screenings", new String[] {"screened_on", "地贫筛查"}),
          Map.entry("thal_gene_tests", new String[] {"tested_on", "地贫基因检测"}),
          Map.entry("thal_couples", new String[] {"registered_on", "地贫筛查夫妇"}),
          Map.entry("thal_pregnancies", new String[] {"found_on", "高风险夫妇妊娠"}),
          Map.entry("thal_prenatal_diagnoses", new String[] {"sampled_on", "地贫产前诊断"}),
          Map.entry("mch_premarital_checks", new String[] {"checked_on", "婚前医学检查"}),
          Map.entry("mch_preconception_checks", new String[] {"checked_on", "孕前优生健康检查"}));

  private static final Map<String, RecordKind> ALL = load();

  public RecordKind {
    requireNonNull(table, "table is null");
    requireNonNull(title, "title is null");
    requireNonNull(key, "key is null");
    requireNonNull(date, "date is null");
    fields = Map.copyOf(fields);
    requireNonNull(personal, "personal is null");
  }

  /** The kinds, by table name, in the etl module's load order. */
  public static Map<String, RecordKind> all() {
    return ALL;
  }

  /** The kind of {@code table}, or null when it is not an MCH record table. */
  public static RecordKind of(String table) {
    return ALL.get(table);
  }

  /** Whether {@code column} is a column of this kind. */
  public boolean has(String column) {
    return fields.containsKey(column);
  }

  /** The Chinese name of a column (its name when unknown). */
  public String label(String column) {
    Field f = fields.get(column);
    return f == null ? column : f.alias();
  }

  /** Whether a column holds text (compared as text, empty means missing). */
  public boolean isText(String column) {
    Field f = fields.get(column);
    return f != null
        && (f.type() == Field.Type.TEXT
            || f.type() == Field.Type.ID
            || f.type() == Field.Type.CODE
            || f.type() == Field.Type.FLAG);
  }

  /** {@code value} masked when {@code column} is personal. */
  public String mask(String column, String value) {
    return value == null ? null : personal.mask(column, value);
  }

  private static Map<String, RecordKind> load() {
    Map<String, RecordKind> out = new LinkedHashMap<>();
    for (FileKind k :
        Stream.of(
                MaternalKinds.all(),
                ChildKinds.all(),
                BirthDefectKinds.all(),
                ThalKinds.all(),
                PremaritalKinds.all())
            .flatMap(List::stream)
            .toList()) {
      String[] placed = PLACED.get(k.name());
      if (placed == null || !(k instanceof TabularKind t)) {
        continue;
      }
      Map<String, Field> fields = new LinkedHashMap<>();
      for (Field f : t.fields()) {
        fields.put(f.name(), f);
      }
      List<String> keys = k.keyColumns();
      out.put(
          k.name(),
          new RecordKind(
              k.name(),
              placed[1],
              keys.get(keys.size() - 1),
              placed[0],
              fields,
              k.personalFields()));
    }
    return out;
  }
}
