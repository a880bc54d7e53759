package org.baobiao.jobs.request.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.baobiao.spec.SpecException;
import org.baobiao.spec.SpecProblem;
import org.baobiao.spec.config.ConfigFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extraction catalog: the bundled extracts, a folder extract, and a broken one's problems. */
class ExtractCatalogTest {
  @TempDir Path dir;

  @Test
  void theBundledExtractsLoadWithTheirClassesAndFilters() {
    ExtractCatalog catalog = ExtractCatalog.load(ConfigFolder.none());
    assertThat(catalog.all())
        .extracting(ExtractSpec::id)
        .containsExactly(
            "medrec-front-pages",
            "blood-transfusions",
            "tickets",
            "interface-exchanges",
            "medrec-diagnosis-counts",
            "thal-screening",
            "thal-couples",
            "mch-maternal-records");
    ExtractSpec pages = catalog.get("medrec-front-pages").orElseThrow();
    assertThat(pages.field("id_number").orElseThrow())
        .extracting(ExtractField::fieldClass, ExtractField::masking)
        .containsExactly(FieldClass.SENSITIVE, Masking.ID_NUMBER);
    assertThat(pages.field("current_address").orElseThrow().masking()).isEqualTo(Masking.ADDRESS);
    assertThat(pages.field("record_no").orElseThrow().masking()).isEqualTo(Masking.PSEUDONYM);
    assertThat(pages.filters())
        .containsEntry(FilterKind.PERIOD, "discharged_at")
        .containsEntry(FilterKind.CODE_PREFIX, "main_diagnosis_code");
    assertThat(pages.sql()).contains("FROM medrec_front_pages f");
    assertThat(catalog.get("interface-exchanges").orElseThrow().filters())
        .doesNotContainKey(FilterKind.DEPARTMENT);
  }

  @Test
  void aFolderExtractAddsToTheCatalog() throws Exception {
    Path extracts = Files.createDirectories(dir.resolve("extracts"));
    Files.writeString(
        extracts.resolve("wards.yaml"),
        "id: wards\nversion: 2\ntitle: 病区\ndomain: medrec\ndataset: wards.sql\n"
            + "fields:\n  - {name: discharge_ward, label: 出院病区, class: internal}\n"
            + "filters:\n  hospital: org_code\n");
    Files.writeString(
        extracts.resolve("wards.sql"),
        "-- wards\nSELECT org_code, discharge_ward FROM medrec_front_pages\n");
    ExtractCatalog catalog = ExtractCatalog.load(ConfigFolder.at(dir));
    assertThat(catalog.get("wards").orElseThrow().version()).isEqualTo(2);
    assertThat(catalog.all()).hasSize(9);
  }

  @Test
  void aBrokenExtractNamesFileLineAndFieldInChinese() throws Exception {
    Path extracts = Files.createDirectories(dir.resolve("extracts"));
    Path file = extracts.resolve("bad.yaml");
    Files.writeString(
        file,
        "id: bad\nversion: 1\ntitle: 坏\ndomain: medrec\ndataset: missing.sql\n"
            + "fields:\n"
            + "  - {name: patient_name, label: 姓名, class: personal}\n"
            + "  - {name: phone, label: 电话, class: secret, mask: phone}\n"
            + "filters:\n  period: discharged_at\n  ward: discharge_ward\n"
            + "colour: red\n");
    assertThatThrownBy(() -> ExtractCatalog.load(ConfigFolder.at(dir)))
        .isInstanceOf(SpecException.class)
        .satisfies(
            e -> {
              assertThat(((SpecException) e).problems())
                  .extracting(SpecProblem::toString)
                  .anySatisfy(
                      p -> assertThat(p).contains(file + ":5").contains("数据集文件 missing.sql 不存在"))
                  .anySatisfy(
                      p ->
                          assertThat(p)
                              .contains(":7")
                              .contains("fields[0].mask")
                              .contains("个人信息字段须给出脱敏方式"))
                  .anySatisfy(
                      p ->
                          assertThat(p)
                              .contains(":8")
                              .contains("'secret' 不是以下之一: public, internal, personal, sensitive"))
                  .anySatisfy(
                      p -> assertThat(p).contains(":11").contains("filters.ward").contains("未知字段"))
                  .anySatisfy(
                      p -> assertThat(p).contains(":12").contains("colour").contains("未知字段"));
            });
  }

  @Test
  void diagnosisFieldsNameTheBundledSensitiveList() {
    ExtractSpec pages = ExtractCatalog.load(ConfigFolder.none()).get("medrec-front-pages").get();
    CodeList list = pages.field("main_diagnosis_code").orElseThrow().sensitiveCodes();
    assertThat(list.id()).isEqualTo("sensitive-diagnoses");
    assertThat(pages.field("other_diagnosis_codes").orElseThrow().sensitiveCodes()).isSameAs(list);
    assertThat(pages.field("main_diagnosis_name").orElseThrow().codesColumn())
        .isEqualTo("main_diagnosis_code");
    assertThat(pages.field("main_diagnosis_code").orElseThrow().fieldClass())
        .isEqualTo(FieldClass.INTERNAL);
    // HIV disease and status, syphilis, schizophrenia and mood disorders, the pregnancy codes.
    assertThat(List.of("B20.000", "b24", "Z21.x00", "R75", "O98.700", "A51.000", "A53.9", "F20.0"))
        .allMatch(list::holds);
    assertThat(List.of("F39.x00", "F32.900x001")).allMatch(list::holds);
    // Neighbours stay: B19 (viral hepatitis), B25, A54 (gonorrhoea), F10, F40, O98.1? no: syphilis.
    assertThat(List.of("B19.900", "B25.0", "A54.0", "F10.2", "F40.0", "O98.0", "Z20.6", "", "K80"))
        .noneMatch(list::holds);
    assertThat(list.holds("O98.100")).isTrue();
    assertThat(list.meeting("B2")).extracting(CodeList.Range::text).containsExactly("B20-B24");
    assertThat(list.meeting("F")).hasSize(2);
    assertThat(list.meeting("K80")).isEmpty();
  }

  @Test
  void aFolderCodeListReplacesTheBundledOneAndItsProblemsNameFileLineAndField() throws Exception {
    Path lists = Files.createDirectories(dir.resolve("code-lists"));
    Files.writeString(
        lists.resolve("sensitive-diagnoses.yaml"),
        "id: sensitive-diagnoses\nversion: 2\ntitle: 敏感诊断（本院）\nmasked_as: 已屏蔽\n"
            + "codes:\n  - {codes: B20-B24, title: HIV病}\n  - {codes: F00-F99, title: 精神和行为障碍}\n");
    ExtractSpec pages = ExtractCatalog.load(ConfigFolder.at(dir)).get("medrec-front-pages").get();
    CodeList mine = pages.field("main_diagnosis_code").orElseThrow().sensitiveCodes();
    assertThat(mine.version()).isEqualTo(2);
    assertThat(mine.holds("F10.2")).isTrue();
    assertThat(mine.holds("A51.0")).isFalse();

    Path bad = lists.resolve("bad.yaml");
    Files.writeString(
        bad,
        "id: bad\nversion: 1\ntitle: 坏\nmasked_as: x\n"
            + "codes:\n  - {codes: B24-B20, title: 反了}\n  - {codes: HIV, title: 不是编码}\n");
    assertThatThrownBy(() -> ExtractCatalog.load(ConfigFolder.at(dir)))
        .isInstanceOf(SpecException.class)
        .satisfies(
            e ->
                assertThat(((SpecException) e).problems())
                    .extracting(SpecProblem::toString)
                    .anySatisfy(p -> assertThat(p).contains(bad + ":6").contains("codes[0].codes"))
                    .anySatisfy(
                        p -> assertThat(p).contains(bad + ":7").contains("应为 ICD-10 类目或编码")));
  }

  @Test
  void anAggregateExtractHasCountsAndAThresholdOfAtLeastFive() throws Exception {
    ExtractSpec counts =
        ExtractCatalog.load(ConfigFolder.none()).get("medrec-diagnosis-counts").orElseThrow();
    assertThat(counts.isAggregate()).isTrue();
    assertThat(counts.aggregate().suppressBelow()).isEqualTo(5);
    assertThat(counts.aggregate().counts())
        .extracting(Aggregate.Count::name, Aggregate.Count::of)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("discharges", Aggregate.Of.ROWS),
            org.assertj.core.groups.Tuple.tuple("patients", Aggregate.Of.PEOPLE));

    Path extracts = Files.createDirectories(dir.resolve("extracts"));
    Path file = extracts.resolve("few.yaml");
    Files.writeString(
        file,
        "id: few\nversion: 1\ntitle: 少\ndomain: medrec\nkind: aggregate\ndataset: few.sql\n"
            + "people: person_key\nsuppress_below: 3\n"
            + "fields:\n  - {name: patient_name, label: 姓名, class: personal, mask: name}\n"
            + "counts:\n  - {name: stays, label: 人次, of: rows}\n");
    Files.writeString(extracts.resolve("few.sql"), "SELECT 1 AS x\n");
    assertThatThrownBy(() -> ExtractCatalog.load(ConfigFolder.at(dir)))
        .isInstanceOf(SpecException.class)
        .satisfies(
            e ->
                assertThat(((SpecException) e).problems())
                    .extracting(SpecProblem::toString)
                    .anySatisfy(p -> assertThat(p).contains(file + ":8").contains("suppress_below"))
                    .anySatisfy(
                        p ->
                            assertThat(p)
                                .contains(file + ":10")
                                .contains("汇总提取的分组字段只能是 public 或 internal")));
  }
}
