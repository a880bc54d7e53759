package org.baobiao.spec.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.baobiao.spec.csv.CsvWriter.Bom;
import org.baobiao.spec.csv.CsvWriter.LineEnd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {
  @TempDir Path dir;

  @Test
  void quotesOnlyWhereRfc4180RequiresAndWritesNullEmpty() throws IOException {
    StringWriter out = new StringWriter();
    CsvWriter csv = CsvWriter.over(out, LineEnd.CRLF);
    csv.writeRow(
        Arrays.asList("plain", "a,b", "say \"hi\"", "two\nlines", "cr\r", null, "", " 空格 "));
    assertThat(out.toString())
        .isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\",,, 空格 \r\n");
    assertThat(CsvFields.join("提示\"超时\",无法保存", "x")).isEqualTo("\"提示\"\"超时\"\",无法保存\",x");
  }

  @Test
  void formulaCellsAreNeutralisedButNumbersStayNumbers() throws IOException {
    StringWriter out = new StringWriter();
    CsvWriter csv = CsvWriter.over(out, LineEnd.LF);
    csv.writeRow(
        "=HYPERLINK(\"http://x\",\"点击\")",
        "+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(A1:A9)",
        "\tindent",
        "-12.50",
        "+7",
        "-1e3",
        "-",
        "a=b",
        "");
    assertThat(out.toString())
        .isEqualTo(
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"点击\"\")\","
                + "'+cmd|' /C calc'!A0,'-2+3,'@SUM(A1:A9),'\tindent,-12.50,+7,-1e3,'-,a=b,\n");

    StringWriter data = new StringWriter();
    CsvWriter.over(data, LineEnd.LF, CsvWriter.Cells.VERBATIM).writeRow("=1+2", "-x");
    assertThat(data.toString()).isEqualTo("=1+2,-x\n");
  }

  @Test
  void endsLinesAsAskedAndCountsThem() throws IOException {
    StringWriter lf = new StringWriter();
    CsvWriter a = CsvWriter.over(lf, LineEnd.LF);
    assertThat(a.writeRow("a", "b")).isEqualTo(1);
    assertThat(a.writeRawLine("# 注释, 原样")).isEqualTo(2);
    assertThat(lf.toString()).isEqualTo("a,b\n# 注释, 原样\n");
    assertThat(a.lines()).isEqualTo(2);
    assertThat(a.file()).isNull();

    StringWriter crlf = new StringWriter();
    CsvWriter.over(crlf, LineEnd.CRLF).writeRow("a", "b");
    assertThat(crlf.toString()).isEqualTo("a,b\r\n");
  }

  @Test
  void aFileStartsWithTheByteOrderMarkOnlyWhenAsked() throws IOException {
    Path with = dir.resolve("with.csv");
    try (CsvWriter csv = CsvWriter.open(with, StandardCharsets.UTF_8, Bom.WITH, LineEnd.LF)) {
      csv.writeRow("文件", "行号");
      assertThat(csv.file()).isEqualTo(with);
    }
    assertThat(Files.readAllBytes(with))
        .startsWith(0xEF, 0xBB, 0xBF)
        .endsWith("行号\n".getBytes(StandardCharsets.UTF_8));
    Path without = dir.resolve("without.csv");
    try (CsvWriter csv = CsvWriter.open(without, StandardCharsets.UTF_8, Bom.WITHOUT, LineEnd.LF)) {
      csv.writeRow("文件");
    }
    assertThat(Files.readAllBytes(without)).isEqualTo("文件\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(
            () ->
                CsvWriter.open(
                    dir.resolve("gbk.csv"), Charset.forName("GBK"), Bom.WITH, LineEnd.LF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("UTF-8 only");
  }

  @Test
  void aCharacterTheCharsetCannotEncodeFailsInsteadOfBecomingAQuestionMark() {
    Path gbk = dir.resolve("gbk.csv");
    assertThatThrownBy(
            () -> {
              try (CsvWriter csv =
                  CsvWriter.open(gbk, Charset.forName("GBK"), Bom.WITHOUT, LineEnd.CRLF)) {
                csv.writeRow("医院", "\uD83D\uDE00");
              }
            })
        .isInstanceOf(CharacterCodingException.class);
  }
}
