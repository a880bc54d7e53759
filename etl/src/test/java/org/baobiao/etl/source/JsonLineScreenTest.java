package org.baobiao.etl.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which records the screen leaves to the Java reader, the hash and the line of each record. */
class JsonLineScreenTest {
  private static final List<ColumnDef> COLUMNS =
      List.of(ColumnDef.required("org_code", "机构代码"), ColumnDef.optional("retries", "重试次数"));

  private static JsonLineScreen.Result screen(String text) throws Exception {
    return new JsonLineScreen(COLUMNS, new boolean[] {false, true})
        .screen(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void plainRecordsPassAndEveryDoubtfulOneIsListedByIndex() throws Exception {
    String text =
        String.join(
            "\n",
            "{\"org_code\":\"A\",\"retries\":3,\"x\":1.5e3}", // 0 plain
            "{\"org_code\":\"A\",\"org_code\":\"B\"}", // 1 repeated member
            "{\"机构代码\":\"A\"}", // 2 alias
            "{\"org_code\":\"a\\\"b\"}", // 3 escape
            "{\"org_code\":\" A\"}", // 4 padded
            "{\"org_code\":\"A\",\"retries\":-0}", // 5 -0
            "{\"org_code\":\"A\",\"retries\":3.0}", // 6 not an integer
            "{\"org_code\":12}", // 7 number in a text column
            "{\"org_code\":\"A\",}", // 8 trailing comma
            "{\"ORG_CODE\":\"A\"}", // 9 other case
            "{\"org_code\":\"A\",\"n\":{\"a\":1}}", // 10 nested
            "",
            "{\"org_code\":\"中文\",\"retries\":null}", // 11 plain, line 13
            "{\"org_code\":\"A\u3000\"}", // 12 ideographic space at the end
            "{\"org_code\":true}"); // 13 plain
    JsonLineScreen.Result r = screen(text);
    assertThat(r.records()).isEqualTo(14);
    assertThat(r.doubtful()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12);
    assertThat(r.line(10)).isEqualTo(11);
    assertThat(r.line(11)).isEqualTo(13);
    assertThat(r.loneCarriageReturn()).isFalse();
    assertThat(r.sha256())
        .isEqualTo(
            ContentHash.sha256(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void invalidUtf8AndLoneCarriageReturnsAreSeen() throws Exception {
    byte[] bad =
        "{\"org_code\":\"AB\"}\n{\"org_code\":\"A\"}\r{\"org_code\":\"C\"}\r\n"
            .getBytes(StandardCharsets.UTF_8);
    bad[14] = (byte) 0xC0;
    JsonLineScreen.Result r =
        new JsonLineScreen(COLUMNS, new boolean[] {false, true})
            .screen(new ByteArrayInputStream(bad));
    assertThat(r.records()).isEqualTo(3);
    assertThat(r.doubtful()).containsExactly(0);
    assertThat(r.loneCarriageReturn()).isTrue();
  }

  @Test
  void aFileScreenedInPartsGivesWhatOnePassGives(@TempDir Path dir) throws Exception {
    String[] lines = {
      "{\"org_code\":\"A\",\"retries\":3}", // plain
      "{\"org_code\":\"A\",\"org_code\":\"B\"}", // doubtful
      "{\"org_code\":\" A\"}", // doubtful
      "{\"org_code\":\"中文\"}", // plain
      "", // blank
      "  \t", // blank
      "{\"org_code\":\"" + "x".repeat(CsvRecordReader.MAX_RECORD_CHARS + 5) + "\"}", // too long
    };
    String[] ends = {"\n", "\n", "\n", "\r\n", "\r"};
    Random random = new Random(20261207);
    for (int round = 0; round < 40; round++) {
      ByteArrayOutputStream text = new ByteArrayOutputStream();
      int n = 1 + random.nextInt(400);
      for (int k = 0; k < n; k++) {
        int pick = random.nextInt(lines.length * 4);
        // blank lines in runs, a long line now and then
        String line =
            pick < 4 ? "" : lines[pick % (round % 3 == 0 ? lines.length : lines.length - 1)];
        text.writeBytes(line.getBytes(StandardCharsets.UTF_8));
        if (k + 1 < n || random.nextBoolean()) {
          text.writeBytes(ends[random.nextInt(ends.length)].getBytes(StandardCharsets.UTF_8));
        }
      }
      byte[] bytes = text.toByteArray();
      Path file = dir.resolve("round-" + round + ".jsonl");
      Files.write(file, bytes);
      JsonLineScreen.Result one = screen(bytes);
      for (int parts = 1; parts <= 9; parts++) {
        JsonLineScreen.Result split =
            new JsonLineScreen(COLUMNS, new boolean[] {false, true}).screen(file, parts, 2);
        String where = "round " + round + ", " + parts + " parts";
        assertThat(split.sha256()).as(where).isEqualTo(one.sha256());
        assertThat(split.records()).as(where).isEqualTo(one.records());
        assertThat(split.loneCarriageReturn()).as(where).isEqualTo(one.loneCarriageReturn());
        assertThat(split.doubtful()).as(where).containsExactly(one.doubtful());
        assertThat(split.gaps()).as(where).containsExactly(one.gaps());
      }
    }
  }

  private static JsonLineScreen.Result screen(byte[] bytes) throws Exception {
    return new JsonLineScreen(COLUMNS, new boolean[] {false, true})
        .screen(new ByteArrayInputStream(bytes));
  }
}
