package org.baobiao.sla.contract.internal;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.baobiao.sla.contract.Coded;
import org.baobiao.sla.contract.ContractProblem.Code;
import org.baobiao.spec.YamlNode;
import org.baobiao.spec.YamlNode.Mapping;
import org.baobiao.spec.YamlNode.Scalar;
import org.baobiao.spec.YamlNode.Sequence;

/**
 * Reads typed values out of a {@link YamlNode} tree and records a problem, with line and field
 * path, for every value that is missing or malformed, instead of stopping at the first. Field paths
 * look like {@code clocks[1].goals[0].target.unit}. Every getter returns null (or an empty list)
 * after recording a problem.
 */
final class NodeReader {
  private final ProblemLog log;

  NodeReader(ProblemLog log) {
    this.log = requireNonNull(log, "log is null");
  }

  /** {@code parent.key}, or {@code key} at the top level. */
  static String path(String parent, String key) {
    return parent.isEmpty() ? key : parent + "." + key;
  }

  void problem(Code code, int line, String field, String message) {
    log.add(code, line, field, message);
  }

  /** {@code node} as a mapping, or null after a WRONG_TYPE problem. */
  Mapping mapping(YamlNode node, String field, int lineIfAbsent) {
    if (node instanceof Mapping m) {
      return m;
    }
    String actual = node == null ? "空值" : node.describe();
    problem(
        Code.WRONG_TYPE,
        node == null ? lineIfAbsent : node.line(),
        field,
        "应为映射（键: 值），实际是" + actual);
    return null;
  }

  /** Records an UNKNOWN_FIELD problem for every key of {@code node} not in {@code known}. */
  void onlyKeys(Mapping node, String at, Collection<String> known) {
    for (YamlNode.Entry entry : node.entries().values()) {
      if (!known.contains(entry.key())) {
        String hint =
            known.stream()
                .filter(k -> Typos.close(k, entry.key()))
                .findFirst()
                .map(k -> "是否应为 '" + k + "'？")
                .orElse("");
        problem(
            Code.UNKNOWN_FIELD,
            entry.line(),
            path(at, entry.key()),
            "未知字段（拼写错误？）" + hint + "可用字段: " + String.join(", ", known));
      }
    }
  }

  /** A child mapping, or null (after a problem when required or malformed). */
  Mapping child(Mapping node, String at, String key, boolean required) {
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
  static String peek(Mapping node, String key) {
    return node.value(key) instanceof Scalar s && !s.text().isBlank() ? s.text().strip() : null;
  }

  /** A non-blank scalar as text. */
  String text(Mapping node, String at, String key, boolean required) {
    YamlNode value = node.value(key);
    if (value == null) {
      if (required) {
        missing(node, at, key);
      }
      return null;
    }
    return scalarText(value, path(at, key));
  }

  /** An integer in {@code [min, max]}. */
  Integer integer(Mapping node, String at, String key, boolean required, int min, int max) {
    YamlNode value = node.value(key);
    String field = path(at, key);
    if (value == null) {
      if (required) {
        missing(node, at, key);
      }
      return null;
    }
    if (!(value instanceof Scalar s) || s.type() != Scalar.Type.INTEGER) {
      problem(Code.WRONG_TYPE, value.line(), field, "应为整数，实际是" + value.describe());
      return null;
    }
    int number;
    try {
      number = Integer.parseInt(s.text().replace("_", "").replaceFirst("^\\+", ""));
    } catch (NumberFormatException e) {
      problem(Code.WRONG_TYPE, value.line(), field, "应为十进制整数，实际是" + value.describe());
      return null;
    }
    if (number < min || number > max) {
      problem(Code.INVALID, value.line(), field, number + " 超出允许范围 " + min + "–" + max);
      return null;
    }
    return number;
  }

  /** A positive decimal number. */
  BigDecimal positiveDecimal(Mapping node, String at, String key) {
    YamlNode value = node.value(key);
    String field = path(at, key);
    if (value == null) {
      missing(node, at, key);
      return null;
    }
    if (!(value instanceof Scalar s) || !s.isNumber()) {
      problem(Code.WRONG_TYPE, value.line(), field, "应为数字，实际是" + value.describe());
      return null;
    }
    BigDecimal number;
    try {
      number = new BigDecimal(s.text().replace("_", ""));
    } catch (NumberFormatException e) {
      problem(Code.WRONG_TYPE, value.line(), field, "应为十进制数，实际是" + value.describe());
      return null;
    }
    if (number.signum() <= 0) {
      problem(Code.INVALID, value.line(), field, "应大于 0，实际是 " + number.toPlainString());
      return null;
    }
    return number;
  }

  /** {@code true} or {@code false}; {@code fallback} when absent. */
  boolean bool(Mapping node, String at, String key, boolean fallback) {
    YamlNode value = node.value(key);
    if (value == null) {
      return fallback;
    }
    if (value instanceof Scalar s
        && s.type() == Scalar.Type.BOOLEAN
        && Set.of("true", "false").contains(s.text())) {
      return Boolean.parseBoolean(s.text());
    }
    problem(Code.WRONG_TYPE, value.line(), path(at, key), "应为 true 或 false，实际是" + value.describe());
    return fallback;
  }

  /** A date {@code yyyy-MM-dd}. */
  LocalDate date(Mapping node, String at, String key) {
    String text = text(node, at, key, true);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problem(
          Code.INVALID,
          node.lineOf(key),
          path(at, key),
          "'" + text + "' 不是有效日期，应为 yyyy-MM-dd，如 2025-11-01");
      return null;
    }
  }

  /** A time of day {@code HH:mm}; {@code 24:00} is read as {@link LocalTime#MIDNIGHT}. */
  LocalTime time(Mapping node, String at, String key, boolean required) {
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
          Code.WRONG_TYPE,
          value.line(),
          field,
          "应为加引号的时刻 \"HH:mm\"，如 \"08:00\"，实际是" + value.describe());
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
    problem(Code.INVALID, value.line(), field, "'" + s.text() + "' 不是有效时刻，应为 HH:mm（00:00–24:00）");
    return null;
  }

  /** One value of a coded enum, matched exactly on {@link Coded#code()}. */
  <E extends Enum<E> & Coded> E coded(
      Mapping node, String at, String key, Class<E> type, boolean required) {
    String text = text(node, at, key, required);
    return text == null ? null : codedValue(text, node.lineOf(key), path(at, key), type);
  }

  /** {@code text} as a constant of {@code type}, or null after an UNKNOWN_VALUE problem. */
  <E extends Enum<E> & Coded> E codedValue(String text, int line, String field, Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      if (constant.code().equals(text)) {
        return constant;
      }
    }
    List<String> allowed =
        Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.toList());
    notOneOf(text, line, field, allowed);
    return null;
  }

  /** One code out of {@code allowed}. */
  String code(Mapping node, String at, String key, Collection<String> allowed, boolean required) {
    String text = text(node, at, key, required);
    if (text != null && !allowed.contains(text)) {
      notOneOf(text, node.lineOf(key), path(at, key), allowed);
      return null;
    }
    return text;
  }

  /**
   * A list of codes out of {@code allowed}; a single scalar is read as a one-element list. Unknown
   * and repeated codes are reported and left out.
   */
  List<String> codes(
      Mapping node, String at, String key, Collection<String> allowed, boolean required) {
    List<String> result = new ArrayList<>();
    String field = path(at, key);
    for (Item item : items(node, at, key, required)) {
      String text = scalarText(item.node(), item.field());
      if (text == null) {
        continue;
      }
      if (!allowed.contains(text)) {
        notOneOf(text, item.node().line(), item.field(), allowed);
      } else if (result.contains(text)) {
        problem(
            Code.DUPLICATE, item.node().line(), item.field(), "'" + text + "' 在 " + field + " 中重复");
      } else {
        result.add(text);
      }
    }
    return result;
  }

  /** A list of coded enum constants; a single scalar is read as a one-element list. */
  <E extends Enum<E> & Coded> List<E> codedList(
      Mapping node, String at, String key, Class<E> type, boolean required) {
    List<String> allowed =
        Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.toList());
    List<E> result = new ArrayList<>();
    for (String code : codes(node, at, key, allowed, required)) {
      result.add(codedValue(code, node.lineOf(key), path(at, key), type));
    }
    return result;
  }

  /** An element of a list with its path. */
  record Item(YamlNode node, String field) {}

  /**
   * The elements of a list field with their paths ({@code key[i]}); a scalar is one element.
   * Required lists must have at least one element.
   */
  List<Item> items(Mapping node, String at, String key, boolean required) {
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
      problem(Code.WRONG_TYPE, value.line(), field, "应为列表，实际是" + value.describe());
      return List.of();
    }
    if (required && list.items().isEmpty()) {
      problem(Code.MISSING, value.line(), field, "至少需要一项");
    }
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      items.add(new Item(list.items().get(i), field + "[" + i + "]"));
    }
    return items;
  }

  /** The elements of a list field that must be a real list (never a scalar). */
  List<Item> sequence(Mapping node, String at, String key, boolean required) {
    YamlNode value = node.value(key);
    if (value instanceof Scalar) {
      problem(Code.WRONG_TYPE, value.line(), path(at, key), "应为列表，实际是" + value.describe());
      return List.of();
    }
    return items(node, at, key, required);
  }

  /**
   * Reads a list field whose elements are mappings with an {@code id}: each element through {@code
   * element} (which reports its own problems and returns null when unusable), reporting an id seen
   * before as DUPLICATE.
   *
   * @param what the Chinese name of an element for messages, e.g. 时钟
   */
  <T> List<T> identifiedSequence(
      Mapping root,
      String key,
      boolean required,
      String what,
      java.util.function.BiFunction<Mapping, String, T> element) {
    List<T> result = new ArrayList<>();
    java.util.Map<String, Integer> ids = new java.util.HashMap<>();
    for (Item item : sequence(root, "", key, required)) {
      Mapping node = mapping(item.node(), item.field(), root.line());
      if (node == null) {
        continue;
      }
      T value = element.apply(node, item.field());
      String id = peek(node, "id");
      if (id != null) {
        Integer first = ids.putIfAbsent(id, node.lineOf("id"));
        if (first != null) {
          problem(
              Code.DUPLICATE,
              node.lineOf("id"),
              path(item.field(), "id"),
              what + " id '" + id + "' 重复（第 " + first + " 行已定义）");
        }
      }
      if (value != null) {
        result.add(value);
      }
    }
    return result;
  }

  void missing(Mapping node, String at, String key) {
    problem(Code.MISSING, node.line(), path(at, key), "缺少必填字段");
  }

  private String scalarText(YamlNode value, String field) {
    if (!(value instanceof Scalar s) || s.isNull()) {
      problem(Code.WRONG_TYPE, value.line(), field, "应为文本，实际是" + value.describe());
      return null;
    }
    String text = s.text().strip();
    if (text.isEmpty()) {
      problem(Code.MISSING, value.line(), field, "不能为空");
      return null;
    }
    return text;
  }

  private void notOneOf(String text, int line, String field, Collection<String> allowed) {
    problem(
        Code.UNKNOWN_VALUE, line, field, "'" + text + "' 不是以下之一: " + String.join(", ", allowed));
  }
}
