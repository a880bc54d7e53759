package org.baobiao.reports.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.baobiao.spec.SpecException;
import org.baobiao.spec.SpecProblem;
import org.baobiao.spec.SpecProblem.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportCatalogTest {
  private static final ClassLoader LOADER = ReportCatalogTest.class.getClassLoader();
  private static final String FIXTURES = "catalog-fixtures";

  /** Every report listed in reports/catalog.txt loads, validates and has its files. */
  @Test
  void everyBundledReportIsValid() throws IOException {
    ReportCatalog catalog = ReportCatalog.loadDefault();

    assertThat(catalog.all()).extracting(ReportSpec::id).containsExactlyElementsOf(indexedIds());
    for (ReportSpec spec : catalog.all()) {
      for (DatasetSpec dataset : spec.datasets()) {
        assertThat(catalog.readQuery(spec, dataset))
            .as("%s %s", spec.id(), dataset.query())
            .isNotBlank();
      }
      if (spec.formats().contains(ReportFormat.PDF)) {
        assertThat(catalog.layout(spec)).as("%s layout", spec.id()).isNotNull();
      }
    }
  }

  @Test
  void loadsOpsMonthly() {
    ReportSpec spec = ReportCatalog.loadDefault().get("ops-monthly");

    assertThat(spec.title()).isEqualTo("运维工单月报");
    assertThat(spec.version()).isEqualTo(1);
    assertThat(spec.formats())
        .containsExactly(ReportFormat.PDF, ReportFormat.XLSX, ReportFormat.CSV);
    assertThat(spec.layout()).isEqualTo("layout.jrxml");
    assertThat(spec.parameter("period").orElseThrow().granularities())
        .containsExactly("month", "quarter", "year");
    assertThat(spec.parameter("period").orElseThrow().scheduled()).containsExactly("month");
    assertThat(spec.datasets())
        .extracting(DatasetSpec::name)
        .containsExactly("summary", "by_severity", "by_channel", "by_system", "daily", "backlog");
    ColumnSpec share = spec.dataset("by_severity").orElseThrow().columns().get(3);
    assertThat(share).isEqualTo(new ColumnSpec("share", "占比", ColumnType.PERCENT, "%", 1, 10));
    ColumnSpec severity = spec.dataset("by_severity").orElseThrow().columns().get(0);
    assertThat(severity.scale()).as("scale defaults to 0").isZero();
    assertThat(spec.indicators()).isNotEmpty();
  }

  @Test
  void readsTheSqlOfADataset() {
    ReportCatalog catalog = ReportCatalog.loadDefault();
    ReportSpec spec = catalog.get("ops-monthly");

    assertThat(catalog.readQuery(spec, spec.dataset("summary").orElseThrow())).contains("SELECT");
    assertThat(catalog.resourcePath(spec, "summary.sql"))
        .isEqualTo("reports/ops-monthly/summary.sql");
  }

  @Test
  void aQueryIncludesASqlFragmentOfItsFolder() {
    ReportCatalog catalog = ReportCatalog.load(LOADER, FIXTURES, List.of("include-fragment"));
    ReportSpec spec = catalog.get("include-fragment");

    assertThat(catalog.readQuery(spec, spec.dataset("shared").orElseThrow()))
        .isEqualTo(
            "-- uses the fragment\nWITH -- the fragment\nf AS (SELECT 1 AS n)\nSELECT n FROM f\n");
    assertThatThrownBy(() -> catalog.readQuery(spec, spec.dataset("missing").orElseThrow()))
        .hasMessageContaining("catalog-fixtures/include-fragment/missing.sql")
        .hasMessageContaining("SQL 片段不存在: catalog-fixtures/include-fragment/no_such_fragment.sql");
    assertThatThrownBy(() -> catalog.readQuery(spec, spec.dataset("nested").orElseThrow()))
        .hasMessageContaining("SQL 片段 catalog-fixtures/include-fragment/nesting.sql 不能再引用其他片段");
  }

  @Test
  void findsNothingForAnUnknownId() {
    ReportCatalog catalog = ReportCatalog.loadDefault();

    assertThat(catalog.find("no-such-report")).isEmpty();
    assertThatThrownBy(() -> catalog.get("no-such-report"))
        .hasMessageContaining("no-such-report")
        .hasMessageContaining("ops-monthly");
  }

  @Test
  void readsAChoiceParameterWithItsValuesAndDefault() {
    ParameterSpec severity =
        ReportCatalog.loadDefault().get("major-fault").parameter("severity").orElseThrow();

    assertThat(severity.type()).isEqualTo(ParameterType.CHOICE);
    assertThat(severity.defaultValue()).isEqualTo("1");
    assertThat(severity.choices())
        .containsExactly(
            new ParameterSpec.Choice("1", "仅一级故障"), new ParameterSpec.Choice("2", "一级和二级故障"));
    assertThat(severity.choice("2")).map(ParameterSpec.Choice::label).contains("一级和二级故障");
    assertThat(severity.choice("3")).isEmpty();
  }

  @Test
  void appliesWidthAndScaleDefaults() {
    ReportSpec spec = load("valid-defaults").get("valid-defaults");

    List<ColumnSpec> columns = spec.datasets().get(0).columns();
    assertThat(columns.get(0).width()).as("short label: at least 8").isEqualTo(8);
    assertThat(columns.get(1).width()).as("9 characters × 2").isEqualTo(18);
    assertThat(columns.get(2).width()).as("given").isEqualTo(9);
    assertThat(columns).extracting(ColumnSpec::scale).containsExactly(0, 0, 1);
    assertThat(spec.formats()).containsExactly(ReportFormat.CSV, ReportFormat.XLSX);
    assertThat(spec.version()).isEqualTo(2);
    assertThat(spec.layout()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          bad-column-type         | UNKNOWN_VALUE | datasets[1].columns[1].type | 'INTEGR' 不是以下之一: TEXT, INTEGER, DECIMAL, PERCENT, DATE, TIMESTAMP
          id-mismatch             | ID_MISMATCH   | id                          | 'some-other-report' 与所在文件夹名 'id-mismatch' 不一致
          duplicate-dataset       | DUPLICATE     | datasets[1].name            | 数据集名 'first' 重复
          missing-query           | FILE_MISSING  | datasets[0].query           | 文件 catalog-fixtures/missing-query/not_written_yet.sql 不存在
          missing-layout          | FILE_MISSING  | layout                      | 文件 catalog-fixtures/missing-layout/layout.jrxml 不存在
          indicator-missing-field | MISSING       | indicators[1].source        | 缺少必填字段
          unknown-field           | UNKNOWN_FIELD | datasets[0].columns[0].widht | 未知字段（拼写错误？）
          scheduled-outside       | INVALID       | parameters[0].scheduled     | scheduled [year] 须是 granularities [month, quarter] 中的粒度
          choice-bad-default      | INVALID       | parameters[1].default       | 默认值 '3' 不在 choices 中；可选: [1, 2]
          choice-without-choices  | MISSING       | parameters[0].choices       | CHOICE 类型的参数必须给出 choices（可选值列表）
          choice-bad-value        | INVALID       | parameters[0].choices[1].value | 选项值 '1 or 2' 只能由字母、数字、下划线和连字符组成（1-32 个字符）
          choices-on-period       | INVALID       | parameters[0].choices       | 只有 CHOICE 类型的参数可以设置 choices
          """)
  void namesFileAndFieldOfEachProblem(String id, Code code, String field, String message) {
    String file = FIXTURES + "/" + id + "/report.yaml";

    assertThatThrownBy(() -> load(id))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining(" " + field + ": " + message)
        .satisfies(
            e ->
                assertThat(((SpecException) e).problems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.code()).isEqualTo(code);
                          assertThat(p.file()).isEqualTo(file);
                          assertThat(p.field()).isEqualTo(field);
                          assertThat(p.line()).isPositive();
                          assertThat(p.column()).isPositive();
                          assertThat(p.toString())
                              .startsWith(file + ":" + p.line() + ":" + p.column() + " " + field);
                        }));
  }

  @Test
  void aMisspelledKeyNamesLineColumnAndTheKeyItProbablyMeant() {
    assertThatThrownBy(() -> load("unknown-field"))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining(
            FIXTURES
                + "/unknown-field/report.yaml:11:41 datasets[0].columns[0].widht: "
                + "未知字段（拼写错误？）是否应为 'width'？可用字段: name, label, type, unit, scale, width");
  }

  @Test
  void reportsYamlSyntaxErrorsWithLineAndColumn() {
    assertThatThrownBy(() -> load("yaml-syntax"))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining(FIXTURES + "/yaml-syntax/report.yaml:")
        .hasMessageContaining("YAML 语法错误")
        .satisfies(
            e ->
                assertThat(((SpecException) e).problems())
                    .extracting(SpecProblem::code)
                    .containsExactly(Code.SYNTAX));
  }

  @Test
  void reportsEveryProblemOfTheIndexAtOnce() {
    assertThatThrownBy(() -> ReportCatalog.load(LOADER, FIXTURES))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("报表定义有 2 处错误")
        .hasMessageContaining(FIXTURES + "/catalog.txt:5: 报表 'valid-defaults' 重复列出")
        .hasMessageContaining(FIXTURES + "/missing-folder/report.yaml: 文件不存在");
  }

  @Test
  void failsWhenTheIndexIsMissing() {
    assertThatThrownBy(() -> ReportCatalog.load(LOADER, "no-such-root"))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("no-such-root/catalog.txt: 索引文件不存在");
  }

  private static ReportCatalog load(String id) {
    return ReportCatalog.load(LOADER, FIXTURES, List.of(id));
  }

  private static List<String> indexedIds() throws IOException {
    try (InputStream in = LOADER.getResourceAsStream("reports/catalog.txt")) {
      assertThat(in).as("reports/catalog.txt").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    }
  }
}
