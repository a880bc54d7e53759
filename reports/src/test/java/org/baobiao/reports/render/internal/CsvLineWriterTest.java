package org.baobiao.reports.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvLineWriterTest {

  @Test
  void quotesOnlyWhereRfc4180Requires() throws IOException {
    StringWriter out = new StringWriter();
    new CsvLineWriter(out)
        .record(Arrays.asList("plain", "a,b", "say \"hi\"", "two\nlines", null, "", " 空格 "));
    assertThat(out.toString())
        .isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,, 空格 \r\n");
  }
}
