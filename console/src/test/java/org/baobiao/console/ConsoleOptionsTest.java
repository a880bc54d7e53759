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
    assertThatThrownBy(() -> ConsoleOptions.parse("--engine", "spark", "serve"))
        .hasMessage("控制台目前只支持 duckdb 引擎，而不是 'spark'");
  }
}
