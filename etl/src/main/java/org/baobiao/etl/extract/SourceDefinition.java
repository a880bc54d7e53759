package org.baobiao.etl.extract;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A source database to extract from incrementally, as a source definition file describes it (see
 * docs/sources.md): where it is, which table, query or MongoDB collection, which key and watermark
 * columns, and how its columns (or a document's field paths) map to the fields of a file kind,
 * whose validation rules the rows then follow.
 *
 * @param file the definition file, for messages
 * @param id the source id, {@code [a-z0-9][a-z0-9_-]{0,63}}
 * @param name what it is, for people
 * @param kind the file kind the rows are (e.g. {@code interface_exchanges})
 * @param connection how to connect
 * @param table the table to read, or null when {@code query} or {@code collection} is given
 * @param query a SELECT whose rows are read, or null when {@code table} or {@code collection} is
 *     given
 * @param collection the MongoDB collection to read (a {@link Type#MONGODB} source only), or null
 * @param keyColumn the unique key column (a field path for MongoDB), the tie-breaker of the
 *     watermark
 * @param watermarkColumn the last-updated time column (a field path for MongoDB; {@code _id} there
 *     means the time of the documents' ObjectIds)
 * @param lookback how far before the watermark each run reads again, for rows committed late
 * @param pageSize rows per page: one warehouse commit, one watermark step
 * @param fields field of the kind → source column
 * @param constants field of the kind → a value for every row (e.g. the hospital's org_code)
 */
public record SourceDefinition(
    Path file,
    String id,
    String name,
    String kind,
    Connection connection,
    String table,
    String query,
    String collection,
    String keyColumn,
    String watermarkColumn,
    Duration lookback,
    int pageSize,
    Map<String, String> fields,
    Map<String, String> constants) {
  public SourceDefinition {
    requireNonNull(id, "id is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(connection, "connection is null");
    requireNonNull(keyColumn, "keyColumn is null");
    requireNonNull(watermarkColumn, "watermarkColumn is null");
    requireNonNull(lookback, "lookback is null");
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    constants = Collections.unmodifiableMap(new LinkedHashMap<>(constants));
    if (Type.of(connection.url()) == Type.MONGODB
        ? collection == null || table != null || query != null
        : collection != null || (table == null) == (query == null)) {
      throw new IllegalArgumentException(
          "a JDBC source has exactly one of table and query, a MongoDB source a collection");
    }
  }

  /** What kind of database a source is, told by its URL. */
  public enum Type {
    /** A relational database read over JDBC ({@code jdbc:...}). */
    JDBC,
    /** A MongoDB database ({@code mongodb://...} or {@code mongodb+srv://...}). */
    MONGODB;

    /** The type of a URL: MongoDB for the two MongoDB schemes, JDBC otherwise. */
    public static Type of(String url) {
      return url.startsWith("mongodb://") || url.startsWith("mongodb+srv://") ? MONGODB : JDBC;
    }
  }

  /** Whether this is a JDBC or a MongoDB source. */
  public Type type() {
    return Type.of(connection.url());
  }

  /** What is read: the table, or the query as a subquery. */
  public String relation() {
    return table != null ? table : "(" + query + ") src";
  }

  /**
   * Where the rows come from, for people and the load batch: URL without credentials and relation.
   */
  public String describe() {
    return connection.url()
        + " "
        + (collection != null ? collection : table != null ? table : "(query)");
  }

  /**
   * How to reach the database. Credentials never appear in the definition itself: the user may be
   * given, the password only through an environment variable or a file.
   *
   * @param url the JDBC or MongoDB URL (without credentials)
   * @param user the user name, or null
   * @param userEnv the environment variable holding the user name, or null
   * @param passwordEnv the environment variable holding the password, or null
   * @param passwordFile a file holding the password (its first line), or null
   * @param properties further driver properties
   */
  public record Connection(
      String url,
      String user,
      String userEnv,
      String passwordEnv,
      Path passwordFile,
      Map<String, String> properties) {
    public Connection {
      requireNonNull(url, "url is null");
      properties = Map.copyOf(properties);
    }
  }
}
