package org.baobiao.warehouse.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreErrorsTest {
  @TempDir Path dir;

  @Test
  void duckDbsConversionErrorQuotingAStagedRowBecomesOneChineseLineWithoutValues()
      throws Exception {
    Path csv = dir.resolve("stg.csv");
    Files.writeString(csv, "5,4,\"张三丰\",\"430102198505123415\",12345678901234567890\n");
    Throwable e;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE stg (batch_id BIGINT, source_line BIGINT, patient_name VARCHAR,"
              + " id_number VARCHAR, total_cost DECIMAL(14, 2))");
      e =
          catchThrowable(
              () ->
                  s.execute(
                      "INSERT INTO stg SELECT * FROM read_csv('"
                          + csv
                          + "', header = false, columns = {'a': 'BIGINT', 'b': 'BIGINT',"
                          + " 'c': 'VARCHAR', 'd': 'VARCHAR', 'e': 'DECIMAL(14, 2)'})"));
    }
    assertThat(e).isNotNull();
    assertThat(StoreErrors.isStoreMessage(e.getMessage())).as(e.getMessage()).isTrue();
    String described = StoreErrors.describe(e.getMessage());
    assertThat(described)
        .startsWith("数据仓库拒绝写入（Conversion Error")
        .contains("源文件第 4 行")
        .doesNotContain("张三丰")
        .doesNotContain("430102198505123415")
        .doesNotContain("12345678901234567890")
        .doesNotContain("\n");
  }

  @Test
  void otherMessagesAreKept() {
    assertThat(StoreErrors.describe("文件不存在")).isEqualTo("文件不存在");
    assertThat(StoreErrors.describe(null)).isNull();
  }
}
