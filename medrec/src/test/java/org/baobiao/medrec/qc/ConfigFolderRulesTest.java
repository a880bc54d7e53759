package org.baobiao.medrec.qc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.baobiao.spec.config.ConfigFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quality rules from the user's configuration folder. */
class ConfigFolderRulesTest {
  private static final Path QC = Path.of("src/main/resources/org/baobiao/medrec/qc");

  @TempDir Path conf;

  private static QcRule rule(RuleBook book, String id) {
    return book.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void anEditedRuleSetReplacesTheBundledOneAndTheOthersStay() throws IOException {
    Path dir = Files.createDirectories(conf.resolve("qc-rules"));
    Files.writeString(
        dir.resolve("logic.yaml"),
        Files.readString(QC.resolve("logic.yaml"))
            .replace("message: 入院时间晚于出院时间", "message: 入院时间晚于出院时间（本院提示）"));
    RuleBook book = RuleBook.load(ConfigFolder.at(conf));
    assertThat(rule(book, "LG-01").message()).isEqualTo("入院时间晚于出院时间（本院提示）");
    assertThat(book.rules()).hasSameSizeAs(RuleBook.load().rules());
  }

  @Test
  void aRuleDefinedAgainInANewFileIsAnErrorNamingTheFile() throws IOException {
    Path dir = Files.createDirectories(conf.resolve("qc-rules"));
    Path extra = dir.resolve("zz-local.yaml");
    Files.writeString(
        extra, Files.readString(QC.resolve("logic.yaml")).replace("set: logic", "set: local"));
    assertThatThrownBy(() -> RuleBook.load(ConfigFolder.at(conf)))
        .isInstanceOf(org.baobiao.spec.SpecException.class)
        .hasMessageContaining(extra.toString())
        .hasMessageContaining("LG-01")
        .hasMessageContaining("重复");
  }

  @Test
  void aBrokenRuleInTheFolderNamesItsPathAndLine() throws IOException {
    Path dir = Files.createDirectories(conf.resolve("qc-rules"));
    Path file = dir.resolve("logic.yaml");
    Files.writeString(
        file,
        Files.readString(QC.resolve("logic.yaml"))
            .replaceFirst("severity: blocking", "severity: blokking"));
    assertThatThrownBy(() -> RuleBook.load(ConfigFolder.at(conf)))
        .isInstanceOf(org.baobiao.spec.SpecException.class)
        .hasMessageContaining(file + ":9")
        .hasMessageContaining("blokking");
  }
}
