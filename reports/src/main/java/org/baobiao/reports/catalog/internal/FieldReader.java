package org.baobiao.reports.catalog.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.baobiao.reports.catalog.SpecProblem;
import org.baobiao.reports.catalog.SpecProblem.Code;

/**
 * Reads typed values out of a parsed YAML tree and records a {@link SpecProblem} for every value
 * that is missing or malformed, instead of stopping at the first, so that an author sees all
 * mistakes of a file at once. Field paths look like {@code datasets[2].columns[1].type}.
 */
public final class FieldReader {
  private final String file;
  private final List<SpecProblem> problems = new ArrayList<>();

  public FieldReader(String file) {
    this.file = requireNonNull(file, "file is null");
  }

  /** The file the problems refer to. */
  public String file() {
    return file;
  }

  /** Problems recorded so far. */
  public List<SpecProblem> problems() {
    return List.copyOf(problems);
  }

  /** Records a problem. */
  public void problem(Code code, String field, String message) {
    problems.add(new SpecProblem(code, file, field, message));
  }

  /** {@code parent.key}, or {@code key} at the top level. */
  public static String path(String parent, String key) {
    return parent.isEmpty() ? key : parent + "." + key;
  }

  /** Records an UNKNOWN_FIELD problem for every key of {@code node} not in {@code known}. */
  public void rejectUnknownKeys(JsonNode node, String at, Set<String> known) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        problem(
            Code.UNKNOWN_FIELD,
            path(at, name),
            "未知字段（拼写错误？）；可用字段: " + known.stream().sorted().collect(Collectors.joining(", ")));
      }
    }
  }

  /** A required non-blank scalar as text, or null after recording a problem. */
  public String requiredText(JsonNode node, String at, String key) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      problem(Code.MISSING, path(at, key), "缺少必填字段");
      return null;
    }
    return scalarText(value, path(at, key));
  }

  /** An optional scalar as text; null when absent. */
  public String optionalText(JsonNode node, String at, String key) {
    JsonNode value = node.get(key);
    return value == null || value.isNull() ? null : scalarText(value, path(at, key));
  }

  private String scalarText(JsonNode value, String field) {
    if (!value.isValueNode()) {
      problem(Code.WRONG_TYPE, field, "应为文本，实际是" + describe(value));
      return null;
    }
    String text = value.asText().strip();
    if (text.isEmpty()) {
      problem(Code.MISSING, field, "不能为空");
      return null;
    }
    return text;
  }

  /** An optional integer in {@code [min, max]}; {@code fallback} when absent or invalid. */
  public Integer optionalInt(
      JsonNode node, String at, String key, int min, int max, Integer fallback) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return fallback;
    }
    String field = path(at, key);
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      problem(Code.WRONG_TYPE, field, "应为整数，实际是 '" + value.asText() + "'");
      return fallback;
    }
    int number = value.intValue();
    if (number < min || number > max) {
      problem(Code.INVALID, field, number + " 超出允许范围 " + min + "–" + max);
      return fallback;
    }
    return number;
  }

  /** An optional boolean; {@code fallback} when absent or invalid. */
  public boolean optionalBoolean(JsonNode node, String at, String key, boolean fallback) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isBoolean()) {
      problem(Code.WRONG_TYPE, path(at, key), "应为 true 或 false，实际是 '" + value.asText() + "'");
      return fallback;
    }
    return value.booleanValue();
  }

  /** A required enum constant, matched ignoring case; null after recording a problem. */
  public <E extends Enum<E>> E requiredEnum(JsonNode node, String at, String key, Class<E> type) {
    String text = requiredText(node, at, key);
    return text == null ? null : enumValue(text, path(at, key), type);
  }

  /** Parses one enum constant ignoring case; null after recording a problem. */
  public <E extends Enum<E>> E enumValue(String text, String field, Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(text)) {
        return constant;
      }
    }
    String allowed =
        Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    problem(Code.UNKNOWN_VALUE, field, "'" + text + "' 不是以下之一: " + allowed);
    return null;
  }

  /**
   * The elements of a list field, each converted by {@code element} (which gets the element node
   * and its path and returns null when the element is unusable).
   */
  public <T> List<T> list(
      JsonNode node,
      String at,
      String key,
      boolean required,
      BiFunction<JsonNode, String, T> element) {
    JsonNode value = node.get(key);
    String field = path(at, key);
    if (value == null || value.isNull()) {
      if (required) {
        problem(Code.MISSING, field, "缺少必填字段（至少一项）");
      }
      return List.of();
    }
    if (!value.isArray()) {
      problem(Code.WRONG_TYPE, field, "应为列表，实际是" + describe(value));
      return List.of();
    }
    if (required && value.isEmpty()) {
      problem(Code.MISSING, field, "至少需要一项");
    }
    List<T> result = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      T converted = element.apply(value.get(i), field + "[" + i + "]");
      if (converted != null) {
        result.add(converted);
      }
    }
    return result;
  }

  /** Records a WRONG_TYPE problem unless {@code node} is a mapping; returns whether it is one. */
  public boolean expectObject(JsonNode node, String field) {
    if (node != null && node.isObject()) {
      return true;
    }
    problem(Code.WRONG_TYPE, field, "应为映射（键: 值），实际是" + describe(node));
    return false;
  }

  private static String describe(JsonNode value) {
    if (value == null || value.isNull()) {
      return "空值";
    }
    if (value.isArray()) {
      return "列表";
    }
    if (value.isObject()) {
      return "映射";
    }
    return " '" + value.asText() + "'";
  }
}
