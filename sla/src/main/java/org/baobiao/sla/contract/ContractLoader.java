package org.baobiao.sla.contract;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.baobiao.sla.contract.internal.ContractReader;
import org.baobiao.spec.SpecException;
import org.baobiao.spec.SpecProblem;
import org.baobiao.spec.SpecProblem.Code;
import org.baobiao.spec.config.ConfigFolder;
import org.baobiao.spec.config.ConfigKind;
import org.baobiao.spec.config.SpecFile;

/**
 * Loads contract files and validates them.
 *
 * <p>The bundled contracts live in {@value #DEFAULT_ROOT}, one {@code <contract_id>.yaml} per
 * contract, listed one file name per line in {@value #INDEX_FILE} (blank lines and lines starting
 * with {@code #} are ignored): a classpath cannot be listed reliably inside a jar, and an explicit
 * index makes adding a contract a reviewed one-line change.
 *
 * <p>Every problem of every file is collected and thrown together in one {@link SpecException};
 * each names the file, the line and the field path.
 */
public final class ContractLoader {
  /** Classpath folder of the bundled contracts. */
  public static final String DEFAULT_ROOT = "org/baobiao/sla/contracts";

  /** Name of the index file inside the root folder. */
  public static final String INDEX_FILE = "index.txt";

  /** What the files are called in the heading of a message listing their problems. */
  public static final String WHAT = "合同条款文件";

  /** The values of {@code format} this loader reads. */
  public static final Set<Integer> SUPPORTED_FORMATS = Set.of(1);

  private ContractLoader() {}

  /** The contracts bundled with this module, in index order. */
  public static List<Contract> loadDefault() {
    return load(ContractLoader.class.getClassLoader(), DEFAULT_ROOT);
  }

  /** The bundled contract files, in index order. */
  public static List<SpecFile> bundledFiles() {
    return ConfigFolder.bundled(
        ConfigKind.CONTRACTS,
        ContractLoader.class.getClassLoader(),
        DEFAULT_ROOT,
        INDEX_FILE,
        name -> name);
  }

  /**
   * The bundled contracts with the configuration folder's {@code contracts/*.yaml} laid over them:
   * a folder file replaces the bundled file of the same name (the same contract id), other folder
   * files add contracts. Messages name a folder file by its path.
   *
   * @throws SpecException listing every problem of every file
   */
  public static List<Contract> load(ConfigFolder config) {
    ContractSet set = loadEach(config);
    if (!set.broken().isEmpty()) {
      throw new SpecException(
          WHAT, set.broken().stream().flatMap(b -> b.problems().stream()).toList());
    }
    return set.contracts();
  }

  /**
   * As {@link #load(ConfigFolder)}, but a file with problems leaves out that contract only: the
   * others are returned with the broken files and their problems.
   */
  public static ContractSet loadEach(ConfigFolder config) {
    requireNonNull(config, "config is null");
    List<SpecFile> files =
        config.overlay(ConfigKind.CONTRACTS, bundledFiles(), name -> name.endsWith(".yaml"));
    List<ContractSet.BrokenFile> broken = new ArrayList<>();
    Map<String, Contract> contracts = new LinkedHashMap<>();
    for (SpecFile file : files) {
      List<SpecProblem> problems = new ArrayList<>();
      String text;
      try {
        text = strictUtf8(file.content());
      } catch (CharacterCodingException e) {
        problems.add(new SpecProblem(Code.SYNTAX, file.location(), 0, "", "文件不是有效的 UTF-8 编码"));
        text = null;
      }
      Contract contract =
          text == null ? null : checked(file.name(), file.location(), text, problems);
      if (contract != null && contracts.putIfAbsent(contract.id(), contract) != null) {
        problems.add(
            new SpecProblem(
                Code.DUPLICATE,
                file.location(),
                0,
                "contract",
                "合同 " + contract.id() + " 已由另一个文件定义"));
      }
      if (!problems.isEmpty()) {
        String id = file.name().substring(0, file.name().length() - ".yaml".length());
        broken.add(new ContractSet.BrokenFile(file.location(), id, problems));
      }
    }
    return new ContractSet(List.copyOf(contracts.values()), broken);
  }

  /**
   * The contracts listed in {@code <root>/index.txt} on {@code loader}, in index order. Each file
   * must be named after its contract id, and no contract may appear twice.
   *
   * @throws SpecException listing every problem of every file
   */
  public static List<Contract> load(ClassLoader loader, String root) {
    requireNonNull(loader, "loader is null");
    requireNonNull(root, "root is null");
    List<SpecProblem> problems = new ArrayList<>();
    byte[] index = bytes(loader, root + "/" + INDEX_FILE);
    if (index == null) {
      problems.add(
          new SpecProblem(
              Code.FILE_MISSING, INDEX_FILE, 0, "", "索引文件 " + root + "/" + INDEX_FILE + " 不存在"));
      throw new SpecException(WHAT, problems);
    }
    Map<String, Contract> contracts = new LinkedHashMap<>();
    Set<String> files = new HashSet<>();
    String[] lines = new String(index, StandardCharsets.UTF_8).split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String fileName = lines[i].replace("\uFEFF", "").strip();
      if (fileName.isEmpty() || fileName.startsWith("#")) {
        continue;
      }
      if (!files.add(fileName)) {
        problems.add(
            new SpecProblem(Code.DUPLICATE, INDEX_FILE, i + 1, "", "文件 " + fileName + " 重复列出"));
        continue;
      }
      Contract contract = loadFile(loader, root, fileName, i + 1, problems);
      if (contract != null && contracts.putIfAbsent(contract.id(), contract) != null) {
        problems.add(
            new SpecProblem(
                Code.DUPLICATE, fileName, 0, "contract", "合同 " + contract.id() + " 已由另一个文件定义"));
      }
    }
    if (!problems.isEmpty()) {
      throw new SpecException(WHAT, problems);
    }
    return List.copyOf(contracts.values());
  }

  /**
   * Parses and validates the text of one contract file.
   *
   * @param fileName the file name used in messages, e.g. {@code HT-2025-002.yaml}
   * @param yamlText the file's content
   * @throws SpecException listing every problem found
   */
  public static Contract parse(String fileName, String yamlText) {
    ContractReader.Result result = ContractReader.read(fileName, yamlText, SUPPORTED_FORMATS);
    if (!result.problems().isEmpty()) {
      throw new SpecException(WHAT, result.problems());
    }
    return result.contract().orElseThrow();
  }

  private static Contract loadFile(
      ClassLoader loader, String root, String fileName, int indexLine, List<SpecProblem> problems) {
    if (!fileName.endsWith(".yaml") || fileName.contains("/")) {
      problems.add(
          new SpecProblem(
              Code.INVALID,
              INDEX_FILE,
              indexLine,
              "",
              "'" + fileName + "' 应为本目录下的 <合同编号>.yaml 文件名"));
      return null;
    }
    byte[] content = bytes(loader, root + "/" + fileName);
    if (content == null) {
      problems.add(
          new SpecProblem(
              Code.FILE_MISSING, INDEX_FILE, indexLine, "", "列出的文件 " + fileName + " 不存在"));
      return null;
    }
    String text;
    try {
      text = strictUtf8(content);
    } catch (CharacterCodingException e) {
      problems.add(new SpecProblem(Code.SYNTAX, fileName, 0, "", "文件不是有效的 UTF-8 编码"));
      return null;
    }
    return checked(fileName, fileName, text, problems);
  }

  /**
   * Reads one contract file, adding its problems; the contract when it has none and its id matches
   * the file name.
   *
   * @param fileName the file's name, {@code <contract id>.yaml}
   * @param location how messages name the file
   */
  private static Contract checked(
      String fileName, String location, String text, List<SpecProblem> problems) {
    ContractReader.Result result = ContractReader.read(location, text, SUPPORTED_FORMATS);
    problems.addAll(result.problems());
    Contract contract = result.contract().orElse(null);
    String expected = fileName.substring(0, fileName.length() - ".yaml".length());
    if (contract != null && !contract.id().equals(expected)) {
      problems.add(
          new SpecProblem(
              Code.ID_MISMATCH,
              location,
              0,
              "contract",
              "合同编号 '" + contract.id() + "' 与文件名不一致（应为 '" + expected + "'）"));
      return null;
    }
    return contract;
  }

  /** UTF-8 without a byte-order mark; malformed bytes are an error, never replaced. */
  private static String strictUtf8(byte[] content) throws CharacterCodingException {
    String text =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(content))
            .toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static byte[] bytes(ClassLoader loader, String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("无法读取 " + resource, e);
    }
  }
}
