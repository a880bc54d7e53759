package org.baobiao.jobs.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One golden case of a report: a folder {@code golden/<report>/<case>/} with {@code params.yaml}
 * (read into this record), the input files (its own {@code input/} or another case's, named by
 * {@code input}) and {@code expected/}, one CSV per dataset. Unknown keys in {@code params.yaml}
 * are rejected, so a misspelt check cannot be silently ignored.
 *
 * @param name the case folder under golden/, e.g. {@code ops-monthly/october} (not in the file)
 * @param report the report id
 * @param period the report period, e.g. {@code 2026-10}
 * @param hospital the hospital code
 * @param clock the generation time the report is computed at (an instant, e.g. {@code
 *     2026-11-22T02:00:00Z})
 * @param input the input folder relative to the case folder ({@code input} when absent), e.g.
 *     {@code ../../ops-monthly/october/input} to share another case's fixture
 * @param load the ingest runs, in order
 * @param commands further commands run after loading, before the report (e.g. {@code sla evaluate})
 * @param subtitle the subtitle the report must have, when given
 * @param dataVersion the data version the stamp must show, when given
 * @param formats the formats written through {@code baobiao report} and read back (none when
 *     absent)
 * @param pdfText text the PDF must contain, when PDF is among the formats
 * @param requests data extraction request actions replayed through the request service after the
 *     commands, each at its own time (the command line runs on the real clock)
 * @param options the report's options (name → value: CHOICE values, a CONTRACT id), passed as
 *     {@code --option}; the files written are then named after the options that differ from their
 *     defaults
 * @param config a configuration folder relative to the case folder (none when absent), copied to
 *     the command line's default {@code conf/} beside the data folder before loading, e.g. a second
 *     contract of a hospital in {@code conf/contracts/}
 */
record GoldenCase(
    String name,
    String report,
    String period,
    String hospital,
    String clock,
    String input,
    List<Load> load,
    List<Command> commands,
    String subtitle,
    String dataVersion,
    List<String> formats,
    List<String> pdfText,
    List<RequestStep> requests,
    Map<String, String> options,
    String config) {

  static final Path ROOT = Path.of("src/test/resources/golden");

  GoldenCase {
    input = input == null ? "input" : input;
    options = options == null ? Map.of() : new TreeMap<>(options);
    load = load == null ? List.of() : List.copyOf(load);
    commands = commands == null ? List.of() : List.copyOf(commands);
    formats = formats == null ? List.of() : List.copyOf(formats);
    pdfText = pdfText == null ? List.of() : List.copyOf(pdfText);
    requests = requests == null ? List.of() : List.copyOf(requests);
  }

  /**
   * One action on a data extraction request, done through {@code RequestService} at {@code at}.
   *
   * @param at the time, Asia/Shanghai, e.g. {@code 2026-10-09T09:00}
   * @param user the actor
   * @param action new, submit, approve, reject, withdraw, run, download or expire (expiry of every
   *     delivery due at {@code at})
   * @param request the request number (all but new and expire)
   * @param refused whether the service must refuse the action (then recorded as 拒绝)
   * @param extract for new: the extract id
   * @param department for new: the requesting department
   * @param purpose for new: 科研, 上报, 质控, 管理 or 其他
   * @param purposeText for new: what the data is for
   * @param fields for new: the fields (all when absent)
   * @param unmasked for new: the personal fields asked in clear
   * @param basis for new: the basis of the fields asked in clear
   * @param period for new: the period filter
   * @param hospital for new: the hospital filter
   * @param reason for reject: the reason
   */
  record RequestStep(
      String at,
      String user,
      String action,
      String request,
      Boolean refused,
      String extract,
      String department,
      String purpose,
      String purposeText,
      List<String> fields,
      List<String> unmasked,
      String basis,
      String period,
      String hospital,
      String reason) {
    RequestStep {
      refused = refused != null && refused;
      fields = fields == null ? List.of() : List.copyOf(fields);
      unmasked = unmasked == null ? List.of() : List.copyOf(unmasked);
    }
  }

  /**
   * One ingest run.
   *
   * @param domain the {@code --domain}
   * @param path the folder under the input folder ({@code domain} when absent)
   * @param exit the expected exit code (0 when absent)
   * @param out text the output must contain
   */
  record Load(String domain, String path, Integer exit, List<String> out) {
    Load {
      path = path == null ? domain : path;
      exit = exit == null ? 0 : exit;
      out = out == null ? List.of() : List.copyOf(out);
    }
  }

  /**
   * One command line run.
   *
   * @param args the arguments
   * @param exit the expected exit code (0 when absent)
   * @param out text the output must contain
   */
  record Command(List<String> args, Integer exit, List<String> out) {
    Command {
      args = List.copyOf(args);
      exit = exit == null ? 0 : exit;
      out = out == null ? List.of() : List.copyOf(out);
    }
  }

  /** The case folder in the source tree. */
  Path folder() {
    return ROOT.resolve(name);
  }

  /** The input folder as a resource path under golden/, normalised. */
  String inputResource() {
    return Path.of(name).resolve(input).normalize().toString().replace('\\', '/');
  }

  /** The configuration folder as a resource path under golden/, normalised; null for none. */
  String configResource() {
    return config == null
        ? null
        : Path.of(name).resolve(config).normalize().toString().replace('\\', '/');
  }

  Instant clockInstant() {
    return Instant.parse(clock);
  }

  /** Every case folder under golden/ that has a {@code params.yaml}, sorted by name. */
  static List<GoldenCase> all() {
    List<GoldenCase> cases = new ArrayList<>();
    try (Stream<Path> files = Files.walk(ROOT, 3)) {
      for (Path params : files.filter(p -> p.endsWith("params.yaml")).sorted().toList()) {
        cases.add(read(ROOT.relativize(params.getParent()).toString().replace('\\', '/')));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  /** Reads {@code golden/<name>/params.yaml}. */
  static GoldenCase read(String name) {
    Path file = ROOT.resolve(name).resolve("params.yaml");
    try {
      Params p = MAPPER.readValue(file.toFile(), Params.class);
      return new GoldenCase(
          name,
          p.report(),
          p.period(),
          p.hospital(),
          p.clock(),
          p.input(),
          p.load(),
          p.commands(),
          p.subtitle(),
          p.dataVersion(),
          p.formats(),
          p.pdfText(),
          p.requests(),
          p.options(),
          p.config());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return name;
  }

  private static final ObjectMapper MAPPER =
      new ObjectMapper(new YAMLFactory())
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** The file's shape; required keys are checked by Jackson. */
  record Params(
      @JsonProperty(required = true) String report,
      @JsonProperty(required = true) String period,
      @JsonProperty(required = true) String hospital,
      @JsonProperty(required = true) String clock,
      String input,
      List<Load> load,
      List<Command> commands,
      String subtitle,
      String dataVersion,
      List<String> formats,
      List<String> pdfText,
      List<RequestStep> requests,
      Map<String, String> options,
      String config) {}
}
