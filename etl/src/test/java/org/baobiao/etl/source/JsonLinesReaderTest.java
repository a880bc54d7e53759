package org.baobiao.etl.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {
  private static final List<ColumnDef> COLUMNS =
      List.of(
          ColumnDef.required("org_code", "机构代码"),
          ColumnDef.required("exchange_id", "交换流水号"),
          ColumnDef.optional("retries", "重试次数"),
          ColumnDef.optional("note", "说明"));

  @TempDir Path dir;

  private List<Object> readAll(String name, byte[] bytes) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    List<Object> out = new ArrayList<>();
    try (RecordReader r = SourceRecords.open(file, DetectedEncoding.of(file, null), COLUMNS)) {
      assertThat(r.header().fields()).containsExactly("org_code", "exchange_id", "retries", "note");
      while (true) {
        try {
          SourceRecord rec = r.next();
          if (rec == null) {
            break;
          }
          out.add(rec);
        } catch (MalformedRecordException e) {
          out.add(e);
        }
      }
      assertThat(r.recordsRead()).isEqualTo(out.size());
    }
    return out;
  }

  @Test
  void membersMatchByNameOrChineseAliasInAnyOrderAndScalarsBecomeText() throws Exception {
    List<Object> records =
        readAll(
            "a.jsonl",
            ("{\"exchange_id\":\"X1\",\"org_code\":\"441700001\",\"retries\":3,\"extra\":{\"a\":[1]}}\n"
                    + "{\"机构代码\":\"441700001\",\"交换流水号\":\" X2 \",\"说明\":\"含\\\"引号\\\"与\\u4e2d文\",\"retries\":null}\r\n"
                    + "\n"
                    + "   \n"
                    + "{\"org_code\":\"441700001\",\"exchange_id\":\"X3\",\"retries\":\"2\",\"note\":true}")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(records).hasSize(3);
    SourceRecord r1 = (SourceRecord) records.get(0);
    assertThat(r1.line()).isEqualTo(1);
    assertThat(r1.fields()).containsExactly("441700001", "X1", "3", "");
    SourceRecord r2 = (SourceRecord) records.get(1);
    assertThat(r2.line()).isEqualTo(2);
    assertThat(r2.fields()).containsExactly("441700001", "X2", "", "含\"引号\"与中文");
    SourceRecord r3 = (SourceRecord) records.get(2);
    assertThat(r3.line()).as("blank lines are skipped but counted").isEqualTo(5);
    assertThat(r3.index()).isEqualTo(2);
    assertThat(r3.fields()).containsExactly("441700001", "X3", "2", "true");
  }

  @Test
  void aBadLineIsRejectedWholeAndTheNextStillReads() throws Exception {
    List<Object> records =
        readAll(
            "b.jsonl",
            ("{\"org_code\":\"1\",\"exchange_id\":\"A\"}\n"
                    + "{\"org_code\":\"1\",\"exchange_id\":\"B\"\n"
                    + "[1,2]\n"
                    + "{\"org_code\":\"1\",\"exchange_id\":{\"x\":1}}\n"
                    + "{\"org_code\":\"1\",\"org_code\":\"2\",\"exchange_id\":\"C\"}\n"
                    + "{\"org_code\":\"1\",\"exchange_id\":\"D\"} {}\n"
                    + "{\"org_code\":\"1\",\"exchange_id\":\"E\"}\n")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(records).hasSize(7);
    assertThat(records.get(0)).isInstanceOf(SourceRecord.class);
    for (int i = 1; i <= 5; i++) {
      JsonSyntaxException e = (JsonSyntaxException) records.get(i);
      assertThat(e.line()).isEqualTo(i + 1);
      assertThat(e.toReject().reasonCode()).isEqualTo("MALFORMED_JSON");
      assertThat(e.toReject().field()).isEqualTo("*");
      assertThat(e.raw()).isNotBlank();
    }
    assertThat(((JsonSyntaxException) records.get(3)).problem()).contains("exchange_id");
    assertThat(((JsonSyntaxException) records.get(2)).problem()).contains("JSON 对象");
    assertThat(((SourceRecord) records.get(6)).fields()[1]).isEqualTo("E");
  }

  @Test
  void aBomIsSkippedAndInvalidUtf8IsOneRejectedLine() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] line = "{\"org_code\":\"1\",\"exchange_id\":\"A\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[bom.length + line.length];
    System.arraycopy(bom, 0, withBom, 0, bom.length);
    System.arraycopy(line, 0, withBom, bom.length, line.length);
    assertThat(((SourceRecord) readAll("bom.jsonl", withBom).get(0)).fields()[0]).isEqualTo("1");

    Path bad = dir.resolve("bad.jsonl");
    byte[] good = "{\"org_code\":\"1\",\"exchange_id\":\"A\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] broken = {'{', '"', 'n', 'o', 't', 'e', '"', ':', '"', (byte) 0xC3, '"', '}', '\n'};
    byte[] all = new byte[good.length + broken.length];
    System.arraycopy(good, 0, all, 0, good.length);
    System.arraycopy(broken, 0, all, good.length, broken.length);
    Files.write(bad, all);
    List<Object> records = new ArrayList<>();
    try (RecordReader r =
        SourceRecords.open(bad, new DetectedEncoding(StandardCharsets.UTF_8, false), COLUMNS)) {
      while (true) {
        try {
          SourceRecord rec = r.next();
          if (rec == null) {
            break;
          }
          records.add(rec);
        } catch (MalformedRecordException e) {
          records.add(e);
        }
      }
    }
    assertThat(records).hasSize(2);
    EncodingException e = (EncodingException) records.get(1);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.toReject().reasonCode()).isEqualTo("BAD_ENCODING");
    assertThat(e.problem()).contains("UTF-8").contains("0xC3");
  }

  @Test
  void theJsonGrammarIsFollowedInsideALine() throws Exception {
    String[] good = {
      "{ \"org_code\" : \"1\" , \"exchange_id\":\"a\\u4e2d\\\"\\n\\ud83d\\ude00\" }",
      "{\"org\\u005fcode\":\"2\",\"exchange_id\":\"b\",\"retries\":-0.5e+3}",
      "{\"skip\":{\"a\":[1,{\"b\":\"}]\\\"\"}],\"c\":null},\"org_code\":\"3\",\"exchange_id\":\"c\"}",
      "{}",
      "\t{\"note\":\"\u4e2d文，含逗号\"}\t"
    };
    List<Object> ok = readAll("g.jsonl", String.join("\n", good).getBytes(StandardCharsets.UTF_8));
    assertThat(ok).allSatisfy(r -> assertThat(r).isInstanceOf(SourceRecord.class));
    assertThat(((SourceRecord) ok.get(0)).fields()[1]).isEqualTo("a中\"\n\ud83d\ude00");
    assertThat(((SourceRecord) ok.get(1)).fields()).containsExactly("2", "b", "-0.5e+3", "");
    assertThat(((SourceRecord) ok.get(2)).fields()[0]).isEqualTo("3");
    assertThat(((SourceRecord) ok.get(3)).fields()).containsExactly("", "", "", "");
    assertThat(((SourceRecord) ok.get(4)).fields()[3]).isEqualTo("中文，含逗号");

    String[] bad = {
      "{\"org_code\":\"1\",}",
      "{\"org_code\":01}",
      "{\"org_code\":NaN}",
      "{\"org_code\":\"a\tb\"}",
      "{\"org_code\":\"\\x\"}",
      "{org_code:\"1\"}",
      "{\"org_code\":\"1\"",
      "{\"org_code\" \"1\"}",
      "{\"org_code\":tru}",
      "{\"skip\":[1,2}"
    };
    List<Object> rejected =
        readAll("bad.jsonl", String.join("\n", bad).getBytes(StandardCharsets.UTF_8));
    assertThat(rejected).hasSize(bad.length);
    for (int k = 0; k < bad.length; k++) {
      assertThat(rejected.get(k)).as(bad[k]).isInstanceOf(JsonSyntaxException.class);
      assertThat(((JsonSyntaxException) rejected.get(k)).problem()).startsWith("不是有效的 JSON：");
    }
  }

  @Test
  void aGbkFileGivenWithItsEncodingIsReadTheSameWay() throws Exception {
    Path file = dir.resolve("gbk.jsonl");
    Files.write(
        file,
        "{\"机构代码\":\"1\",\"交换流水号\":\"X\",\"说明\":\"省平台返回错误\"}\n".getBytes(DetectedEncoding.GB18030));
    try (RecordReader r = SourceRecords.open(file, DetectedEncoding.of(file, "GBK"), COLUMNS)) {
      assertThat(r.next().fields()).containsExactly("1", "X", "", "省平台返回错误");
      assertThat(r.next()).isNull();
    }
  }

  @Test
  void jsonLinesAreChosenByExtension() {
    assertThat(SourceRecords.isJsonLines("interface_exchanges_x.jsonl")).isTrue();
    assertThat(SourceRecords.isJsonLines("interface_exchanges_x.NDJSON")).isTrue();
    assertThat(SourceRecords.isJsonLines("interface_exchanges_x.csv")).isFalse();
  }

  @Test
  void aDeeplyNestedUnknownMemberIsOneMalformedLineNotAStackOverflow() throws Exception {
    String deep = "[".repeat(20_000) + "]".repeat(20_000);
    String ok = "[".repeat(JsonLineParser.MAX_DEPTH) + "1" + "]".repeat(JsonLineParser.MAX_DEPTH);
    List<Object> records =
        readAll(
            "deep.jsonl",
            ("{\"org_code\":\"1\",\"exchange_id\":\"A\",\"x\":"
                    + deep
                    + "}\n"
                    + "{\"org_code\":\"1\",\"exchange_id\":\"B\",\"x\":"
                    + ok
                    + ",\"y\":{\"a\":{},\"b\":[[],{}]}}\n")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(records).hasSize(2);
    assertThat(records.get(0)).isInstanceOf(JsonSyntaxException.class);
    assertThat(((JsonSyntaxException) records.get(0)).problem()).contains("嵌套超过 64 层");
    assertThat(((SourceRecord) records.get(1)).fields()).containsExactly("1", "B", "", "");
  }
}
