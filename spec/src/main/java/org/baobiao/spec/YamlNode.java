package org.baobiao.spec;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A YAML value that remembers the line and column it starts on, so that validation messages can
 * name them (Jackson's own tree does not keep locations).
 */
public sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

  /** 1-based line where the value starts. */
  int line();

  /** 1-based column where the value starts (0 when unknown). */
  int column();

  /** How the value is described in a message: 映射, 列表, 空值 or the quoted text. */
  String describe();

  /** A key of a mapping with its line, column and value. */
  record Entry(String key, int line, int column, YamlNode value) {
    public Entry {
      requireNonNull(key, "key is null");
      requireNonNull(value, "value is null");
    }
  }

  /** A mapping; keys keep their file order. */
  record Mapping(Map<String, Entry> entries, int line, int column) implements YamlNode {
    public Mapping {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** The keys in file order. */
    public Set<String> keys() {
      return entries.keySet();
    }

    /** The value of {@code key}, or null when the key is absent or its value is null. */
    public YamlNode value(String key) {
      Entry entry = entries.get(key);
      return entry == null || entry.value() instanceof Scalar s && s.isNull()
          ? null
          : entry.value();
    }

    /** The line of {@code key}'s value, or of this mapping when the key is absent. */
    public int lineOf(String key) {
      Entry entry = entries.get(key);
      return entry == null ? line : entry.value().line();
    }

    /** The column of {@code key}'s value, or of this mapping when the key is absent. */
    public int columnOf(String key) {
      Entry entry = entries.get(key);
      return entry == null ? column : entry.value().column();
    }

    @Override
    public String describe() {
      return "映射";
    }
  }

  /** A list. */
  record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "列表";
    }
  }

  /**
   * A scalar with its text as written and the type YAML gives it.
   *
   * @param text the scalar as written ({@code 000} stays {@code 000}); empty for null
   * @param type the resolved type
   * @param line its line
   * @param column its column
   */
  record Scalar(String text, Type type, int line, int column) implements YamlNode {

    /** The types the YAML parser resolves plain scalars to. */
    public enum Type {
      /** Text, quoted or plain. */
      STRING,
      /** An integer. */
      INTEGER,
      /** A decimal number. */
      DECIMAL,
      /** {@code true}/{@code false} (YAML 1.1 also {@code yes}/{@code no}). */
      BOOLEAN,
      /** {@code ~}, {@code null} or nothing. */
      NULL
    }

    public Scalar {
      requireNonNull(text, "text is null");
      requireNonNull(type, "type is null");
    }

    /** Whether the value is YAML null. */
    public boolean isNull() {
      return type == Type.NULL;
    }

    /** Whether the value is a number. */
    public boolean isNumber() {
      return type == Type.INTEGER || type == Type.DECIMAL;
    }

    @Override
    public String describe() {
      return isNull() ? "空值" : "'" + text + "'";
    }
  }
}
