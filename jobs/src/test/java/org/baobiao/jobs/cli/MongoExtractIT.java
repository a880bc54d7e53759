package org.baobiao.jobs.cli;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
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
import java.util.concurrent.TimeUnit;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.Warehouses;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental extraction from MongoDB end to end, as {@link ExtractIT} does it for JDBC sources: a
 * MongoDB wire-protocol server in the test JVM ({@code mongo-java-server}), read by the command
 * line through the real driver. Nested documents are flattened by the definition's field paths; a
 * bad document is rejected once; updates, late inserts, a run killed after three pages and the
 * ObjectId's time as the watermark all end with exactly the source's documents, each once.
 */
class MongoExtractIT {
  private static final LocalDateTime T0 = LocalDateTime.of(2026, 10, 3, 8, 0);
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @TempDir Path dir;
  private MongoServer server;
  private MongoClient client;
  private String url;

  @BeforeEach
  void start() {
    server = new MongoServer(new MemoryBackend());
    InetSocketAddress address = server.bind();
    url = "mongodb://" + address.getHostString() + ":" + address.getPort() + "/cdr";
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

  @Test
  void extractionFromACollectionIsIncrementalExactAndSurvivesAKill() throws Exception {
    Path warehouse = dir.resolve("data/warehouse.duckdb");
    CliRunner cli = new CliRunner(warehouse);
    loadReference(cli);
    MongoCollection<Document> log = client.getDatabase("cdr").getCollection("sync_log");
    // Documents 1..5; document 3 has a status the format does not know.
    for (int id = 1; id <= 5; id++) {
      log.insertOne(document(id, id == 3 ? "DONE" : "SUCCESS", T0.plusMinutes(id)));
    }
    Path def = definition("cdr-sync-log", "sync_log", "meta.updated_at", "seq", "");

    CliRunner.Result first = cli.run("extract", def.toString());
    assertThat(first.exitCode()).as(first.out() + first.err()).isEqualTo(3);
    assertThat(first.out())
        .contains("首次抽取")
        .contains(url + " sync_log")
        .contains("读取 5 行")
        .contains("拒绝 1 行");
    ExtractIT.assertExchanges(warehouse, 5 - 1);
    try (Warehouse w = Warehouses.open("duckdb", warehouse)) {
      assertThat(
              w.query("SELECT line_no, field, value, reason_code FROM rejects", Map.of())
                  .rows()
                  .get(0))
          .containsExactly(3L, "status", "DONE", "BAD_CODE");
      assertThat(
              w.query(
                      "SELECT business_key, sent_at, acked_at FROM interface_exchanges"
                          + " WHERE exchange_id = 'X1'",
                      Map.of())
                  .rows()
                  .get(0))
          .containsExactly("B1", T0.plusSeconds(1), T0.plusSeconds(1).plusNanos(50_000_000));
    }

    // The collection moves on: document 2 is updated, 3 corrected, 6-7 inserted.
    update(log, 2, "FAILED", T0.plusMinutes(20));
    update(log, 3, "SUCCESS", T0.plusMinutes(21));
    log.insertOne(document(6, "SUCCESS", T0.plusMinutes(22)));
    log.insertOne(document(7, "SUCCESS", T0.plusMinutes(23)));
    CliRunner.Result second = cli.run("extract", def.toString());
    assertThat(second.exitCode()).as(second.out() + second.err()).isZero();
    assertThat(second.out()).contains("从水位 2026-10-03 08:05:00 / 5 起");
    ExtractIT.assertExchanges(warehouse, 7);
    try (Warehouse w = Warehouses.open("duckdb", warehouse)) {
      assertThat(
              w.query(
                      "SELECT status, error_cause, acked_at FROM interface_exchanges"
                          + " WHERE exchange_id = 'X2'",
                      Map.of())
                  .rows()
                  .get(0))
          .containsExactly("FAILED", "NETWORK", null);
      assertThat(w.query("SELECT count(*) FROM rejects", Map.of()).single()).isEqualTo(1L);
    }

    // Document 8 is inserted late: updated 90 s before the watermark, within the lookback.
    log.insertOne(document(8, "SUCCESS", T0.plusMinutes(21).plusSeconds(30)));
    // Two documents without a date in the watermark field cannot be extracted: said, not lost
    // silently.
    log.insertOne(document(50, "SUCCESS", T0).append("meta", new Document("updated_at", "昨天")));
    log.insertOne(document(51, "SUCCESS", T0).append("meta", new Document()));
    CliRunner.Result late = cli.run("extract", def.toString());
    assertThat(late.exitCode()).as(late.out() + late.err()).isZero();
    assertThat(late.out()).contains("源中有 2 行的水位列 meta.updated_at 为空");
    ExtractIT.assertExchanges(warehouse, 8);

    // Nothing new: the lookback is read again and changes nothing.
    CliRunner.Result quiet = cli.run("extract", def.toString());
    assertThat(quiet.exitCode()).as(quiet.out()).isZero();
    ExtractIT.assertExchanges(warehouse, 8);

    // 1,000 more documents in pages of 100; the JVM is halted right after the third page commit.
    List<Document> more = new ArrayList<>();
    for (int id = 100; id < 1_100; id++) {
      more.add(document(id, "SUCCESS", T0.plusHours(1).plusSeconds(id)));
    }
    log.insertMany(more);
    Process killed =
        ExtractIT.child(warehouse, def, Map.of(), "-Dbaobiao.fault.halt-after-pages=3");
    assertThat(killed.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(killed.exitValue()).as(ExtractIT.output(killed)).isEqualTo(137);
    try (Warehouse w = Warehouses.open("duckdb", warehouse)) {
      long partial = (Long) w.query("SELECT count(*) FROM interface_exchanges", Map.of()).single();
      assertThat(partial).isBetween(9L, 1_007L);
      assertThat(
              w.query(
                      "SELECT b.status FROM extract_state s JOIN load_batches b"
                          + " ON b.batch_id = s.batch_id",
                      Map.of())
                  .single())
          .isEqualTo("RUNNING");
    }
    CliRunner.Result resumed = cli.run("extract", def.toString());
    assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isZero();
    assertThat(resumed.out()).contains("续接");
    ExtractIT.assertExchanges(warehouse, 1_008);

    CliRunner.Result listed = cli.run("sources", "--sources", def.getParent().toString());
    assertThat(listed.exitCode()).as(listed.out()).isZero();
    assertThat(listed.out()).contains("cdr-sync-log").contains("水位 2026-10-03 09:18:19 / 1099");
    try (Warehouse w = Warehouses.open("duckdb", warehouse)) {
      assertThat(
              w.query(
                      "SELECT DISTINCT encoding FROM load_batches WHERE source_path LIKE 'mongodb %'",
                      Map.of())
                  .single())
          .isEqualTo("MONGODB");
    }
  }

  @Test
  void theObjectIdTimeIsTheWatermarkOfACollectionWithoutAnUpdateTime() throws Exception {
    Path warehouse = dir.resolve("data/warehouse.duckdb");
    CliRunner cli = new CliRunner(warehouse);
    loadReference(cli);
    MongoCollection<Document> visits = client.getDatabase("cdr").getCollection("visit_sync");
    for (int id = 1; id <= 3; id++) {
      visits.insertOne(document(id, "SUCCESS", T0));
    }
    Path def = definition("cdr-visit-sync", "visit_sync", "_id", null, "page_size: 100\n");

    CliRunner.Result first = cli.run("extract", def.toString());
    assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
    assertThat(first.out()).contains("读取 3 行").contains("载入 3 行");
    ExtractIT.assertExchanges(warehouse, 3);

    for (int id = 4; id <= 5; id++) {
      visits.insertOne(document(id, "SUCCESS", T0));
    }
    // The ObjectIds were made within the 5-minute lookback: everything is read again, and upserted
    // by its key, nothing doubled.
    CliRunner.Result second = cli.run("extract", def.toString());
    assertThat(second.exitCode()).as(second.out() + second.err()).isZero();
    assertThat(second.out()).contains("读取 5 行");
    ExtractIT.assertExchanges(warehouse, 5);
  }

  @Test
  void aMissingPasswordVariableIsNamedBeforeConnecting() throws Exception {
    Path warehouse = dir.resolve("data/warehouse.duckdb");
    client.getDatabase("cdr").getCollection("sync_log").insertOne(document(1, "SUCCESS", T0));
    Path def = definition("cdr-sync-log", "sync_log", "meta.updated_at", "seq", "");
    Files.writeString(
        def,
        Files.readString(def)
            .replace(
                "  url: " + url + "\n",
                "  url: " + url + "\n  user: reader\n  password_env: BB_TEST_MONGO_PASSWORD\n"));

    Process missing = ExtractIT.child(warehouse, def, Map.of());
    assertThat(missing.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String out = ExtractIT.output(missing);
    assertThat(missing.exitValue()).as(out).isEqualTo(1);
    assertThat(out).contains("环境变量 BB_TEST_MONGO_PASSWORD").contains("未设置");
  }

  private void loadReference(CliRunner cli) throws IOException {
    Path input = Fixtures.copy("interface-exchange/october/input", dir.resolve("in"));
    assertThat(
            cli.run("ingest", "--domain", "reference", input.resolve("reference").toString())
                .exitCode())
        .isZero();
  }

  private static Date date(LocalDateTime t) {
    return Date.from(t.atZone(ZONE).toInstant());
  }

  /** A sync log entry as the follow-up system's CDR keeps it: nested documents. */
  private static Document document(int id, String result, LocalDateTime updated) {
    LocalDateTime sent = T0.plusSeconds(id);
    boolean failed = "FAILED".equals(result);
    return new Document("seq", id)
        .append("msg", new Document("id", "X" + id).append("type", "ADT^A01"))
        .append("patient", new Document("visit_no", "B" + id).append("name", "患者" + id))
        .append(
            "send",
            new Document("at", date(sent))
                .append("ack_at", failed ? null : date(sent.plusNanos(50_000_000))))
        .append("result", new Document("status", result).append("cause", failed ? "NETWORK" : null))
        .append("retries", 0)
        .append("meta", new Document("updated_at", date(updated)));
  }

  private static void update(
      MongoCollection<Document> log, int id, String result, LocalDateTime updated) {
    boolean failed = "FAILED".equals(result);
    long n =
        log.updateOne(
                eq("seq", id),
                combine(
                    set("result.status", result),
                    set("result.cause", failed ? "NETWORK" : null),
                    set(
                        "send.ack_at",
                        failed ? null : date(T0.plusSeconds(id).plusNanos(50_000_000))),
                    set("meta.updated_at", date(updated))))
            .getModifiedCount();
    assertThat(n).isEqualTo(1);
  }

  private Path definition(String id, String collection, String watermark, String key, String extra)
      throws IOException {
    Path file = dir.resolve("sources/" + id + ".yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        """
        # The source of MongoExtractIT: the follow-up system's sync log in its CDR.
        id: %s
        name: 集成测试随访同步日志
        kind: interface_exchanges
        connection:
          url: %s
        collection: %s
        %swatermark: %s
        lookback: 5m
        %sconstants:
          org_code: "441700001"
          interface_id: HIS-LIS
        fields:
          exchange_id: msg.id
          message_type: msg.type
          business_key: patient.visit_no
          sent_at: send.at
          acked_at: send.ack_at
          status: result.status
          error_cause: result.cause
          retries: retries
        """
            .formatted(
                id,
                url,
                collection,
                key == null ? "" : "key: " + key + "\n",
                watermark,
                extra.isEmpty() ? "page_size: 100\n" : extra),
        StandardCharsets.UTF_8);
    return file;
  }
}
