package org.baobiao.sample.internal.interfaces;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.baobiao.etl.interfaces.InterfaceCatalogKind;
import org.baobiao.etl.source.ColumnDef;
import org.baobiao.sample.internal.HospitalProfile;
import org.baobiao.sample.internal.ResourceCsv;
import org.baobiao.sample.internal.SampleCatalog;
import org.baobiao.spec.csv.CsvWriter;
import org.baobiao.spec.csv.CsvWriter.Bom;
import org.baobiao.spec.csv.CsvWriter.Cells;
import org.baobiao.spec.csv.CsvWriter.LineEnd;

/**
 * The interfaces of the seed hospitals, read and cross-checked from the generator's data: {@code
 * interfaces.csv} (the catalog and the traffic of each interface), {@code interface-incidents.csv}
 * (the planned outages, gaps and late batches), {@code interface-errors.csv} and the {@code
 * interfaces.*} keys of each hospital profile (how its log is exported).
 */
public final class InterfacePlan {

  /** The catalog columns of {@code reference/interfaces.csv}, in order. */
  public static final List<ColumnDef> CATALOG_COLUMNS = new InterfaceCatalogKind().columns();

  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  /**
   * One hospital's interfaces.
   *
   * @param orgCode organisation code
   * @param index position among the hospitals (0 = first)
   * @param style how its exchange log is exported
   * @param interfaces its interfaces, in catalog order
   * @param incidents its planned incidents, in file order
   */
  public record Hospital(
      String orgCode,
      int index,
      ExchangeStyle style,
      List<InterfaceSpec> interfaces,
      List<Incident> incidents) {

    /** Copies the lists. */
    public Hospital {
      interfaces = List.copyOf(interfaces);
      incidents = List.copyOf(incidents);
    }
  }

  private final List<Hospital> hospitals;
  private final FailureTexts failures;

  private InterfacePlan(List<Hospital> hospitals, FailureTexts failures) {
    this.hospitals = hospitals;
    this.failures = failures;
  }

  /**
   * Reads the data files for the hospitals of {@code catalog}.
   *
   * @throws IllegalStateException naming the row when a file does not fit the catalog (an unknown
   *     system, a repeated id, an incident of an unknown interface…)
   */
  public static InterfacePlan load(SampleCatalog catalog) {
    List<Map<String, String>> rows = ResourceCsv.read("interfaces.csv").records();
    List<Map<String, String>> incidentRows = ResourceCsv.read("interface-incidents.csv").records();
    List<Hospital> hospitals = new ArrayList<>();
    for (HospitalProfile profile : catalog.profiles()) {
      String org = profile.orgCode();
      List<InterfaceSpec> specs = new ArrayList<>();
      Set<String> shortCodes = new HashSet<>();
      for (Map<String, String> row : rows) {
        if (row.get("org_code").equals(org)) {
          InterfaceSpec spec = spec(specs.size(), row);
          String system = row.get("system_code");
          if (!system.isEmpty() && profile.system(system).isEmpty()) {
            throw new IllegalStateException(spec.id() + ": system " + system + " not in " + org);
          }
          if (specs.stream().anyMatch(s -> s.id().equals(spec.id()))
              || !shortCodes.add(spec.shortCode())) {
            throw new IllegalStateException(org + ": repeated interface " + spec.id());
          }
          specs.add(spec);
        }
      }
      List<Incident> incidents = new ArrayList<>();
      for (Map<String, String> row : incidentRows) {
        if (row.get("org_code").equals(org)) {
          Incident incident = incident(row);
          if (specs.stream().noneMatch(s -> s.id().equals(incident.interfaceId()))) {
            throw new IllegalStateException("incident of unknown interface " + incident);
          }
          incidents.add(incident);
        }
      }
      Properties properties = ResourceCsv.properties("profiles/" + org + ".properties");
      hospitals.add(new Hospital(org, profile.index(), style(org, properties), specs, incidents));
    }
    for (Map<String, String> row : rows) {
      if (hospitals.stream().noneMatch(h -> h.orgCode().equals(row.get("org_code")))) {
        throw new IllegalStateException("interface of unknown hospital " + row);
      }
    }
    return new InterfacePlan(List.copyOf(hospitals), FailureTexts.load());
  }

  /** The same plan with every hospital's log written in {@code layout}. */
  public InterfacePlan in(org.baobiao.sample.InterfaceLayout layout) {
    List<Hospital> converted = new ArrayList<>();
    for (Hospital h : hospitals()) {
      converted.add(
          new Hospital(
              h.orgCode(), h.index(), h.style().as(layout), h.interfaces(), h.incidents()));
    }
    return new InterfacePlan(List.copyOf(converted), failures);
  }

  /** The hospitals, in {@code hospitals.csv} order. */
  public List<Hospital> hospitals() {
    return hospitals;
  }

  /** The texts of everyday failures. */
  public FailureTexts failures() {
    return failures;
  }

  /**
   * Writes the catalog of every hospital to {@code file} ({@code reference/interfaces.csv}: UTF-8,
   * English header, the columns of {@code interfaces*.csv}).
   *
   * @return the number of data rows
   */
  public long writeCatalog(Path file) throws IOException {
    try (CsvWriter out =
        CsvWriter.open(file, StandardCharsets.UTF_8, Bom.WITHOUT, LineEnd.LF, Cells.VERBATIM)) {
      out.writeRow(CATALOG_COLUMNS.stream().map(ColumnDef::name).toArray(String[]::new));
      for (Hospital hospital : hospitals) {
        for (InterfaceSpec spec : hospital.interfaces()) {
          out.writeRow(spec.catalog().toArray(String[]::new));
        }
      }
      return out.lines() - 1;
    }
  }

  private static InterfaceSpec spec(int index, Map<String, String> row) {
    List<String> catalog = new ArrayList<>();
    for (ColumnDef column : CATALOG_COLUMNS) {
      catalog.add(row.get(column.name()));
    }
    String id = row.get("interface_id");
    if (!InterfaceCatalogKind.INTERFACE_ID.matches(id)) {
      throw new IllegalStateException("bad interface id " + id);
    }
    double batchShare = Double.parseDouble(row.get("batch_share"));
    int from = 0;
    int to = 0;
    Choice<Integer> lag = Choice.parse("1:1", Integer::valueOf);
    int recordsMin = 1;
    int recordsMax = 1;
    if (batchShare > 0) {
      String[] window = row.get("batch_window").split("-");
      from = minutes(window[0]);
      to = minutes(window[1]);
      lag = Choice.parse(row.get("batch_lag"), Integer::valueOf);
      String[] records = row.get("batch_records").split("-");
      recordsMin = Integer.parseInt(records[0]);
      recordsMax = Integer.parseInt(records[1]);
      if (from % 30 != 0 || to % 30 != 0 || to <= from || recordsMax < recordsMin) {
        throw new IllegalStateException(id + ": batch window on half hours, records min-max");
      }
    }
    return new InterfaceSpec(
        index,
        catalog,
        row.get("org_code"),
        id,
        row.get("direction"),
        date(row.get("active_from")),
        date(row.get("active_to")),
        row.get("short"),
        Integer.parseInt(row.get("per_year")),
        HourProfile.valueOf(row.get("hours")),
        batchShare,
        from,
        to,
        lag,
        recordsMin,
        recordsMax,
        Choice.parse(row.get("message_types"), s -> s),
        row.get("key_prefix"),
        Double.parseDouble(row.get("latency_ms")),
        Double.parseDouble(row.get("latency_sigma")),
        Double.parseDouble(row.get("ms_per_record")),
        Integer.parseInt(row.get("payload_bytes")),
        Double.parseDouble(row.get("failure_rate")),
        Double.parseDouble(row.get("business_time_share")),
        "Y".equals(row.get("received")));
  }

  private static Incident incident(Map<String, String> row) {
    String cause = row.get("cause");
    List<ErrorText> errors = new ArrayList<>();
    if (!row.get("error_code").isEmpty()) {
      for (String message : row.get("error_message").split("\\|")) {
        errors.add(new ErrorText(row.get("error_code"), message));
      }
    }
    String share = row.get("share");
    return new Incident(
        row.get("org_code"),
        row.get("interface_id"),
        Incident.Kind.valueOf(row.get("kind")),
        time(row.get("start")),
        time(row.get("end")),
        cause.isEmpty() ? null : ErrorCause.valueOf(cause),
        errors,
        share.isEmpty() ? 0 : Double.parseDouble(share),
        time(row.get("recovery_start")),
        time(row.get("recovery_end")));
  }

  private static ExchangeStyle style(String org, Properties p) {
    String empty = setting(org, p, "interfaces.empty");
    String numbers = setting(org, p, "interfaces.numbers");
    if (!Set.of("omit", "null").contains(empty) || !Set.of("number", "string").contains(numbers)) {
      throw new IllegalStateException(org + ": interfaces.empty omit|null, numbers number|string");
    }
    return new ExchangeStyle(
        "csv".equals(setting(org, p, "interfaces.layout")),
        Charset.forName(setting(org, p, "interfaces.charset")),
        Boolean.parseBoolean(setting(org, p, "interfaces.bom")),
        "zh".equals(setting(org, p, "interfaces.header")),
        TimeStyle.of(setting(org, p, "interfaces.time")),
        "omit".equals(empty),
        "string".equals(numbers),
        setting(org, p, "interfaces.id.prefix"));
  }

  private static String setting(String org, Properties p, String key) {
    String value = p.getProperty(key);
    if (value == null) {
      throw new IllegalStateException("profile " + org + ": missing " + key);
    }
    return value.trim();
  }

  private static int minutes(String hhmm) {
    String[] parts = hhmm.split(":");
    return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
  }

  private static LocalDate date(String text) {
    return text.isEmpty() ? null : LocalDate.parse(text);
  }

  private static LocalDateTime time(String text) {
    return text.isEmpty() ? null : LocalDateTime.parse(text, MINUTE);
  }
}
