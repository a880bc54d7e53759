package org.baobiao.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.baobiao.spec.YamlNode.Entry;
import org.baobiao.spec.YamlNode.Mapping;
import org.baobiao.spec.YamlNode.Scalar;
import org.baobiao.spec.YamlNode.Sequence;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML text into {@link YamlNode}s with line and column numbers, using Jackson's streaming
 * YAML parser and its token locations. Repeated keys are reported (the first value is kept); syntax
 * errors are reported with the parser's line and column. Used through {@link SpecReader} for every
 * YAML file people write for Baobiao, so that each problem names its place.
 */
public final class YamlTree {

  /** Where the reader reports what it finds wrong with the text. */
  public interface Problems {
    /** The text is not valid YAML at {@code line}:{@code column} (0 when unknown). */
    void syntax(int line, int column, String field, String message);

    /** A key repeats in a mapping at {@code line}:{@code column}; the first value is kept. */
    void duplicate(int line, int column, String field, String message);
  }

  private static final YAMLFactory FACTORY = new YAMLFactory();

  private YamlTree() {}

  /** The document's root, or null after recording a problem in {@code log}. */
  public static YamlNode parse(String text, Problems log) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      if (parser.nextToken() == null) {
        log.syntax(1, 1, "", "文件是空的");
        return null;
      }
      YamlNode root = read(parser, log, "");
      if (parser.nextToken() != null) {
        log.syntax(line(parser), column(parser), "", "一个文件只能有一个 YAML 文档（多了一个 ---）");
      }
      return root;
    } catch (JsonProcessingException e) {
      syntaxError(e, log);
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("无法读取 YAML 文本", e);
    }
  }

  // SnakeYAML's own exception has the exact problem position and wording; Jackson's location is
  // sometimes the start of the enclosing construct instead.
  private static void syntaxError(JsonProcessingException e, Problems log) {
    String hint = "（常见原因：缩进不齐、用了 Tab、引号或括号没有闭合、值里有“: ”却没加引号）";
    if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
      String context =
          yaml.getContext() == null || yaml.getContextMark() == null
              ? ""
              : "；" + yaml.getContext() + "（第 " + (yaml.getContextMark().getLine() + 1) + " 行起）";
      log.syntax(
          yaml.getProblemMark().getLine() + 1,
          yaml.getProblemMark().getColumn() + 1,
          "",
          "YAML 语法错误: " + yaml.getProblem() + context + hint);
      return;
    }
    JsonLocation at = e.getLocation();
    String message = e.getOriginalMessage().lines().findFirst().orElse("").strip();
    log.syntax(
        at == null ? 0 : at.getLineNr(),
        at == null ? 0 : Math.max(0, at.getColumnNr()),
        "",
        "YAML 语法错误: " + message + hint);
  }

  private static YamlNode read(JsonParser parser, Problems log, String path) throws IOException {
    int line = line(parser);
    int column = column(parser);
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> mapping(parser, log, path, line, column);
      case START_ARRAY -> sequence(parser, log, path, line, column);
      case VALUE_NUMBER_INT -> new Scalar(parser.getText(), Scalar.Type.INTEGER, line, column);
      case VALUE_NUMBER_FLOAT -> new Scalar(parser.getText(), Scalar.Type.DECIMAL, line, column);
      case VALUE_TRUE, VALUE_FALSE ->
          new Scalar(parser.getText(), Scalar.Type.BOOLEAN, line, column);
      case VALUE_NULL -> new Scalar("", Scalar.Type.NULL, line, column);
      default -> new Scalar(parser.getText(), Scalar.Type.STRING, line, column);
    };
  }

  private static Mapping mapping(JsonParser parser, Problems log, String path, int line, int column)
      throws IOException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      int keyLine = line(parser);
      int keyColumn = column(parser);
      parser.nextToken();
      String field = path.isEmpty() ? key : path + "." + key;
      YamlNode value = read(parser, log, field);
      Entry earlier = entries.get(key);
      if (earlier != null) {
        log.duplicate(keyLine, keyColumn, field, "字段重复出现（第 " + earlier.line() + " 行已有），只保留第一次的值");
      } else {
        entries.put(key, new Entry(key, keyLine, keyColumn, value));
      }
    }
    return new Mapping(entries, line, column);
  }

  private static Sequence sequence(
      JsonParser parser, Problems log, String path, int line, int column) throws IOException {
    List<YamlNode> items = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      items.add(read(parser, log, path + "[" + items.size() + "]"));
    }
    return new Sequence(items, line, column);
  }

  private static int line(JsonParser parser) {
    return parser.currentTokenLocation().getLineNr();
  }

  private static int column(JsonParser parser) {
    return Math.max(0, parser.currentTokenLocation().getColumnNr());
  }
}
