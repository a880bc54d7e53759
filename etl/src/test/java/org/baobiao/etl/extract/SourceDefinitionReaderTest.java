package org.baobiao.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.baobiao.spec.SpecException;
import org.baobiao.spec.SpecProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceDefinitionReaderTest {
  private static final String VALID =
      """
      # 湛江随访系统的接口日志库
      id: zj-followup-interface-data
      name: 随访系统接口日志
      kind: interface_exchanges
      connection:
        url: jdbc:mariadb://10.0.0.12:3306/interface_data
        user_env: FOLLOWUP_DB_USER
        password_file: followup.password
        properties:
          connectTimeout: 5000
      table: interface_log
      key: id
      watermark: updated_at
      lookback: 10m
      page_size: 5000
      constants:
        org_code: "440800004"
      fields:
        exchange_id: msg_id
        interface_id: interface_code
        sent_at: send_time
        acked_at: ack_time
        status: result
        error_cause: fail_type
      """;

  @TempDir Path dir;

  private Path write(String text) throws Exception {
    Path file = dir.resolve("def.yaml");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private List<String> problems(String text) throws Exception {
    Path file = write(text);
    try {
      SourceDefinitionReader.read(file);
      throw new AssertionError("expected problems in:\n" + text);
    } catch (SourceDefinitionException e) {
      assertThat(e.getMessage()).contains(file.toString());
      return e.lines();
    }
  }

  @Test
  void aValidDefinitionReadsWithDefaultsAndRelativePasswordFile() throws Exception {
    SourceDefinition def = SourceDefinitionReader.read(write(VALID));
    assertThat(def.id()).isEqualTo("zj-followup-interface-data");
    assertThat(def.kind()).isEqualTo("interface_exchanges");
    assertThat(def.connection().userEnv()).isEqualTo("FOLLOWUP_DB_USER");
    assertThat(def.connection().passwordFile()).isEqualTo(dir.resolve("followup.password"));
    assertThat(def.connection().properties()).containsEntry("connectTimeout", "5000");
    assertThat(def.lookback()).isEqualTo(Duration.ofMinutes(10));
    assertThat(def.pageSize()).isEqualTo(5000);
    assertThat(def.constants()).containsEntry("org_code", "440800004");
    assertThat(def.fields().keySet())
        .containsExactly(
            "exchange_id", "interface_id", "sent_at", "acked_at", "status", "error_cause");
    assertThat(def.relation()).isEqualTo("interface_log");
    assertThat(def.describe())
        .isEqualTo("jdbc:mariadb://10.0.0.12:3306/interface_data interface_log");

    SourceDefinition minimal =
        SourceDefinitionReader.read(
            write(VALID.replace("lookback: 10m\n", "").replace("page_size: 5000\n", "")));
    assertThat(minimal.lookback()).isEqualTo(Duration.ofMinutes(5));
    assertThat(minimal.pageSize()).isEqualTo(10_000);
  }

  @Test
  void aPasswordInTheFileOrInTheUrlIsRefusedWithItsLine() throws Exception {
    assertThat(problems(VALID.replace("  user_env: FOLLOWUP_DB_USER\n", "  password: s3cret\n")))
        .anySatisfy(p -> assertThat(p).startsWith("第 7 行 connection.password: 不得在定义文件中写明文密码"))
        .noneSatisfy(p -> assertThat(p).contains("s3cret"));
    assertThat(problems(VALID.replace("3306/interface_data", "3306/interface_data?password=x")))
        .containsExactly(
            "第 6 行 connection.url: URL 中不得含用户名或密码（user:密码@、user/密码@ 或 user=、password= 参数）；"
                + "用户名写在 connection.user 或 user_env，密码用 password_env 或 password_file 提供");
    assertThat(problems(VALID.replace("    connectTimeout: 5000", "    password: x")))
        .anySatisfy(p -> assertThat(p).contains("connection.properties.password").contains("明文密码"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "jdbc:mariadb:sequential://etl:s3cret@10.0.0.12:3306/interface_data",
        "jdbc:mysql://etl:s3cret@10.0.0.12:3306/interface_data",
        "jdbc:postgresql://etl:s3cret@10.0.0.12:5432/interface_data",
        "jdbc:mariadb://etl@10.0.0.12:3306/interface_data",
        "jdbc:oracle:thin:etl/s3cret@//10.0.0.12:1521/SVC",
        "jdbc:oracle:thin:etl/s3cret@10.0.0.12:1521:ORCL",
        "jdbc:mariadb://10.0.0.12:3306/interface_data?user=etl&password=s3cret",
        "jdbc:postgresql://10.0.0.12/interface_data?ssl=true&password=s3cret",
        "jdbc:sqlserver://10.0.0.12:1433;databaseName=x;user=etl;password=s3cret",
        "jdbc:mysql://address=(host=10.0.0.12)(user=etl)(password=s3cret)/interface_data",
        "jdbc:h2:tcp://10.0.0.12/data;PWD=s3cret"
      })
  void everyCredentialFormInTheUrlIsRefusedWithoutPrintingThePassword(String url) throws Exception {
    Path file = write(VALID.replace("jdbc:mariadb://10.0.0.12:3306/interface_data", url));
    SourceDefinitionException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            SourceDefinitionException.class, () -> SourceDefinitionReader.read(file));
    assertThat(e).as(url).isNotNull();
    assertThat(e.getMessage()).contains("connection.url: URL 中不得含用户名或密码").doesNotContain("s3cret");
    assertThat(e.problems())
        .anySatisfy(p -> assertThat(p.value()).contains("***").doesNotContain("s3cret"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "jdbc:oracle:thin:@//10.0.0.12:1521/SVC",
        "jdbc:postgresql://10.0.0.12:5432/users?ssl=true",
        "jdbc:mariadb:sequential://10.0.0.12:3306,10.0.0.13:3306/interface_data"
      })
  void urlsWithoutCredentialsAreAccepted(String url) throws Exception {
    SourceDefinition def =
        SourceDefinitionReader.read(
            write(VALID.replace("jdbc:mariadb://10.0.0.12:3306/interface_data", url)));
    assertThat(def.connection().url()).isEqualTo(url);
  }

  @Test
  void everyProblemIsListedWithLineFieldAndWhatWasExpected() throws Exception {
    String broken =
        VALID
            .replace("kind: interface_exchanges", "kind: interface_exchange")
            .replace("table: interface_log", "tabel: interface_log")
            .replace("lookback: 10m", "lookback: ten minutes")
            .replace("page_size: 5000", "page_size: 10")
            .replace("  status: result\n", "  status: result\n  colour: x\n");
    assertThat(problems(broken))
        .containsExactly(
            "第 2 行 table: 须给出 table（表名）或 query（SELECT 查询）二者之一",
            "第 4 行 kind: 未知的文件类型 'interface_exchange'；可用: interface_exchanges（接口交换记录）等，见 docs/formats.md",
            "第 11 行 tabel: 未知字段（拼写错误？）是否应为 'table'？可用字段: id, name, kind, connection, table, "
                + "query, collection, key, watermark, lookback, page_size, fields, constants",
            "第 14 行 lookback: 'ten minutes' 应为 0 到 30 天之间的时长，如 10m、2h、1d 或 PT10M",
            "第 15 行 page_size: 应为 100 到 1000000 之间的整数，实际是 10");
  }

  @Test
  void theKindsRequiredFieldsMustBeMapped() throws Exception {
    assertThat(
            problems(
                VALID
                    .replace("  sent_at: send_time\n", "")
                    .replace("  org_code: \"440800004\"\n", "  retries: 0\n")))
        .containsExactly(
            "第 19 行 fields.org_code: 必填字段 org_code（机构代码）未映射到列，也没有常量",
            "第 19 行 fields.sent_at: 必填字段 sent_at（发送时间）未映射到列，也没有常量");
    assertThat(problems(VALID.replace("  exchange_id: msg_id", "  exchange_id: msg id")))
        .containsExactly(
            "第 19 行 fields.exchange_id: 'msg id' 应为源表（或查询结果）的列名；需要计算的值请写在 query 中并起别名");
  }

  @Test
  void aQueryMayStandInForTheTable() throws Exception {
    SourceDefinition def =
        SourceDefinitionReader.read(
            write(
                VALID.replace(
                    "table: interface_log",
                    "query: SELECT l.*, r.code AS result FROM interface_log l JOIN results r ON r.id = l.result_id")));
    assertThat(def.relation()).startsWith("(SELECT l.*").endsWith(") src");
    assertThat(problems(VALID.replace("table: interface_log", "query: DELETE FROM interface_log;")))
        .containsExactly("第 11 行 query: 应为一条 SELECT 查询", "第 11 行 query: 查询末尾不要写分号：它将作为子查询使用");
  }

  @Test
  void aBrokenFileNamesFileLineColumnAndFieldInTheSharedProblemType() throws Exception {
    Path file = write(VALID.replace("page_size: 5000", "page_size: lots"));
    assertThatThrownBy(() -> SourceDefinitionReader.read(file))
        .isInstanceOfSatisfying(
            SpecException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.code()).isEqualTo(SpecProblem.Code.INVALID);
                          assertThat(p.field()).isEqualTo("page_size");
                          assertThat(p.value()).isEqualTo("lots");
                          assertThat(p.toString())
                              .startsWith(file + ":15:12 page_size: 应为 100 到 1000000 之间的整数");
                        }));
  }

  private static final String MONGO =
      """
      id: zj-followup-cdr
      kind: interface_exchanges
      connection:
        url: mongodb://10.20.1.16:27017/cdr?authSource=admin
        user: baobiao_reader
        password_env: CDR_MONGO_PASSWORD
      collection: followup_sync_log
      watermark: meta.updated_at
      constants:
        org_code: "440800004"
      fields:
        exchange_id: msg.id
        interface_id: msg.interface
        sent_at: send.at
        status: result.status
        error_code: result.errors.0.code
      """;

  @Test
  void aMongoSourceNamesACollectionAndFieldPathsWithTheIdAsDefaultKey() throws Exception {
    SourceDefinition def = SourceDefinitionReader.read(write(MONGO));
    assertThat(def.type()).isEqualTo(SourceDefinition.Type.MONGODB);
    assertThat(def.collection()).isEqualTo("followup_sync_log");
    assertThat(def.table()).isNull();
    assertThat(def.keyColumn()).isEqualTo("_id");
    assertThat(def.watermarkColumn()).isEqualTo("meta.updated_at");
    assertThat(def.fields()).containsEntry("error_code", "result.errors.0.code");
    assertThat(def.describe())
        .isEqualTo("mongodb://10.20.1.16:27017/cdr?authSource=admin followup_sync_log");

    SourceDefinition byObjectId =
        SourceDefinitionReader.read(write(MONGO.replace("meta.updated_at", "_id")));
    assertThat(byObjectId.watermarkColumn()).isEqualTo("_id");
    assertThat(SourceDefinitionReader.read(write(VALID)).type())
        .isEqualTo(SourceDefinition.Type.JDBC);
  }

  @Test
  void aMongoDefinitionsProblemsAreListedWithTheirLines() throws Exception {
    assertThat(
            problems(
                MONGO
                    .replace("10.20.1.16:27017/cdr?", "reader:pw@10.20.1.16:27017/?")
                    .replace("collection: followup_sync_log", "table: followup_sync_log")
                    .replace("watermark: meta.updated_at", "watermark: _id\nkey: seq")
                    .replace("  exchange_id: msg.id", "  exchange_id: msg..id")))
        .containsExactly(
            "第 1 行 collection: MongoDB 数据源须给出 collection（集合名）",
            "第 4 行 connection.url: URL 中不得含用户名或密码；请用 user（或 user_env）与 password_env（或 password_file）",
            "第 4 行 connection.url: MongoDB URL 须写明数据库名，如 mongodb://host:27017/cdr",
            "第 7 行 table: MongoDB 数据源没有 table；请用 collection 给出集合名，用 fields 的字段路径（如 patient.visit_no）展开嵌套文档",
            "第 9 行 key: 水位为 _id（ObjectId 的时间）时，键也须是 _id（或不写 key）",
            "第 13 行 fields.exchange_id: 'msg..id' 应为文档的字段路径，如 msg_id、patient.visit_no 或 errors.0.code");
    assertThat(problems(VALID.replace("table: interface_log", "collection: interface_log")))
        .anySatisfy(p -> assertThat(p).startsWith("第 11 行 collection: collection 只用于 MongoDB 数据源"));
    assertThat(problems(MONGO.replace("mongodb://", "mongo://")))
        .anySatisfy(p -> assertThat(p).contains("或 MongoDB URL（如 mongodb://host:27017/cdr）"));
  }

  @Test
  void theExampleDefinitionsOfTheDocsAreValid() throws Exception {
    Path examples = Path.of("../docs/examples/sources");
    try (var files = Files.list(examples)) {
      List<Path> yaml = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
      assertThat(yaml).hasSizeGreaterThanOrEqualTo(3);
      for (Path file : yaml) {
        SourceDefinition def = SourceDefinitionReader.read(file);
        assertThat(file.getFileName().toString()).isEqualTo(def.id() + ".yaml");
      }
    }
    assertThat(SourceDefinitionReader.read(examples.resolve("zj-followup-cdr.yaml")).type())
        .isEqualTo(SourceDefinition.Type.MONGODB);
  }
}
