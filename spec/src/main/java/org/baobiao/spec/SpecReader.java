package org.baobiao.spec;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baobiao.spec.SpecProblem.Code;
import org.baobiao.spec.YamlNode.Mapping;
import org.baobiao.spec.YamlNode.Scalar;
import org.baobiao.spec.YamlNode.Sequence;

/**
 * Reads typed values out of one specification file and collects a {@link SpecProblem}, with line,
 * column and field path, for every value that is missing or malformed, instead of stopping at the
 * first. Field paths look like {@code clocks[1].goals[0].target.unit}. Every getter returns null
 * (or an empty list, or the fallback it was given) after recording a problem.
 *
 * <p>Typical use: {@code SpecReader in = new SpecReader("contracts/HT-2026-001.yaml"); Mapping root
 * = in.root(text); ... in.onlyKeys(root, "", KEYS); String id = in.text(root, "", "id", true); ...
 * in.throwIfProblems("合同条款文件");}
 */
public final class SpecReader implements YamlTree.Problems {
  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,6})\\s*([smhd])");

  private final String file;
  private final List<SpecProblem> problems = new ArrayList<>();

  /**
   * @param file the file as the user knows it, named in every problem
   */
  public SpecReader(String file) {
    this.file = requireNonNull(file, "file is null");
  }

  /** The file name the problems refer to. */
  public String file() {
    return file;
  }

  // ---- problems

  /** Records a problem. */
  public void problem(Code code, int line, int column, String field, String value, String message) {
    problems.add(new SpecProblem(code, file, line, column, field, value, message));
  }

  /** Records a problem located at {@code node} (the mapping's start when the value is absent). */
  public void problem(Code code, YamlNode node, String field, String message) {
    if (node == null) {
      problem(code, 0, 0, field, "", message);
    } else {
      String value = node instanceof Scalar s ? s.text() : "";
      problem(code, node.line(), node.column(), field, value, message);
    }
  }

  /** Records a problem at {@code key}'s value in {@code node}, or at {@code node} without one. */
  public void problemAt(Code code, Mapping node, String key, String field, String message) {
    YamlNode value = node.entries().containsKey(key) ? node.entries().get(key).value() : node;
    problem(code, value, field, message);
  }

  @Override
  public void syntax(int line, int column, String field, String message) {
    problem(Code.SYNTAX, line, column, field, "", message);
  }

  @Override
  public void duplicate(int line, int column, String field, String message) {
    problem(Code.DUPLICATE, line, column, field, "", message);
  }

  /** Whether no problem was recorded. */
  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /** How many problems were recorded so far. */
  public int count() {
    return problems.size();
  }

  /** The problems, by line and column (stable for problems at the same place). */
  public List<SpecProblem> problems() {
    List<SpecProblem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingInt(SpecProblem::line).thenComparingInt(SpecProblem::column));
    return List.copyOf(sorted);
  }

  /**
   * Throws a {@link SpecException} with every problem when there is any.
   *
   * @param what what was being read, in Chinese, e.g. {@code 合同条款文件}
   */
  public void throwIfProblems(String what) {
    if (!problems.isEmpty()) {
      throw new SpecException(what, problems());
    }
  }

  // ---- the tree

  /** Parses {@code text}; null after recording a syntax problem (or for an empty file). */
  public YamlNode parse(String text) {
    return YamlTree.parse(text, this);
  }

  /** Parses {@code text}, whose root must be a mapping; null after recording a problem. */
  public Mapping root(String text) {
    YamlNode root = parse(text);
    return root == null ? null : mapping(root, "", 1);
  }

  /** {@code parent.key}, or {@code key} at the top level. */
  public static String path(String parent, String key) {
    return parent.isEmpty() ? key : parent + "." + key;
  }

  /** {@code node} as a mapping, or null after a WRONG_TYPE problem. */
  public Mapping mapping(YamlNode node, String field, int lineIfAbsent) {
    if (node instanceof Mapping m) {
      return m;
    }
    if (node == null) {
      problem(Code.WRONG_TYPE, lineIfAbsent, 0, field, "", "应为映射（键: 值），实际是空值");
    } else {
      problem(Code.WRONG_TYPE, node, field, "应为映射（键: 值），实际是" + node.describe());
    }
    return null;
  }

  /**
   * Records an UNKNOWN_FIELD problem for every key of {@code node} not in {@code known}, with a
   * "是否应为 ...？" hint naming the closest known key and the list of allowed keys.
   */
  public void onlyKeys(Mapping node, String at, Collection<String> known) {
    for (YamlNode.Entry entry : node.entries().values()) {
      if (!known.contains(entry.key())) {
        String hint =
            DidYouMean.closest(entry.key(), known).map(k -> "是否应为 '" + k + "'？").orElse("");
        problem(
            Code.UNKNOWN_FIELD,
            entry.line(),
            entry.column(),
            path(at, entry.key()),
            entry.key(),
            "未知字段（拼写错误？）" + hint + "可用字段: " + String.join(", ", known));
      }
    }
  }

  /** A child mapping, or null (after a problem when required or malformed). */
  public Mapping child(Mapping node, String at, String key, boolean required) {
    YamlNode value = node.value(key);
    if (value == null) {
      if (required) {
        missing(node, at, key);
      }
      return null;
    }
    return mapping(value, path(at, key), node.line());
  }

  /** The stripped text of a scalar value, or null; records nothing (for duplicate checks). */
  public static String peek(Mapping node, String key) {
    return node.value(key) instanceof Scalar s && !s.text().isBlank() ? s.text().strip() : null;
  }

  // ---- scalars

  /** A non-blank scalar as text (stripped). */
  public String text(Mapping node, String at, String key, boolean required) {
    YamlNode value = node.value(key);
    if (value == null) {
      if (required) {
        missing(node, at, key);
      }
      return null;
    }
    return scalarText(value, path(at, key));
  }

  /** A non-blank scalar element of a list, as text (stripped). */
  public String text(YamlNode value, String field) {
    return scalarText(value, field);
  }

  /** An integer in {@code [min, max]}. */
  public Integer integer(Mapping node, String at, String key, boolean required, int min, int max) {
    YamlNode value = node.value(key);
    String field = path(at, key);
    if (value == null) {
      if (required) {
        missing(node, at, key);
      }
      return null;
    }
    if (!(value instanceof Scalar s) || s.type() != Scalar.Type.INTEGER) {
      problem(Code.WRONG_TYPE, value, field, "应为整数，实际是" + value.describe());
      return null;
    }
    int number;
    try {
      number = Integer.parseInt(s.text().replace("_", "").replaceFirst("^\\+", ""));
    } catch (NumberFormatException e) {
      problem(Code.WRONG_TYPE, value, field, "应为十进制整数，实际是" + value.describe());
      return null;
    }
    if (number < min || number > max) {
      problem(Code.INVALID, value, field, number + " 超出允许范围 " + min + "–" + max);
      return null;
    }
    return number;
  }

  /** An optional integer in {@code [min, max]}; {@code fallback} when absent or invalid. */
  public int integer(Mapping node, String at, String key, int min, int max, int fallback) {
    Integer number = integer(node, at, key, false, min, max);
    return number == null ? fallback : number;
  }

  /** A positive decimal number (required). */
  public BigDecimal positiveDecimal(Mapping node, String at, String key) {
    YamlNode value = node.value(key);
    String field = path(at, key);
    if (value == null) {
      missing(node, at, key);
      return null;
    }
    if (!(value instanceof Scalar s) || !s.isNumber()) {
      problem(Code.WRONG_TYPE, value, field, "应为数字，实际是" + value.describe());
      return null;
    }
    BigDecimal number;
    try {
      number = new BigDecimal(s.text().replace("_", ""));
    } catch (NumberFormatException e) {
      problem(Code.WRONG_TYPE, value, field, "应为十进制数，实际是" + value.describe());
      return null;
    }
    if (number.signum() <= 0) {
      problem(Code.INVALID, value, field, "应大于 0，实际是 " + number.toPlainString());
      return null;
    }
    return number;
  }

  /** {@code true} or {@code false}; {@code fallback} when absent or invalid. */
  public boolean bool(Mapping node, String at, String key, boolean fallback) {
    YamlNode value = node.value(key);
    if (value == null) {
      return fallback;
    }
    if (value instanceof Scalar s
        && s.type() == Scalar.Type.BOOLEAN
        && Set.of("true", "false").contains(s.text())) {
      return Boolean.parseBoolean(s.text());
    }
    problem(Code.WRONG_TYPE, value, path(at, key), "应为 true 或 false，实际是" + value.describe());
    return fallback;
  }

  /** A date {@code yyyy-MM-dd}. */
  public LocalDate date(Mapping node, String at, String key, boolean required) {
    String text = text(node, at, key, required);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problem(
          Code.INVALID,
          node.value(key),
          path(at, key),
          "'" + text + "' 不是有效日期，应为 yyyy-MM-dd，如 2025-11-01");
      return null;
    }
  }

  /** A time of day {@code HH:mm}; {@code 24:00} is read as {@link LocalTime#MIDNIGHT}. */
  public LocalTime time(Mapping node, String at, String key, boolean required) {
    YamlNode value = node.value(key);
    String field = path(at, key);
    if (value == null) {
      if (required) {
        missing(node, at, key);
      }
      return null;
    }
    if (!(value instanceof Scalar s) || s.type() != Scalar.Type.STRING) {
      problem(
          Code.WRONG_TYPE, value, field, "应为加引号的时刻 \"HH:mm\"，如 \"08:00\"，实际是" + value.describe());
      return null;
    }
    if (s.text().equals("24:00")) {
      return LocalTime.MIDNIGHT;
    }
    try {
      if (s.text().matches("\\d{2}:\\d{2}")) {
        return LocalTime.parse(s.text());
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    problem(Code.INVALID, value, field, "'" + s.text() + "' 不是有效时刻，应为 HH:mm（00:00–24:00）");
    return null;
  }

  /**
   * A duration between zero and {@code max}: {@code 0}, a number with a unit {@code s}, {@code m},
   * {@code h} or {@code d} ({@code 10m}, {@code 2h}, {@code 1d}), or ISO-8601 ({@code PT10M}).
   */
  public Duration duration(Mapping node, String at, String key, boolean required, Duration max) {
    String text = text(node, at, key, required);
    if (text == null) {
      return null;
    }
    Duration duration = null;
    Matcher m = SHORT_DURATION.matcher(text.toLowerCase(Locale.ROOT));
    if (text.equals("0")) {
      duration = Duration.ZERO;
    } else if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      duration =
          switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
          };
    } else {
      try {
        duration = Duration.parse(text);
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    if (duration == null || duration.isNegative() || duration.compareTo(max) > 0) {
      problem(
          Code.INVALID,
          node.value(key),
          path(at, key),
          "'" + text + "' 应为 0 到 " + describe(max) + "之间的时长，如 10m、2h、1d 或 PT10M");
      return null;
    }
    return duration;
  }

  private static String describe(Duration max) {
    if (max.toDaysPart() > 0 && max.toHoursPart() == 0 && max.toMinutesPart() == 0) {
      return max.toDays() + " 天";
    }
    return max.toString();
  }

  // ---- codes

  /**
   * One constant of {@code type} whose code ({@code codeOf}) is exactly the value; the allowed
   * codes are listed when it is not.
   */
  public <E extends Enum<E>> E choice(
      Mapping node,
      String at,
      String key,
      Class<E> type,
      Function<? super E, String> codeOf,
      boolean required) {
    String text = text(node, at, key, required);
    return text == null ? null : choiceValue(text, node.value(key), path(at, key), type, codeOf);
  }

  /** {@code text} as a constant of {@code type}, or null after an UNKNOWN_VALUE problem. */
  public <E extends Enum<E>> E choiceValue(
      String text, YamlNode at, String field, Class<E> type, Function<? super E, String> codeOf) {
    for (E constant : type.getEnumConstants()) {
      if (codeOf.apply(constant).equals(text)) {
        return constant;
      }
    }
    notOneOf(text, at, field, codes(type, codeOf));
    return null;
  }

  /** The codes of every constant of {@code type}, in declaration order. */
  public static <E extends Enum<E>> List<String> codes(
      Class<E> type, Function<? super E, String> codeOf) {
    return Arrays.stream(type.getEnumConstants()).map(codeOf).map(String::valueOf).toList();
  }

  /** One code out of {@code allowed}. */
  public String code(
      Mapping node, String at, String key, Collection<String> allowed, boolean required) {
    String text = text(node, at, key, required);
    if (text != null && !allowed.contains(text)) {
      notOneOf(text, node.value(key), path(at, key), allowed);
      return null;
    }
    return text;
  }

  /**
   * A list of codes out of {@code allowed}; a single scalar is read as a one-element list. Unknown
   * and repeated codes are reported and left out.
   */
  public List<String> codes(
      Mapping node, String at, String key, Collection<String> allowed, boolean required) {
    List<String> result = new ArrayList<>();
    String field = path(at, key);
    for (Item item : items(node, at, key, required)) {
      String text = scalarText(item.node(), item.field());
      if (text == null) {
        continue;
      }
      if (!allowed.contains(text)) {
        notOneOf(text, item.node(), item.field(), allowed);
      } else if (result.contains(text)) {
        problem(Code.DUPLICATE, item.node(), item.field(), "'" + text + "' 在 " + field + " 中重复");
      } else {
        result.add(text);
      }
    }
    return result;
  }

  /** A list of enum constants by their codes; a single scalar is read as a one-element list. */
  public <E extends Enum<E>> List<E> choices(
      Mapping node,
      String at,
      String key,
      Class<E> type,
      Function<? super E, String> codeOf,
      boolean required) {
    List<E> result = new ArrayList<>();
    for (String code : codes(node, at, key, codes(type, codeOf), required)) {
      result.add(choiceValue(code, node.value(key), path(at, key), type, codeOf));
    }
    return result;
  }

  /** Records that {@code text} is not one of {@code allowed}, with a hint when one is close. */
  public void notOneOf(String text, YamlNode at, String field, Collection<String> allowed) {
    problem(Code.UNKNOWN_VALUE, at, field, "'" + text + "' 不是以下之一: " + String.join(", ", allowed));
  }

  // ---- lists

  /** An element of a list with its path, e.g. {@code clocks[2]}. */
  public record Item(YamlNode node, String field) {}

  /**
   * The elements of a list field with their paths ({@code key[i]}); a scalar is one element.
   * Required lists must have at least one element.
   */
  public List<Item> items(Mapping node, String at, String key, boolean required) {
    YamlNode value = node.value(key);
    String field = path(at, key);
    if (value == null) {
      if (required) {
        missing(node, at, key);
      }
      return List.of();
    }
    if (value instanceof Scalar) {
      return List.of(new Item(value, field));
    }
    if (!(value instanceof Sequence list)) {
      problem(Code.WRONG_TYPE, value, field, "应为列表，实际是" + value.describe());
      return List.of();
    }
    if (required && list.items().isEmpty()) {
      problem(Code.MISSING, value, field, "至少需要一项");
    }
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      items.add(new Item(list.items().get(i), field + "[" + i + "]"));
    }
    return items;
  }

  /** The elements of a list field that must be a real list (never a scalar). */
  public List<Item> sequence(Mapping node, String at, String key, boolean required) {
    YamlNode value = node.value(key);
    if (value instanceof Scalar) {
      problem(Code.WRONG_TYPE, value, path(at, key), "应为列表，实际是" + value.describe());
      return List.of();
    }
    return items(node, at, key, required);
  }

  /**
   * The elements of a list field, each converted by {@code element} (which gets the element and its
   * path, reports its own problems and returns null when the element is unusable).
   */
  public <T> List<T> list(
      Mapping node,
      String at,
      String key,
      boolean required,
      BiFunction<YamlNode, String, T> element) {
    List<T> result = new ArrayList<>();
    for (Item item : sequence(node, at, key, required)) {
      T converted = element.apply(item.node(), item.field());
      if (converted != null) {
        result.add(converted);
      }
    }
    return result;
  }

  /**
   * Reads a list field whose elements are mappings with a unique {@code idKey}: each element
   * through {@code element}, reporting an id seen before as DUPLICATE.
   *
   * @param what the Chinese name of an element for messages, e.g. 时钟
   */
  public <T> List<T> identifiedSequence(
      Mapping node,
      String at,
      String key,
      String idKey,
      boolean required,
      String what,
      BiFunction<Mapping, String, T> element) {
    List<T> result = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    for (Item item : sequence(node, at, key, required)) {
      Mapping child = mapping(item.node(), item.field(), node.line());
      if (child == null) {
        continue;
      }
      T value = element.apply(child, item.field());
      String id = peek(child, idKey);
      if (id != null) {
        Integer first = ids.putIfAbsent(id, child.lineOf(idKey));
        if (first != null) {
          problem(
              Code.DUPLICATE,
              child.value(idKey),
              path(item.field(), idKey),
              what + " " + idKey + " '" + id + "' 重复（第 " + first + " 行已定义）");
        }
      }
      if (value != null) {
        result.add(value);
      }
    }
    return result;
  }

  /**
   * The entries of a mapping of text values ({@code key: value}), in file order; each value must be
   * a non-blank scalar.
   */
  public Map<String, String> textMap(Mapping node, String at, String key, boolean required) {
    Map<String, String> out = new LinkedHashMap<>();
    Mapping map = child(node, at, key, required);
    if (map == null) {
      return out;
    }
    for (YamlNode.Entry e : map.entries().values()) {
      String text = scalarText(e.value(), path(path(at, key), e.key()));
      if (text != null) {
        out.put(e.key(), text);
      }
    }
    return out;
  }

  /** Records a MISSING problem for {@code key}, at the start of {@code node}. */
  public void missing(Mapping node, String at, String key) {
    problem(Code.MISSING, node.line(), node.column(), path(at, key), "", "缺少必填字段");
  }

  private String scalarText(YamlNode value, String field) {
    if (!(value instanceof Scalar s) || s.isNull()) {
      problem(Code.WRONG_TYPE, value, field, "应为文本，实际是" + value.describe());
      return null;
    }
    String text = s.text().strip();
    if (text.isEmpty()) {
      problem(Code.MISSING, value, field, "不能为空");
      return null;
    }
    return text;
  }
}
