package org.baobiao.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.baobiao.reports.catalog.ReportCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRendererTest {
  private static final String BASE = "ops-monthly_441700001_2026-10";

  @TempDir static Path out;
  private static List<Path> files;

  @BeforeAll
  static void render() throws IOException {
    ReportCatalog catalog = ReportCatalog.loadDefault();
    files = new CsvRenderer().render(OpsMonthlyFixture.result(catalog), out, BASE);
  }

  @Test
  void writesOneFilePerDataset() {
    assertThat(files)
        .extracting(path -> path.getFileName().toString())
        .containsExactly(
            BASE + ".summary.csv",
            BASE + ".by_severity.csv",
            BASE + ".by_channel.csv",
            BASE + ".by_system.csv",
            BASE + ".daily.csv",
            BASE + ".backlog.csv");
  }

  @Test
  void startsWithAUtf8ByteOrderMark() throws IOException {
    byte[] bytes = Files.readAllBytes(file("summary"));
    assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
  }

  @Test
  void stampLinesComeFirst() throws IOException {
    assertThat(lines("by_severity"))
        .startsWith(
            "# 报表: 运维工单月报",
            "# 报表编号: ops-monthly",
            "# 版本: 1",
            "# 统计期间: 2026年10月",
            "# 医院: 阳江市妇幼保健院 (441700001)",
            "# 数据版本: batches 1-12 (12)",
            "# 引擎: duckdb",
            "# 生成时间: 2026-11-22 10:00:00",
            "# 数据集: 按故障级别 (by_severity)");
  }

  @Test
  void writesSnakeCaseHeaderThenPlainValues() throws IOException {
    List<String> data = data("by_severity");
    assertThat(data)
        .containsExactly(
            "severity,severity_label,tickets,share,responded,response_p50_min,response_p90_min",
            "1,一级（紧急）,3,0.0234,3,4.2,9.8",
            "2,二级,25,0.1953,24,12.0,41.5",
            "3,三级,100,0.7813,93,21.3,");
  }

  @Test
  void quotesFieldsWithCommasAndQuotesAndLeavesNullsEmpty() throws IOException {
    assertThat(data("by_system"))
        .containsExactly(
            "system_code,system_name,tickets,share,response_p50_min",
            "HIS,医院信息系统,64,0.5,15.0",
            "PACS,\"影像归档和通信系统, \"\"PACS\"\"\",40,0.3125,22.4",
            "LIS,,24,0.1875,");
  }

  @Test
  void writesIsoDatesAndTimestamps() throws IOException {
    assertThat(data("daily")).contains("2026-10-01,3");
    assertThat(data("backlog"))
        .contains("GD2026001000,2026-09-01 08:30:00,一级,医院信息系统,急诊科,处理中,60.0")
        .contains("GD2026001005,2026-09-04 21:30:00,三级,实验室信息管理系统,,待响应,56.5");
  }

  @Test
  void writesOnlyTheHeaderForAnEmptyDataset() throws IOException {
    assertThat(data("by_channel")).containsExactly("channel,channel_label,tickets,share");
  }

  @Test
  void endsLinesWithCrLf() throws IOException {
    String text = Files.readString(file("daily"), StandardCharsets.UTF_8);
    assertThat(text).contains("\r\n").doesNotContainPattern("[^\r]\n");
  }

  private static Path file(String dataset) {
    return out.resolve(BASE + "." + dataset + ".csv");
  }

  private static List<String> lines(String dataset) throws IOException {
    String text = Files.readString(file(dataset), StandardCharsets.UTF_8);
    return text.substring(1).lines().toList();
  }

  private static List<String> data(String dataset) throws IOException {
    return lines(dataset).stream().filter(line -> !line.startsWith("# ")).toList();
  }
}
