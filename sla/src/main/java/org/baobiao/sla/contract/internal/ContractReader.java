package org.baobiao.sla.contract.internal;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.baobiao.sla.contract.CalendarDef;
import org.baobiao.sla.contract.Clause;
import org.baobiao.sla.contract.ClockDef;
import org.baobiao.sla.contract.Coded;
import org.baobiao.sla.contract.Contract;
import org.baobiao.sla.contract.ObligationDef;
import org.baobiao.sla.contract.WorkingDayMode;
import org.baobiao.spec.SpecProblem;
import org.baobiao.spec.SpecProblem.Code;
import org.baobiao.spec.SpecReader;
import org.baobiao.spec.YamlNode;
import org.baobiao.spec.YamlNode.Mapping;

/**
 * Turns the text of one contract file into a {@link Contract}, validating it on the way and
 * collecting every problem with its line and field path.
 */
public final class ContractReader {
  private static final List<String> ROOT_KEYS =
      List.of(
          "format",
          "contract",
          "version",
          "org_code",
          "title",
          "seed_doc",
          "effective",
          "working_day_mode",
          "calendars",
          "clocks",
          "obligations",
          "data_extraction");
  private static final List<String> EFFECTIVE_KEYS = List.of("from", "to");
  private static final Pattern CONTRACT_ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");
  private static final Pattern ORG_CODE = Pattern.compile("[0-9A-Z]{9}");
  private static final Pattern SEED_DOC = Pattern.compile("[0-9]{3}");

  private final SpecReader in;
  private final Set<Integer> supportedFormats;

  private ContractReader(String fileName, Set<Integer> supportedFormats) {
    this.in = new SpecReader(fileName);
    this.supportedFormats = supportedFormats;
  }

  /** The outcome of reading one file: the contract when there was no problem. */
  public record Result(Optional<Contract> contract, List<SpecProblem> problems) {
    public Result {
      requireNonNull(contract, "contract is null");
      problems = List.copyOf(problems);
    }
  }

  /** Reads and validates one contract file. */
  public static Result read(String fileName, String text, Set<Integer> supportedFormats) {
    requireNonNull(fileName, "fileName is null");
    requireNonNull(text, "text is null");
    ContractReader reader = new ContractReader(fileName, supportedFormats);
    Contract contract = reader.contract(text);
    List<SpecProblem> problems = reader.in.problems();
    return new Result(
        problems.isEmpty() ? Optional.ofNullable(contract) : Optional.empty(), problems);
  }

  private Contract contract(String text) {
    YamlNode tree = in.parse(text);
    if (tree == null) {
      return null;
    }
    Mapping root = in.mapping(tree, "", tree.line());
    if (root == null || !formatSupported(root)) {
      return null;
    }
    in.onlyKeys(root, "", ROOT_KEYS);
    String id = in.text(root, "", "contract", true);
    if (id != null && !CONTRACT_ID.matcher(id).matches()) {
      in.problemAt(Code.INVALID, root, "contract", "contract", "合同编号应为 1–40 位字母、数字、- 或 _");
    }
    Integer version = in.integer(root, "", "version", true, 1, 9999);
    String orgCode = matching(root, "org_code", ORG_CODE, "机构代码应为 9 位数字或大写字母（加引号，如 \"440100002\"）");
    String title = in.text(root, "", "title", true);
    String seedDoc = matching(root, "seed_doc", SEED_DOC, "需求文档编号应为 3 位数字（加引号，如 \"002\"）");
    Range effective = effective(root);
    WorkingDayMode mode =
        in.choice(root, "", "working_day_mode", WorkingDayMode.class, Coded::code, true);
    CalendarReader calendarReader = new CalendarReader(in);
    List<CalendarDef> calendars = calendarReader.read(root);
    TermParts parts = new TermParts(in, calendarReader);
    List<ClockDef> clocks = new ClockReader(parts).read(root);
    List<ObligationDef> obligations = new ObligationDefReader(parts).read(root);
    Clause dataExtraction = null;
    Mapping extraction = in.child(root, "", "data_extraction", false);
    if (extraction != null) {
      in.onlyKeys(extraction, "data_extraction", List.of("clause"));
      dataExtraction = parts.clause(extraction, "data_extraction");
    }
    if (!in.isEmpty()) {
      return null;
    }
    return new Contract(
        supportedFormat(root),
        id,
        version,
        orgCode,
        title,
        seedDoc,
        effective.from(),
        effective.to(),
        mode,
        calendars,
        clocks,
        obligations,
        dataExtraction);
  }

  private boolean formatSupported(Mapping root) {
    Integer format = in.integer(root, "", "format", true, 1, Integer.MAX_VALUE);
    if (format == null) {
      return false;
    }
    if (!supportedFormats.contains(format)) {
      in.problemAt(
          Code.UNKNOWN_VALUE,
          root,
          "format",
          "format",
          "格式版本 " + format + " 不受支持；本程序支持: " + supportedFormats);
      return false;
    }
    return true;
  }

  private int supportedFormat(Mapping root) {
    return Integer.parseInt(SpecReader.peek(root, "format"));
  }

  private String matching(Mapping root, String key, Pattern pattern, String message) {
    String text = in.text(root, "", key, true);
    if (text != null && !pattern.matcher(text).matches()) {
      in.problemAt(Code.INVALID, root, key, key, "'" + text + "': " + message);
      return null;
    }
    return text;
  }

  private record Range(LocalDate from, LocalDate to) {}

  private Range effective(Mapping root) {
    Mapping node = in.child(root, "", "effective", true);
    if (node == null) {
      return new Range(null, null);
    }
    in.onlyKeys(node, "effective", EFFECTIVE_KEYS);
    LocalDate from = in.date(node, "effective", "from", true);
    LocalDate to = in.date(node, "effective", "to", true);
    if (from != null && to != null && to.isBefore(from)) {
      in.problemAt(Code.INVALID, node, "to", "effective.to", "结束日期 " + to + " 早于开始日期 " + from);
    }
    return new Range(from, to);
  }
}
