package org.baobiao.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConsoleOptionsTest {
  @Test
  void defaultsListenOnThisMachineOnly() {
    ConsoleOptions o = ConsoleOptions.parse("serve");
    assertThat(o.port()).isEqualTo(8080);
    assertThat(o.bind()).isEqualTo("127.0.0.1");
    assertThat(o.warehouse()).isEqualTo(Path.of("data/warehouse.duckdb").toAbsolutePath());
    assertThat(o.dataDir()).isEqualTo(Path.of("data").toAbsolutePath());
  }

  @Test
  void globalOptionsBeforeAndAfterServe() {
    ConsoleOptions o =
        ConsoleOptions.parse(
            "--warehouse", "/srv/w/warehouse.duckdb", "serve", "--port=9090", "--bind", "0.0.0.0");
    assertThat(o.port()).isEqualTo(9090);
    assertThat(o.bind()).isEqualTo("0.0.0.0");
    assertThat(o.dataDir()).isEqualTo(Path.of("/srv/w"));
  }

  @Test
  void theMailServerOfFailedSchedules() {
    ConsoleOptions none = ConsoleOptions.parse("serve");
    assertThat(none.smtpHost()).isNull();
    ConsoleOptions o =
        ConsoleOptions.parse(
            "serve",
            "--smtp-host",
            "mail.example.org",
            "--smtp-port=2525",
            "--mail-from",
            "bb@example.org");
    assertThat(o.smtpHost()).isEqualTo("mail.example.org");
    assertThat(o.smtpPort()).isEqualTo(2525);
    assertThat(o.mailFrom()).isEqualTo("bb@example.org");
    assertThat(o.withPort(0).smtpHost()).isEqualTo("mail.example.org");
    assertThatThrownBy(() -> ConsoleOptions.parse("serve", "--smtp-port", "x"))
        .hasMessage("端口 'x' 无效：应为 0 到 65535 的整数");
  }

  @Test
  void badValuesAreRefusedInChinese() {
    assertThatThrownBy(() -> ConsoleOptions.parse("serve", "--port", "80x"))
        .hasMessage("端口 '80x' 无效：应为 0 到 65535 的整数");
    assertThatThrownBy(() -> ConsoleOptions.parse("serve", "--port")).hasMessage("选项 --port 缺少取值");
    assertThatThrownBy(() -> ConsoleOptions.parse("serve", "--schedule"))
        .hasMessage("未知的参数 '--schedule'");
    assertThatThrownBy(() -> ConsoleOptions.parse("--engine", "hive", "serve"))
        .hasMessage("引擎 'hive' 无效：应为 duckdb 或 spark");
    assertThatThrownBy(() -> ConsoleOptions.parse("--engine", "spark", "serve", "--conf", "x"))
        .hasMessage("设置 'x' 无效：应为 KEY=VALUE，如 spark.sql.shuffle.partitions=8");
    assertThatThrownBy(
            () -> ConsoleOptions.parse("--engine", "spark", "--warehouse", "hdfs://nn/w", "serve"))
        .hasMessageStartingWith("数据仓库 'hdfs://nn/w' 无效：控制台只支持本机目录或文件");
  }

  @Test
  void theSparkEngineWithItsSettingsAsTheCommandLineTakesThem() {
    ConsoleOptions duck = ConsoleOptions.parse("serve");
    assertThat(duck.engine()).isEqualTo("duckdb");
    assertThat(duck.engineSettings()).isEmpty();
    ConsoleOptions o =
        ConsoleOptions.parse(
            "--engine",
            "spark",
            "--spark-master",
            "local[2]",
            "--conf",
            "spark.sql.shuffle.partitions=2",
            "serve",
            "--conf=spark.ui.enabled=false");
    assertThat(o.engine()).isEqualTo("spark");
    // The Spark engine's default warehouse, data/delta: the console's files go beside it in data/.
    assertThat(o.warehouse()).isEqualTo(Path.of("data/delta").toAbsolutePath());
    assertThat(o.dataDir()).isEqualTo(Path.of("data").toAbsolutePath());
    assertThat(o.engineSettings())
        .containsExactlyInAnyOrderEntriesOf(
            java.util.Map.of(
                "spark.master", "local[2]",
                "spark.sql.shuffle.partitions", "2",
                "spark.ui.enabled", "false"));
    assertThat(o.withPort(0).engine()).isEqualTo("spark");
    assertThat(o.withDatabase("jdbc:postgresql://h/db", "u").engineSettings())
        .containsEntry("spark.master", "local[2]");
  }
}
