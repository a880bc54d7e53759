package org.baobiao.reports.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.JRConditionalStyle;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRDataset;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRStyle;
import net.sf.jasperreports.engine.JRTemplate;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.xml.JRXmlTemplateLoader;
import org.baobiao.reports.catalog.ColumnSpec;
import org.baobiao.reports.catalog.ColumnType;
import org.baobiao.reports.catalog.DatasetSpec;
import org.baobiao.reports.catalog.ReportCatalog;
import org.baobiao.reports.catalog.ReportFormat;
import org.baobiao.reports.catalog.ReportSpec;
import org.junit.jupiter.api.Test;

/**
 * Every PDF layout compiles and agrees with its report.yaml: it declares the DS_/ROWS_ parameters
 * of each dataset, and each field it reads is a column of that dataset with the Java type the
 * renderer delivers. Catches a column renamed in YAML but not in the layout before a user does.
 */
class LayoutContractTest {

  /**
   * Reports whose definition and layout exist before their data does: not yet in catalog.txt (the
   * runner would offer them), but their layouts are held to the same contract.
   */
  private static final List<String> NOT_YET_LISTED = List.of("sla-compliance");

  @Test
  void everyLayoutCompilesAndMatchesItsSpec() {
    ReportCatalog catalog = ReportCatalog.loadDefault();
    for (ReportSpec spec : catalog.all()) {
      checkLayout(catalog, spec);
    }
  }

  @Test
  void layoutsOfReportsNotYetListedCompileAndMatchTheirSpecs() {
    ReportCatalog catalog =
        ReportCatalog.load(getClass().getClassLoader(), ReportCatalog.DEFAULT_ROOT, NOT_YET_LISTED);
    assertThat(catalog.all()).hasSameSizeAs(NOT_YET_LISTED);
    for (ReportSpec spec : catalog.all()) {
      checkLayout(catalog, spec);
    }
  }

  /** The sla-compliance layout prints every dataset but the per-ticket results (XLSX/CSV only). */
  @Test
  void slaComplianceLayoutReadsEveryDatasetButTheResults() {
    ReportCatalog catalog =
        ReportCatalog.load(
            getClass().getClassLoader(), ReportCatalog.DEFAULT_ROOT, List.of("sla-compliance"));
    ReportSpec spec = catalog.get("sla-compliance");
    JasperReport layout = JasperLayouts.compiled(catalog.layout(spec));
    for (DatasetSpec dataset : spec.datasets()) {
      Optional<JRDataset> sub = subDataset(layout, dataset.name());
      if (dataset.name().equals("results")) {
        assertThat(sub).as("results is not printed").isEmpty();
      } else {
        assertThat(sub).as(dataset.name()).isPresent();
        assertThat(sub.get().getFields()).as(dataset.name()).hasSameSizeAs(dataset.columns());
      }
    }
  }

  /**
   * The obligation table's cells set a missed period (未履行) apart: red text on a red band, the 结论 in
   * bold, read from the status_label column of the obligations dataset.
   */
  @Test
  void slaComplianceLayoutEmphasisesMissedObligations() {
    ReportCatalog catalog =
        ReportCatalog.load(
            getClass().getClassLoader(), ReportCatalog.DEFAULT_ROOT, List.of("sla-compliance"));
    ReportSpec spec = catalog.get("sla-compliance");
    assertThat(spec.dataset("obligations").orElseThrow().indexOf("status_label")).isNotNegative();
    JasperReport layout = JasperLayouts.compiled(catalog.layout(spec));
    Map<String, JRStyle> styles =
        Arrays.stream(layout.getStyles())
            .collect(Collectors.toMap(JRStyle::getName, Function.identity()));
    for (String name : List.of("TDObligation", "TDObligationStatus")) {
      JRConditionalStyle missed =
          Arrays.stream(styles.get(name).getConditionalStyles())
              .filter(c -> c.getConditionExpression().getText().contains("\"未履行\""))
              .findFirst()
              .orElseThrow();
      assertThat(missed.getConditionExpression().getText()).as(name).contains("status_label");
      assertThat(missed.getForecolor()).as(name).isEqualTo(new Color(0xC0, 0x00, 0x00));
      assertThat(missed.isOwnBold())
          .as(name)
          .isEqualTo(name.equals("TDObligationStatus") ? true : null);
    }
  }

  /**
   * Every layout takes the shared styles from reports/styles.jrtx and copies none of them: a style
   * changed there changes every report.
   */
  @Test
  void everyLayoutUsesTheSharedStylesAndCopiesNone() {
    JRTemplate shared =
        JRXmlTemplateLoader.load(getClass().getClassLoader().getResource("reports/styles.jrtx"));
    List<String> sharedNames = Arrays.stream(shared.getStyles()).map(JRStyle::getName).toList();
    assertThat(sharedNames).contains("Base", "Title", "Section", "TH", "Cell");
    List<String> ids =
        new ArrayList<>(ReportCatalog.loadDefault().all().stream().map(ReportSpec::id).toList());
    ids.addAll(NOT_YET_LISTED);
    ReportCatalog catalog =
        ReportCatalog.load(getClass().getClassLoader(), ReportCatalog.DEFAULT_ROOT, ids);
    for (ReportSpec spec : catalog.all()) {
      JasperReport layout = JasperLayouts.compiled(catalog.layout(spec));
      assertThat(layout.getTemplates())
          .as(spec.id())
          .extracting(t -> t.getSourceExpression().getText())
          .containsExactly("\"reports/styles.jrtx\"");
      assertThat(Arrays.stream(layout.getStyles()).map(JRStyle::getName))
          .as("%s defines no shared style itself", spec.id())
          .doesNotContainAnyElementsOf(sharedNames);
    }
  }

  private static void checkLayout(ReportCatalog catalog, ReportSpec spec) {
    if (!spec.formats().contains(ReportFormat.PDF)) {
      return;
    }
    JasperReport layout = JasperLayouts.compiled(catalog.layout(spec));
    Map<String, JRParameter> parameters =
        Arrays.stream(layout.getParameters())
            .collect(Collectors.toMap(JRParameter::getName, Function.identity()));
    assertThat(parameters.get("DS_INDICATORS").getValueClass()).isEqualTo(JRDataSource.class);
    for (DatasetSpec dataset : spec.datasets()) {
      String where = spec.id() + " " + dataset.name();
      assertThat(parameters).as(where).containsKeys("DS_" + dataset.name());
      assertThat(parameters.get("DS_" + dataset.name()).getValueClass())
          .isEqualTo(JRDataSource.class);
      assertThat(parameters.get("ROWS_" + dataset.name()).getValueClass())
          .as(where)
          .isEqualTo(Integer.class);
      subDataset(layout, dataset.name()).ifPresent(sub -> checkFields(where, sub, dataset));
    }
  }

  private static void checkFields(String where, JRDataset sub, DatasetSpec dataset) {
    for (JRField field : sub.getFields()) {
      int index = dataset.indexOf(field.getName());
      assertThat(index).as("%s: field %s is a column", where, field.getName()).isNotNegative();
      ColumnSpec column = dataset.columns().get(index);
      assertThat(field.getValueClass())
          .as("%s: class of field %s", where, field.getName())
          .isEqualTo(javaClass(column.type()));
    }
  }

  private static Optional<JRDataset> subDataset(JasperReport layout, String name) {
    JRDataset[] datasets = layout.getDatasets();
    return datasets == null
        ? Optional.empty()
        : Arrays.stream(datasets).filter(d -> d.getName().equals(name)).findFirst();
  }

  private static Class<?> javaClass(ColumnType type) {
    return switch (type) {
      case TEXT -> String.class;
      case INTEGER -> Long.class;
      case DECIMAL, PERCENT -> BigDecimal.class;
      case DATE, TIMESTAMP -> java.util.Date.class;
    };
  }
}
