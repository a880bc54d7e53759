package org.baobiao.etl.extract;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoCredential;
import com.mongodb.MongoException;
import com.mongodb.MongoSecurityException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.baobiao.etl.load.Timestamps;
import org.baobiao.etl.source.ColumnDef;
import org.baobiao.etl.source.SourceRecord;
import org.bson.BsonArray;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonObjectId;
import org.bson.BsonType;
import org.bson.BsonValue;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

/**
 * Reads a source definition's documents from a MongoDB collection, page by page in (watermark, key)
 * order with keyset pagination, as {@link JdbcSource} reads a table. The watermark is a date field
 * (a path such as {@code meta.updated_at}), or {@code _id}: the creation time of the documents'
 * ObjectIds, which orders them by insertion (updates are then not seen). Nested documents are
 * flattened by the definition's field paths ({@code patient.visit_no}, {@code errors.0.code}); a
 * path that reaches a document or an array gives its JSON text.
 *
 * <p>Credentials come from the environment or a password file and are never put in messages.
 */
public final class MongoSource implements RowSource {
  private static final int CONNECT_SECONDS = 10;
  private static final String ID = "_id";

  private final SourceDefinition def;
  private final MongoClient client;
  private final MongoCollection<BsonDocument> collection;
  private final boolean objectIdTime;
  private final List<String> selected;
  private final Bson projection;

  /** The key of the last row read, as stored: the next page starts after it. */
  private Watermark lastPosition;

  private BsonValue lastKey;

  private MongoSource(SourceDefinition def, MongoClient client, MongoDatabase database) {
    this.def = def;
    this.client = client;
    this.collection = database.getCollection(def.collection(), BsonDocument.class);
    this.objectIdTime = def.watermarkColumn().equals(ID);
    Set<String> paths = new LinkedHashSet<>();
    paths.add(def.watermarkColumn());
    paths.add(def.keyColumn());
    paths.addAll(def.fields().values());
    this.selected = List.copyOf(paths);
    Set<String> roots = new LinkedHashSet<>();
    for (String path : selected) {
      roots.add(path.split("\\.", 2)[0]);
    }
    this.projection = Projections.include(List.copyOf(roots));
  }

  /**
   * Connects, checks that the server answers and that the collection exists.
   *
   * @param env the environment variables (credentials)
   * @throws ExtractException naming the source and what failed, without credentials
   */
  public static MongoSource open(SourceDefinition def, Map<String, String> env) {
    String url = def.connection().url();
    ConnectionString cs;
    try {
      cs = new ConnectionString(url);
    } catch (IllegalArgumentException e) {
      throw new ExtractException(
          "数据源 " + def.id() + " 的 MongoDB URL 无法解析（" + url + "）: " + e.getMessage(), e);
    }
    String user = JdbcSource.user(def, env);
    String password = JdbcSource.password(def, env);
    MongoClientSettings.Builder settings =
        MongoClientSettings.builder()
            .applyToClusterSettings(
                b -> b.serverSelectionTimeout(CONNECT_SECONDS, TimeUnit.SECONDS))
            .applyToSocketSettings(b -> b.connectTimeout(CONNECT_SECONDS, TimeUnit.SECONDS))
            .applyConnectionString(cs)
            .applicationName("baobiao");
    if (user != null) {
      String authDb = option(url, "authSource");
      settings.credential(
          MongoCredential.createCredential(
              user,
              authDb != null ? authDb : cs.getDatabase(),
              password == null ? new char[0] : password.toCharArray()));
    }
    MongoClient client = MongoClients.create(settings.build());
    try {
      MongoDatabase database = client.getDatabase(cs.getDatabase());
      database.runCommand(new BsonDocument("ping", new BsonInt32(1)));
      List<String> names = database.listCollectionNames().into(new ArrayList<>());
      if (!names.contains(def.collection())) {
        throw new ExtractException(
            "数据源 "
                + def.id()
                + " 的数据库 "
                + cs.getDatabase()
                + " 中没有集合 "
                + def.collection()
                + (names.isEmpty()
                    ? "（该库没有集合）"
                    : "；现有集合: " + String.join(", ", names.stream().sorted().limit(30).toList())));
      }
      return new MongoSource(def, client, database);
    } catch (MongoException e) {
      client.close();
      throw new ExtractException(
          "无法连接数据源 "
              + def.id()
              + "（"
              + url
              + (user == null ? "" : "，用户 " + user)
              + "）: "
              + reason(e, password),
          e);
    } catch (RuntimeException e) {
      client.close();
      throw e;
    }
  }

  private static String reason(MongoException e, String password) {
    if (e instanceof MongoTimeoutException) {
      return CONNECT_SECONDS + " 秒内连不上服务器（请检查地址、端口、网络与防火墙）";
    }
    if (e instanceof MongoSecurityException) {
      return "认证失败（请检查用户名与密码的环境变量或密码文件，以及 URL 的 authSource）";
    }
    return JdbcSource.scrub(e.getMessage(), password);
  }

  /** A query option of a MongoDB URL, decoded, or null. */
  private static String option(String url, String name) {
    int q = url.indexOf('?');
    if (q < 0) {
      return null;
    }
    for (String pair : url.substring(q + 1).split("[&;]")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equalsIgnoreCase(name)) {
        return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  @Override
  public List<ExtractedRow> page(
      LocalDateTime from,
      Watermark after,
      long firstLine,
      List<ColumnDef> fields,
      Map<String, String> constants) {
    String wm = def.watermarkColumn();
    String key = def.keyColumn();
    Bson filter;
    if (objectIdTime) {
      Bson typed = Filters.type(ID, BsonType.OBJECT_ID);
      filter =
          after != null
              ? Filters.and(typed, Filters.gt(ID, key(after)))
              : from != null ? Filters.and(typed, Filters.gte(ID, smallestId(from))) : typed;
    } else {
      Bson typed = Filters.type(wm, BsonType.DATE_TIME);
      if (after != null) {
        BsonDateTime t = date(after.time());
        filter =
            Filters.and(
                typed,
                Filters.or(
                    Filters.gt(wm, t),
                    Filters.and(Filters.eq(wm, t), Filters.gt(key, key(after)))));
      } else if (from != null) {
        filter = Filters.and(typed, Filters.gte(wm, date(from)));
      } else {
        filter = typed;
      }
    }
    Bson sort = objectIdTime ? Sorts.ascending(ID) : Sorts.ascending(wm, key);
    String[] constant = new String[fields.size()];
    String[] path = new String[fields.size()];
    for (int f = 0; f < fields.size(); f++) {
      constant[f] = constants.get(fields.get(f).name());
      path[f] = def.fields().get(fields.get(f).name());
    }
    List<ExtractedRow> rows = new ArrayList<>(Math.min(def.pageSize(), 10_000));
    try {
      long line = firstLine;
      for (BsonDocument doc :
          collection
              .find(filter)
              .projection(projection)
              .sort(sort)
              .limit(def.pageSize())
              .batchSize(Math.min(def.pageSize(), 5_000))) {
        rows.add(row(doc, line, path, constant));
        line++;
      }
    } catch (MongoException e) {
      throw new ExtractException("读取数据源 " + def.id() + " 失败: " + e.getMessage(), e);
    }
    return rows;
  }

  private ExtractedRow row(BsonDocument doc, long line, String[] path, String[] constant) {
    BsonValue keyValue = at(doc, def.keyColumn());
    LocalDateTime time =
        objectIdTime
            ? localTime(keyValue.asObjectId().getValue().getDate().toInstant())
            : localTime(
                Instant.ofEpochMilli(at(doc, def.watermarkColumn()).asDateTime().getValue()));
    Watermark position = new Watermark(time, keyValue == null ? "" : text(keyValue));
    lastPosition = position;
    lastKey = keyValue;
    StringBuilder raw = new StringBuilder(256);
    for (String p : selected) {
      if (!raw.isEmpty()) {
        raw.append(", ");
      }
      String v = text(at(doc, p));
      raw.append(p).append('=').append(v == null ? "" : v);
    }
    String[] record = new String[path.length];
    for (int f = 0; f < record.length; f++) {
      if (path[f] != null) {
        String v = text(at(doc, path[f]));
        record[f] = v == null ? "" : v.strip();
      } else {
        record[f] = constant[f] == null ? "" : constant[f];
      }
    }
    return new ExtractedRow(
        position, new SourceRecord(def.id(), line, line - 1, record, raw.toString()));
  }

  /**
   * The BSON value of a position's key: the one read last when the position is the last row's (the
   * usual case), else parsed from its text.
   */
  private BsonValue key(Watermark after) {
    if (lastKey != null && after.equals(lastPosition)) {
      return lastKey;
    }
    String k = after.key();
    if (ObjectId.isValid(k)) {
      return new BsonObjectId(new ObjectId(k));
    }
    try {
      return new org.bson.BsonDecimal128(new org.bson.types.Decimal128(new BigDecimal(k)));
    } catch (NumberFormatException e) {
      return new org.bson.BsonString(k);
    }
  }

  /** The smallest ObjectId of a time: its seconds, then zeros. */
  private static BsonObjectId smallestId(LocalDateTime from) {
    long seconds = from.atZone(Timestamps.ZONE).toEpochSecond();
    byte[] bytes = ByteBuffer.allocate(12).putInt((int) seconds).array();
    return new BsonObjectId(new ObjectId(bytes));
  }

  private static BsonDateTime date(LocalDateTime t) {
    return new BsonDateTime(t.atZone(Timestamps.ZONE).toInstant().toEpochMilli());
  }

  private static LocalDateTime localTime(Instant instant) {
    return LocalDateTime.ofInstant(instant, Timestamps.ZONE);
  }

  /** The value at a dotted path (names and array indexes), or null when there is none. */
  static BsonValue at(BsonDocument doc, String path) {
    BsonValue v = doc;
    for (String step : path.split("\\.")) {
      if (v instanceof BsonDocument d) {
        v = d.get(step);
      } else if (v instanceof BsonArray a && !step.isEmpty() && Character.isDigit(step.charAt(0))) {
        int i = Integer.parseInt(step);
        v = i < a.size() ? a.get(i) : null;
      } else {
        return null;
      }
      if (v == null) {
        return null;
      }
    }
    return v;
  }

  /**
   * The text of a value as records carry it, or null for null and missing values: numbers in plain
   * notation, dates as local time in Asia/Shanghai, ObjectIds in hex, documents and arrays as JSON.
   */
  static String text(BsonValue v) {
    if (v == null) {
      return null;
    }
    return switch (v.getBsonType()) {
      case NULL, UNDEFINED -> null;
      case STRING -> v.asString().getValue();
      case INT32 -> Integer.toString(v.asInt32().getValue());
      case INT64 -> Long.toString(v.asInt64().getValue());
      case DOUBLE -> {
        double d = v.asDouble().getValue();
        yield Double.isFinite(d)
            ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
            : Double.toString(d);
      }
      case DECIMAL128 ->
          v.asDecimal128().getValue().isFinite()
              ? v.asDecimal128().getValue().bigDecimalValue().toPlainString()
              : v.asDecimal128().getValue().toString();
      case BOOLEAN -> Boolean.toString(v.asBoolean().getValue());
      case DATE_TIME -> localTime(Instant.ofEpochMilli(v.asDateTime().getValue())).toString();
      case TIMESTAMP -> localTime(Instant.ofEpochSecond(v.asTimestamp().getTime())).toString();
      case OBJECT_ID -> v.asObjectId().getValue().toHexString();
      case DOCUMENT -> v.asDocument().toJson();
      case ARRAY -> {
        String json = new BsonDocument("a", v).toJson();
        yield json.substring(json.indexOf(':') + 1, json.length() - 1).strip();
      }
      default -> v.toString();
    };
  }

  @Override
  public long nullWatermarks() {
    try {
      String wm = def.watermarkColumn();
      BsonType type = objectIdTime ? BsonType.OBJECT_ID : BsonType.DATE_TIME;
      return collection.countDocuments() - collection.countDocuments(Filters.type(wm, type));
    } catch (MongoException e) {
      throw new ExtractException("读取数据源 " + def.id() + " 失败: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
