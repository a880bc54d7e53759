package org.baobiao.jobs.acceptance;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.baobiao.etl.tickets.TicketCodes;
import org.baobiao.jobs.acceptance.AcceptanceSpec.Clause;
import org.baobiao.jobs.acceptance.AcceptanceSpec.Condition;
import org.baobiao.jobs.acceptance.AcceptanceSpec.Milestone;
import org.baobiao.sla.contract.Contract;
import org.baobiao.sla.contract.ObligationDef;
import org.baobiao.sla.contract.ObligationTerms;
import org.baobiao.spec.SpecException;
import org.baobiao.spec.SpecProblem;
import org.baobiao.spec.SpecProblem.Code;
import org.baobiao.spec.SpecReader;
import org.baobiao.spec.YamlNode.Mapping;
import org.baobiao.spec.config.ConfigFolder;
import org.baobiao.spec.config.ConfigKind;
import org.baobiao.spec.config.SpecFile;

/**
 * Reads a contract's acceptance spec: {@code acceptance/<contract>.yaml} in the configuration
 * folder when there is one, else the bundled {@code
 * org/baobiao/jobs/acceptance/specs/<contract>.yaml}. Every problem is reported with file, line and
 * field; obligation ids are checked against the contract.
 */
public final class AcceptanceSpecs {
  /** What the files are called in messages. */
  public static final String WHAT = "验收条件文件";

  /** The configuration folder's subfolder. */
  public static final String FOLDER = ConfigKind.ACCEPTANCE.folder();

  private static final String BUNDLED = "org/baobiao/jobs/acceptance/specs/";
  private static final List<String> KEYS =
      List.of("contract", "version", "change_obligation", "milestones");
  private static final List<String> MILESTONE_KEYS =
      List.of("id", "name", "share", "clause", "conditions");
  private static final List<String> CONDITION_KEYS =
      List.of("id", "name", "check", "clause", "categories", "obligations", "note");

  private AcceptanceSpecs() {}

  /** The bundled spec files, in index order. */
  public static List<SpecFile> bundledFiles() {
    return ConfigFolder.bundled(
        ConfigKind.ACCEPTANCE,
        AcceptanceSpecs.class.getClassLoader(),
        BUNDLED,
        "index.txt",
        n -> n);
  }

  /**
   * The spec of {@code contract}: the folder's {@code acceptance/<contract>.yaml}, else the bundled
   * one; empty when there is neither.
   *
   * @throws SpecException naming every problem of the file
   */
  public static Optional<AcceptanceSpec> find(ConfigFolder config, Contract contract) {
    requireNonNull(contract, "contract is null");
    String name = contract.id() + ".yaml";
    for (SpecFile f : files(config)) {
      if (f.name().equals(name)) {
        return Optional.of(parse(f.location(), f.text(), contract));
      }
    }
    return Optional.empty();
  }

  /**
   * Every spec in force (bundled, replaced or added by the folder), each checked against its
   * contract; a file named after no contract is a problem.
   *
   * @throws SpecException naming every problem of every file
   */
  public static List<AcceptanceSpec> loadAll(ConfigFolder config, List<Contract> contracts) {
    List<AcceptanceSpec> out = new ArrayList<>();
    List<SpecProblem> problems = new ArrayList<>();
    for (SpecFile f : files(config)) {
      String id = f.name().replaceFirst("\\.yaml$", "");
      Optional<Contract> contract = contracts.stream().filter(c -> c.id().equals(id)).findFirst();
      if (contract.isEmpty()) {
        problems.add(
            new SpecProblem(
                Code.BAD_REFERENCE,
                f.location(),
                0,
                "",
                "文件名应为合同编号：没有编号为 '"
                    + id
                    + "' 的合同；已有: "
                    + contracts.stream().map(Contract::id).toList()));
        continue;
      }
      try {
        out.add(parse(f.location(), f.text(), contract.get()));
      } catch (SpecException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new SpecException(WHAT, problems);
    }
    return out;
  }

  private static List<SpecFile> files(ConfigFolder config) {
    return config.overlay(ConfigKind.ACCEPTANCE, bundledFiles(), n -> n.endsWith(".yaml"));
  }

  /**
   * Parses one spec file.
   *
   * @throws SpecException naming every problem
   */
  public static AcceptanceSpec parse(String file, String text, Contract contract) {
    SpecReader in = new SpecReader(file);
    Mapping root = in.root(text);
    AcceptanceSpec spec = root == null ? null : read(in, root, file, contract);
    in.throwIfProblems(WHAT);
    return spec;
  }

  private static AcceptanceSpec read(SpecReader in, Mapping root, String file, Contract contract) {
    in.onlyKeys(root, "", KEYS);
    String id = in.text(root, "", "contract", true);
    if (id != null && !id.equals(contract.id())) {
      in.problem(
          Code.INVALID, root.value("contract"), "contract", "应为合同编号 " + contract.id() + "（与文件名一致）");
    }
    Integer version = in.integer(root, "", "version", true, 1, 9999);
    String change = in.text(root, "", "change_obligation", false);
    if (change != null) {
      Optional<ObligationDef> def = contract.obligation(change);
      if (def.isEmpty()
          || !(def.get().terms() instanceof ObligationTerms.PerTicketActivity p)
          || p.notBefore() == null) {
        in.problem(
            Code.BAD_REFERENCE,
            root.value("change_obligation"),
            "change_obligation",
            "合同 " + contract.id() + " 中没有带 not_before 的 per_ticket_activity 义务 '" + change + "'");
      }
    }
    List<Milestone> milestones =
        in.identifiedSequence(
            root, "", "milestones", "id", true, "付款节点", (m, at) -> milestone(in, m, at, contract));
    return new AcceptanceSpec(
        contract.id(), version == null ? 1 : version, change, milestones, file);
  }

  private static Milestone milestone(SpecReader in, Mapping node, String at, Contract contract) {
    in.onlyKeys(node, at, MILESTONE_KEYS);
    String id = in.text(node, at, "id", true);
    String name = in.text(node, at, "name", true);
    Integer share = in.integer(node, at, "share", true, 1, 100);
    Clause clause = clause(in, node, at, true);
    List<Condition> conditions =
        in.identifiedSequence(
            node, at, "conditions", "id", true, "验收条件", (c, p) -> condition(in, c, p, contract));
    return new Milestone(id, name, share == null ? 0 : share, clause, conditions);
  }

  private static Condition condition(SpecReader in, Mapping node, String at, Contract contract) {
    in.onlyKeys(node, at, CONDITION_KEYS);
    String id = in.text(node, at, "id", true);
    String name = in.text(node, at, "name", true);
    CheckKind check = in.choice(node, at, "check", CheckKind.class, CheckKind::code, true);
    Clause clause = clause(in, node, at, false);
    List<String> categories =
        in.codes(
            node,
            at,
            "categories",
            TicketCodes.CATEGORIES.keySet(),
            check == CheckKind.TICKETS_CLOSED);
    List<String> obligations =
        in.codes(
            node,
            at,
            "obligations",
            contract.obligations().stream().map(ObligationDef::id).toList(),
            check == CheckKind.OBLIGATIONS_MET);
    String note = in.text(node, at, "note", check == CheckKind.MANUAL);
    for (String key : Arrays.asList("categories", "obligations", "note")) {
      boolean allowed =
          switch (key) {
            case "categories" -> check == CheckKind.TICKETS_CLOSED;
            case "obligations" -> check == CheckKind.OBLIGATIONS_MET;
            default -> check == CheckKind.MANUAL;
          };
      if (check != null && !allowed && node.value(key) != null) {
        in.problemAt(
            Code.INVALID,
            node,
            key,
            SpecReader.path(at, key),
            "check 为 " + check.code() + " 的条件不用 " + key);
      }
    }
    if (id == null || name == null || check == null) {
      return null;
    }
    return new Condition(id, name, check, clause, categories, obligations, note);
  }

  private static Clause clause(SpecReader in, Mapping node, String at, boolean required) {
    Mapping c = in.child(node, at, "clause", required);
    if (c == null) {
      return null;
    }
    String path = SpecReader.path(at, "clause");
    in.onlyKeys(c, path, List.of("section", "text"));
    String section = in.text(c, path, "section", true);
    String text = in.text(c, path, "text", true);
    return section == null || text == null ? null : new Clause(section, text);
  }
}
