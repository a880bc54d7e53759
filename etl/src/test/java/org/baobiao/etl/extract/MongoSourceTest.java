package org.baobiao.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.baobiao.etl.load.Domains;
import org.baobiao.etl.source.ColumnDef;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.Warehouses;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a MongoDB collection page by page, against a MongoDB wire-protocol server in the test JVM
 * ({@code mongo-java-server}) through the real driver: nested documents flattened by field paths,
 * keyset pages that neither skip nor repeat, the lookback, ObjectId time as the watermark, and
 * documents without a watermark counted.
 */
class MongoSourceTest {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final LocalDateTime T0 = LocalDateTime.of(2026, 10, 3, 8, 0);
  private static final List<ColumnDef> COLUMNS = Domains.kind("interface_exchanges").columns();

  @TempDir Path dir;
  private MongoServer server;
  private MongoClient client;
  private String url;

  @BeforeEach
  void start() {
    server = new MongoServer(new MemoryBackend());
    InetSocketAddress address = server.bind();
    url = "mongodb://127.0.0.1:" + address.getPort() + "/cdr";
    client = MongoClients.create(url);
  }

  @AfterEach
  void stop() {
    client.close();
    // Not shutdownNow(): its closing of the client channels can wait forever when a channel's
    // event loop is already gone (mongo-java-server 1.47 with Netty), which hung a CI build.
    // shutdown() closes them with the event loops, bounded by their 5-second grace period.
    server.shutdown();
  }

  private MongoCollection<Document> log() {
    return client.getDatabase("cdr").getCollection("sync_log");
  }

  private static Date at(LocalDateTime t) {
    return Date.from(t.atZone(ZONE).toInstant());
  }

  private static Document exchange(int n, LocalDateTime updated) {
    return new Document("seq", n)
        .append("msg", new Document("id", "M" + n).append("type", "ADT^A01"))
        .append("patient", new Document("visit_no", "V" + n).append("name", "张三" + n))
        .append("send", new Document("at", at(T0.plusSeconds(n))))
        .append("result", "SUCCESS")
        .append("errors", List.of(new Document("code", "E" + n)))
        .append("size", new Decimal128(new java.math.BigDecimal("1024.50")))
        .append("retries", 2.0)
        .append("meta", new Document("updated_at", at(updated)));
  }

  private SourceDefinition definition(String watermark, String key, int pageSize) throws Exception {
    Path file = dir.resolve("cdr.yaml");
    Files.writeString(
        file,
        """
        id: cdr-sync
        kind: interface_exchanges
        connection:
          url: %s
        collection: sync_log
        %s
        watermark: %s
        page_size: %d
        constants:
          org_code: "440800004"
          interface_id: CDR-SYNC
        fields:
          exchange_id: msg.id
          message_type: msg.type
          business_key: patient.visit_no
          sent_at: send.at
          status: result
          error_code: errors.0.code
          error_message: errors
          retries: retries
          payload_bytes: size
        """
            .formatted(url, key == null ? "" : "key: " + key, watermark, pageSize),
        StandardCharsets.UTF_8);
    return SourceDefinitionReader.read(file);
  }

  private static List<ExtractedRow> all(RowSource source, LocalDateTime from) {
    List<ExtractedRow> all = new ArrayList<>();
    Watermark after = null;
    while (true) {
      List<ExtractedRow> page = source.page(from, after, all.size() + 1, COLUMNS, constants());
      all.addAll(page);
      if (page.size() < 100) {
        return all;
      }
      after = page.get(page.size() - 1).position();
    }
  }

  private static Map<String, String> constants() {
    return Map.of("org_code", "440800004", "interface_id", "CDR-SYNC");
  }

  @Test
  void nestedDocumentsAreFlattenedByTheirFieldPaths() throws Exception {
    log().insertOne(exchange(1, T0.plusMinutes(1)));
    SourceDefinition def = definition("meta.updated_at", "seq", 100);
    assertThat(def.type()).isEqualTo(SourceDefinition.Type.MONGODB);

    try (RowSource source = RowSource.open(def, Map.of(), COLUMNS)) {
      List<ExtractedRow> rows = source.page(null, null, 1, COLUMNS, constants());

      assertThat(rows).hasSize(1);
      ExtractedRow row = rows.get(0);
      assertThat(row.position()).isEqualTo(new Watermark(T0.plusMinutes(1), "1"));
      Map<String, String> record = new java.util.LinkedHashMap<>();
      for (int i = 0; i < COLUMNS.size(); i++) {
        record.put(COLUMNS.get(i).name(), row.record().fields()[i]);
      }
      assertThat(record)
          .containsEntry("org_code", "440800004")
          .containsEntry("interface_id", "CDR-SYNC")
          .containsEntry("exchange_id", "M1")
          .containsEntry("message_type", "ADT^A01")
          .containsEntry("business_key", "V1")
          .containsEntry("sent_at", "2026-10-03T08:00:01")
          .containsEntry("status", "SUCCESS")
          .containsEntry("error_code", "E1")
          .containsEntry("error_message", "[{\"code\": \"E1\"}]")
          .containsEntry("retries", "2")
          .containsEntry("payload_bytes", "1024.50")
          .containsEntry("received_at", "");
      assertThat(row.record().raw())
          .startsWith("meta.updated_at=2026-10-03T08:01, seq=1, msg.id=M1")
          .doesNotContain("张三");
      assertThat(row.record().file()).isEqualTo("cdr-sync");
    }
  }

  @Test
  void pagesFollowTheWatermarkThenTheKeyWithoutSkipsOrRepeats() throws Exception {
    List<Document> docs = new ArrayList<>();
    // 250 documents over 25 distinct update times (ties broken by seq), inserted out of order,
    // and 3 without a date in the watermark field.
    for (int n = 250; n >= 1; n--) {
      docs.add(exchange(n, T0.plusMinutes(n % 25)));
    }
    docs.add(exchange(900, T0).append("meta", new Document("updated_at", "2026-10-03")));
    docs.add(exchange(901, T0).append("meta", new Document()));
    docs.add(exchange(902, T0).append("meta", null));
    log().insertMany(docs);
    SourceDefinition def = definition("meta.updated_at", "seq", 100);

    try (RowSource source = RowSource.open(def, Map.of(), COLUMNS)) {
      List<ExtractedRow> rows = all(source, null);

      assertThat(rows).hasSize(250);
      assertThat(rows.stream().map(r -> r.record().fields()[1]).distinct()).hasSize(250);
      for (int i = 1; i < rows.size(); i++) {
        Watermark a = rows.get(i - 1).position();
        Watermark b = rows.get(i).position();
        assertThat(
                a.time().isBefore(b.time())
                    || a.time().equals(b.time())
                        && Long.parseLong(a.key()) < Long.parseLong(b.key()))
            .as("%s before %s", a, b)
            .isTrue();
      }
      assertThat(rows.get(0).record().line()).isEqualTo(1);
      assertThat(rows.get(249).record().line()).isEqualTo(250);
      assertThat(source.nullWatermarks()).isEqualTo(3);

      // From a watermark minus a lookback: only the documents updated since.
      List<ExtractedRow> since = all(source, T0.plusMinutes(23));
      assertThat(since)
          .hasSize(20)
          .allMatch(r -> !r.position().time().isBefore(T0.plusMinutes(23)));
    }
  }

  @Test
  void theObjectIdTimeIsAWatermarkInInsertionOrder() throws Exception {
    List<Document> docs = new ArrayList<>();
    for (int n = 1; n <= 150; n++) {
      Date created = at(T0.plusSeconds(n / 10));
      docs.add(exchange(n, T0).append("_id", new ObjectId(created, n)));
    }
    docs.add(exchange(999, T0).append("_id", "not-an-object-id"));
    log().insertMany(docs);
    SourceDefinition def = definition("_id", null, 100);
    assertThat(def.keyColumn()).isEqualTo("_id");

    try (RowSource source = RowSource.open(def, Map.of(), COLUMNS)) {
      List<ExtractedRow> rows = all(source, null);

      assertThat(rows).hasSize(150);
      assertThat(rows.get(0).position().time()).isEqualTo(T0);
      assertThat(rows.get(149).position().time()).isEqualTo(T0.plusSeconds(15));
      assertThat(rows.get(0).position().key()).hasSize(24);
      assertThat(rows.stream().map(r -> r.record().fields()[1]).distinct()).hasSize(150);
      assertThat(source.nullWatermarks()).isEqualTo(1);

      List<ExtractedRow> since = all(source, T0.plusSeconds(14));
      assertThat(since).hasSize(11);
    }
  }

  @Test
  void aMissingCollectionOrServerIsNamed() throws Exception {
    SourceDefinition def = definition("meta.updated_at", "seq", 100);
    log().insertOne(new Document("x", 1));
    client.getDatabase("cdr").getCollection("other").insertOne(new Document("x", 1));
    log().drop();
    assertThatThrownBy(() -> RowSource.open(def, Map.of(), COLUMNS))
        .isInstanceOf(ExtractException.class)
        .hasMessageContaining("数据库 cdr 中没有集合 sync_log")
        .hasMessageContaining("other");

    server.shutdownNow();
    assertThatThrownBy(() -> RowSource.open(def, Map.of(), COLUMNS))
        .isInstanceOf(ExtractException.class)
        .hasMessageContaining("无法连接数据源 cdr-sync")
        .hasMessageContaining("连不上服务器");
  }

  @Test
  void theSparkEngineRefusesAMongoSourceBeforeConnecting() throws Exception {
    SourceDefinition def = definition("meta.updated_at", "seq", 100);
    server.shutdownNow();
    BulkExtract everywhere =
        new BulkExtract() {
          @Override
          public boolean supports(Warehouse warehouse) {
            return true;
          }

          @Override
          public Extractor.Read read(Extractor.Run run) {
            throw new AssertionError("a MongoDB source never reaches a JDBC bulk reader");
          }
        };
    try (Warehouse w = Warehouses.open("duckdb", dir.resolve("w/warehouse.duckdb"))) {
      assertThatThrownBy(
              () ->
                  new Extractor(w, List.of(everywhere))
                      .run(def, Map.of(), dir.resolve("rejects"), (n, p) -> {}))
          .isInstanceOf(UnsupportedSourceException.class)
          .hasMessageContaining("Spark 引擎")
          .hasMessageContaining("只能读取 JDBC 数据源")
          .hasMessageContaining("cdr-sync");
      assertThat(w.batches().find(1)).isEmpty();
    }
  }
}
