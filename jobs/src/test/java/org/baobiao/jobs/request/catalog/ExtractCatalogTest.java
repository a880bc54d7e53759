package org.baobiao.jobs.request.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
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
            "medrec-front-pages", "blood-transfusions", "tickets", "interface-exchanges");
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
    assertThat(catalog.all()).hasSize(5);
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
}
