package org.baobiao.spec.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFolderTest {
  private static final ClassLoader LOADER = ConfigFolderTest.class.getClassLoader();

  @TempDir Path dir;

  private static List<SpecFile> bundled() {
    return ConfigFolder.bundled(
        ConfigKind.CONTRACTS, LOADER, "spec-config/contracts", "index.txt", n -> n);
  }

  private static String text(SpecFile f) {
    return f.text().strip();
  }

  @Test
  void withoutAFolderTheBundledFilesAreAllInIndexOrder() {
    List<SpecFile> files =
        ConfigFolder.none().overlay(ConfigKind.CONTRACTS, bundled(), n -> n.endsWith(".yaml"));
    assertThat(files).extracting(SpecFile::name).containsExactly("a.yaml", "b.yaml");
    assertThat(files).extracting(SpecFile::origin).containsOnly(Origin.BUNDLED);
    assertThat(files.get(0).location()).isEqualTo("内置 contracts/a.yaml");
  }

  @Test
  void aFolderThatDoesNotExistIsEmpty() {
    ConfigFolder config = ConfigFolder.at(dir.resolve("missing"));
    assertThat(config.overlay(ConfigKind.CONTRACTS, bundled(), n -> true)).hasSize(2);
    assertThat(config.folderNames(ConfigKind.REPORTS)).isEmpty();
  }

  @Test
  void aFolderFileReplacesTheBundledFileOfTheSameNameAndOthersAreAddedByName() throws IOException {
    Path contracts = Files.createDirectories(dir.resolve("contracts"));
    Files.writeString(contracts.resolve("b.yaml"), "id: b2");
    Files.writeString(contracts.resolve("z.yaml"), "id: z");
    Files.writeString(contracts.resolve("c.yaml"), "id: c");
    Files.writeString(contracts.resolve("notes.txt"), "not a contract");
    List<SpecFile> files =
        ConfigFolder.at(dir).overlay(ConfigKind.CONTRACTS, bundled(), n -> n.endsWith(".yaml"));
    assertThat(files)
        .extracting(SpecFile::name)
        .containsExactly("a.yaml", "b.yaml", "c.yaml", "z.yaml");
    assertThat(files)
        .extracting(ConfigFolderTest::text)
        .containsExactly("id: a", "id: b2", "id: c", "id: z");
    assertThat(files.get(1).origin()).isEqualTo(Origin.FOLDER);
    assertThat(files.get(1).location()).isEqualTo(contracts.resolve("b.yaml").toString());
  }

  @Test
  void textIsStrictUtf8WithoutItsByteOrderMarkAndABadFileIsNamed() {
    SpecFile bom =
        new SpecFile(
            "x.yaml", Origin.FOLDER, "/c/x.yaml", "\uFEFFid: x".getBytes(StandardCharsets.UTF_8));
    assertThat(bom.text()).isEqualTo("id: x");
    SpecFile gbk =
        new SpecFile(
            "y.yaml", Origin.FOLDER, "/c/y.yaml", new byte[] {(byte) 0xD6, (byte) 0xD0, 'x'});
    assertThatThrownBy(gbk::text)
        .isInstanceOf(SpecFileException.class)
        .hasMessageContaining("/c/y.yaml")
        .hasMessageContaining("UTF-8");
  }

  @Test
  void aMissingBundledFileNamesTheIndexLine() {
    assertThatThrownBy(
            () ->
                ConfigFolder.bundled(
                    ConfigKind.CONTRACTS,
                    LOADER,
                    "spec-config/contracts",
                    "index.txt",
                    n -> n + ".missing"))
        .isInstanceOf(SpecFileException.class)
        .hasMessageContaining("index.txt:2")
        .hasMessageContaining("a.yaml.missing");
  }

  @Test
  void aReportFolderInTheConfigurationReplacesTheBundledFolderWhole() throws IOException {
    ClassLoader plain = ConfigFolder.at(dir).resourceLoader(ConfigKind.REPORTS, LOADER);
    assertThat(read(plain, "spec-config/reports/r1/summary.sql")).isEqualTo("bundled sql");

    Path r1 = Files.createDirectories(dir.resolve("reports/r1"));
    Files.writeString(r1.resolve("report.yaml"), "user yaml");
    ClassLoader loader = ConfigFolder.at(dir).resourceLoader(ConfigKind.REPORTS, LOADER);
    assertThat(read(loader, "reports/r1/report.yaml")).isEqualTo("user yaml");
    assertThat(loader.getResource("reports/r1/summary.sql"))
        .as("no mixing with bundled files")
        .isNull();
    assertThat(loader.getResource("reports/r1/../../etc/passwd")).isNull();
    assertThat(ConfigFolder.at(dir).folderNames(ConfigKind.REPORTS)).containsExactly("r1");
  }

  @Test
  void aSharedFolderReplacesBundledFilesOneByOne() throws IOException {
    Path shared = Files.createDirectories(dir.resolve("reports/_shared"));
    Files.writeString(shared.resolve("common.sql"), "user common");
    ClassLoader loader = ConfigFolder.at(dir).resourceLoader(ConfigKind.REPORTS, LOADER);
    assertThat(read(loader, "reports/_shared/common.sql")).isEqualTo("user common");
    assertThat(read(loader, "reports/_shared/added.sql"))
        .as("a file the user's _shared/ lacks (added by a newer version) is the bundled one")
        .isEqualTo("bundled added");
    assertThat(loader.getResource("reports/_shared/none.sql")).isNull();
    assertThat(ConfigFolder.at(dir).folderNames(ConfigKind.REPORTS)).containsExactly("_shared");
  }

  private static String read(ClassLoader loader, String name) throws IOException {
    try (InputStream in = loader.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }

  @Test
  void whereToAddNamesTheKindsSubfolder() {
    assertThat(ConfigFolder.at(dir).whereToAdd(ConfigKind.CALENDARS))
        .isEqualTo(dir.resolve("calendars") + "/");
    assertThat(ConfigFolder.none().whereToAdd(ConfigKind.CALENDARS)).isEqualTo("conf/calendars/");
  }
}
