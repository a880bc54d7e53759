package org.baobiao.jobs.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.baobiao.jobs.service.InvalidRequestException;
import org.baobiao.jobs.service.ServiceFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sources folder and its overview called directly (extraction runs against real databases are
 * in ExtractIT).
 */
class ExtractServiceTest {
  @TempDir Path dir;

  @Test
  void theOverviewNamesABrokenDefinitionFile() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("sources"));
    Files.writeString(folder.resolve("broken.yaml"), "id: [\n");
    Files.writeString(folder.resolve("notes.txt"), "not a definition");
    try (ServiceFixture app = ServiceFixture.in(dir)) {
      ExtractService service =
          new ExtractService(app.warehouse(), app.dataDir().resolve("rejects"), Map.of());

      SourcesOverview overview = service.sources(new SourceCatalog(folder));

      assertThat(overview.folder()).isEqualTo(folder);
      assertThat(overview.sources()).hasSize(1);
      assertThat(overview.sources().get(0).entry().file().getFileName().toString())
          .isEqualTo("broken.yaml");
      assertThat(overview.sources().get(0).entry().problem()).isNotBlank();
      assertThat(overview.broken()).isEqualTo(1);
      assertThat(overview.orphans()).isEmpty();
      assertThat(service.state("anything")).isNull();
    }
  }

  @Test
  void anUnknownSourceIsRefusedWithTheFolderSearched() throws Exception {
    Path folder = dir.resolve("none");
    SourceCatalog catalog = new SourceCatalog(folder);
    assertThat(catalog.all()).isEmpty();
    assertThatThrownBy(() -> catalog.find("his-tickets"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("没有 id 为 'his-tickets' 的数据源定义")
        .hasMessageContaining("该目录中没有定义文件");
    assertThatThrownBy(() -> catalog.find(dir.resolve("missing.yaml").toString()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("数据源定义文件不存在");
  }
}
