package org.baobiao.warehouse.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SparkLiteralsTest {
  @Test
  void markersOutsideQuotesAndCommentsBecomeLiterals() {
    String sql =
        "-- the contract's run row? one per contract\n"
            + "SELECT '?' AS q, ? AS a, ? AS b -- isn't ?\n"
            + "FROM t WHERE d = ? AND t = ? AND m = ? AND n IS ?";
    assertThat(
            SparkLiterals.inline(
                sql,
                Arrays.asList(
                    "O'Brien\\x",
                    7L,
                    LocalDate.of(2026, 10, 1),
                    LocalDateTime.of(2026, 10, 1, 8, 30),
                    new BigDecimal("12.50"),
                    null)))
        .isEqualTo(
            "-- the contract's run row? one per contract\n"
                + "SELECT '?' AS q, 'O\\'Brien\\\\x' AS a, 7 AS b -- isn't ?\n"
                + "FROM t WHERE d = DATE '2026-10-01' AND t = TIMESTAMP_NTZ"
                + " '2026-10-01 08:30:00.000000' AND m = 12.50BD AND n IS NULL");
  }
}
