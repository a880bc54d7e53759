package org.baobiao.reports.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FastSxssfWorkbookTest {

  @Test
  void theWriterEncodesUtf8AcrossItsBufferBoundaryWithSurrogatePairsIntact() throws Exception {
    StringBuilder text = new StringBuilder();
    // 32,767 ASCII characters, then a pair whose halves straddle the 32,768-character buffer.
    text.append("a".repeat((1 << 15) - 1)).append("𠀀").append("医院<&>\"");
    for (int i = 0; i < 5_000; i++) {
      text.append("接口").append(i).append("😀");
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (FastSxssfWorkbook.Utf8Writer w = new FastSxssfWorkbook.Utf8Writer(bytes)) {
      String s = text.toString();
      int half = s.length() / 2;
      for (int i = 0; i < 100; i++) {
        w.write(s.charAt(i));
      }
      w.write(s, 100, half - 100);
      w.write(s.substring(half).toCharArray(), 0, s.length() - half);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(text.toString());
  }
}
