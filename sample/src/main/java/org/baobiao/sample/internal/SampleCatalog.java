package org.baobiao.sample.internal;

import java.nio.charset.Charset;
import java.time.DayOfWeek;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;

/**
 * The generator's data: reference tables, hospital profiles, note texts and the holiday calendar,
 * all read from resources under {@code org/baobiao/sample/}.
 *
 * @param hospitals {@code hospitals.csv} as written
 * @param contracts {@code contracts.csv} as written
 * @param systems {@code systems.csv} including the simulation columns
 * @param profiles one profile per hospital, in {@code hospitals.csv} order
 * @param notes note texts
 * @param holidays working calendar
 */
public record SampleCatalog(
    ResourceCsv hospitals,
    ResourceCsv contracts,
    ResourceCsv systems,
    List<HospitalProfile> profiles,
    Notes notes,
    WorkingCalendar holidays) {

  /** Columns of the written {@code systems.csv}; the resource has more. */
  public static final List<String> SYSTEM_COLUMNS =
      List.of("org_code", "system_code", "name", "category", "contract_id");

  /** Loads and cross-checks all resources. */
  public static SampleCatalog load() {
    ResourceCsv hospitals = ResourceCsv.read("hospitals.csv");
    ResourceCsv contracts = ResourceCsv.read("contracts.csv");
    ResourceCsv systems = ResourceCsv.read("systems.csv");
    List<Map<String, String>> systemRecords = systems.records();
    List<HospitalProfile> profiles = new ArrayList<>();
    for (Map<String, String> hospital : hospitals.records()) {
      String orgCode = hospital.get("org_code");
      List<MaintainedSystem> own = new ArrayList<>();
      for (Map<String, String> record : systemRecords) {
        if (record.get("org_code").equals(orgCode)) {
          own.add(system(record));
        }
      }
      Properties properties = ResourceCsv.properties("profiles/" + orgCode + ".properties");
      profiles.add(profile(profiles.size(), orgCode, new Settings(orgCode, properties), own));
    }
    return new SampleCatalog(
        hospitals, contracts, systems, List.copyOf(profiles), Notes.load(), WorkingCalendar.load());
  }

  private static MaintainedSystem system(Map<String, String> record) {
    return new MaintainedSystem(
        record.get("org_code"),
        record.get("system_code"),
        record.get("name"),
        record.get("category"),
        record.get("contract_id"),
        Double.parseDouble(record.get("weight")),
        "Y".equals(record.get("critical")),
        Arrays.asList(record.get("departments").split("\\|")));
  }

  private static HospitalProfile profile(
      int index, String orgCode, Settings settings, List<MaintainedSystem> systems) {
    ExportStyle export =
        new ExportStyle(
            Charset.forName(settings.text("export.charset")),
            settings.flag("export.bom"),
            "zh".equals(settings.text("export.header")),
            DateTimeFormatter.ofPattern(settings.text("export.time.format"), Locale.ROOT),
            settings.flag("export.repeat.attributes"),
            settings.text("ticket.format"));
    Set<DayOfWeek> onsiteDays = EnumSet.noneOf(DayOfWeek.class);
    for (String day : settings.list("onsite.channel.days")) {
      onsiteDays.add(DayOfWeek.valueOf(day));
    }
    List<Workload.Inspection> inspections = new ArrayList<>();
    for (String item : settings.list("inspections")) {
      String[] parts = item.split("@");
      inspections.add(new Workload.Inspection(MonthDay.parse("--" + parts[0]), parts[1]));
    }
    Workload workload =
        new Workload(
            Integer.parseInt(settings.text("tickets.per.year")),
            settings.weighted("channels", Channel::valueOf),
            onsiteDays,
            settings.weighted("severity", Integer::valueOf),
            settings.weighted("categories", ServiceCategory::valueOf),
            inspections,
            Channel.valueOf(settings.text("inspection.channel")));
    ServiceLevel service =
        new ServiceLevel(
            ServiceWindow.parse(settings.text("service.days"), settings.text("service.hours")),
            settings.number("response.goal.in.minutes"),
            settings.number("response.goal.out.minutes"),
            settings.flag("response.defer.out.of.hours"),
            settings.number("response.breach.rate"),
            settings.bySeverity("onsite.probability"),
            settings.bySeverity("onsite.goal.in.minutes"),
            settings.bySeverity("onsite.goal.out.minutes"));
    return new HospitalProfile(
        index,
        orgCode,
        settings.text("landline"),
        settings.list("engineers"),
        export,
        workload,
        service,
        systems,
        ActivityPlan.parse(settings));
  }

  /** Typed access to one profile's properties, failing with the key on a bad value. */
  record Settings(String orgCode, Properties properties) {

    String text(String key) {
      String value = properties.getProperty(key);
      if (value == null) {
        throw new IllegalStateException("profile " + orgCode + ": missing " + key);
      }
      return value.trim();
    }

    String text(String key, String fallback) {
      return properties.containsKey(key) ? text(key) : fallback;
    }

    List<String> listOrEmpty(String key) {
      return properties.containsKey(key) ? list(key) : List.of();
    }

    boolean flag(String key) {
      return Boolean.parseBoolean(text(key));
    }

    double number(String key) {
      return Double.parseDouble(text(key));
    }

    List<String> list(String key) {
      String value = text(key);
      return value.isEmpty() ? List.of() : Arrays.asList(value.split("\\s*,\\s*"));
    }

    <T> Weighted<T> weighted(String key, Function<String, T> parse) {
      List<T> items = new ArrayList<>();
      List<Double> weights = new ArrayList<>();
      for (String entry : list(key)) {
        String[] parts = entry.split(":");
        items.add(parse.apply(parts[0]));
        weights.add(Double.parseDouble(parts[1]));
      }
      return Weighted.of(items, item -> weights.get(items.indexOf(item)));
    }

    double[] bySeverity(String key) {
      double[] values = new double[3];
      for (String entry : list(key)) {
        String[] parts = entry.split(":");
        values[Integer.parseInt(parts[0]) - 1] = Double.parseDouble(parts[1]);
      }
      return values;
    }
  }
}
