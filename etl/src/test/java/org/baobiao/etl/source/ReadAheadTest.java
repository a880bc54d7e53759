package org.baobiao.etl.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadAheadTest {
  private static final List<ColumnDef> COLUMNS = List.of(ColumnDef.required("k", "键"));

  /** Records become their field, malformed records a note with their line. */
  private static final ReadAhead.Converter<String> TEXT =
      new ReadAhead.Converter<>() {
        @Override
        public String record(SourceRecord record) {
          return record.fields()[0];
        }

        @Override
        public String malformed(MalformedRecordException e) {
          return "malformed " + e.line();
        }
      };

  @TempDir Path dir;

  @Test
  void handsOverWhatTheReaderReadsInOrderAndCountsOnlyWhatWasTaken() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 5000; i++) {
      text.append(i % 1000 == 0 ? "{bad\n" : "{\"k\":\"" + i + "\"}\n");
    }
    Path file = dir.resolve("a.jsonl");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    RecordReader plain = SourceRecords.open(file, DetectedEncoding.of(file, null), COLUMNS);
    plain.header();
    plain.skip(10);
    List<String> seen = new ArrayList<>();
    try (ReadAhead<String> r = new ReadAhead<>(plain, TEXT)) {
      assertThat(r.taken()).isEqualTo(10);
      for (int i = 0; i < 5; i++) {
        seen.add(r.next());
      }
      assertThat(r.taken()).as("taken, not read ahead").isEqualTo(15);
      String item;
      while ((item = r.next()) != null) {
        seen.add(item);
      }
      assertThat(r.next()).isNull();
      assertThat(r.taken()).isEqualTo(5000);
    }
    assertThat(seen).hasSize(4990).startsWith("11", "12", "13").endsWith("4999", "malformed 5000");
    assertThat(seen.stream().filter(s -> s.startsWith("malformed ")))
        .containsExactly(
            "malformed 1000",
            "malformed 2000",
            "malformed 3000",
            "malformed 4000",
            "malformed 5000");
  }

  @Test
  void aFailureThatStopsTheReadReachesTheCallerWhereItHappened() throws Exception {
    byte[] good = "{\"k\":\"1\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'{', '"', 'k', '"', ':', '"', (byte) 0xC3, '"', '}', '\n'};
    byte[] all = new byte[good.length * 2 + bad.length];
    System.arraycopy(good, 0, all, 0, good.length);
    System.arraycopy(good, 0, all, good.length, good.length);
    System.arraycopy(bad, 0, all, good.length * 2, bad.length);
    Path file = dir.resolve("b.jsonl");
    Files.write(file, all);
    RecordReader plain =
        SourceRecords.open(file, new DetectedEncoding(StandardCharsets.UTF_8, false), COLUMNS);
    plain.header();
    try (ReadAhead<String> r = new ReadAhead<>(plain, TEXT)) {
      assertThat(r.next()).isNotNull();
      assertThat(r.next()).isNotNull();
      assertThatThrownBy(r::next)
          .isInstanceOf(SourceFormatException.class)
          .hasMessageContaining("第 3 行");
      assertThatThrownBy(r::next).isInstanceOf(SourceFormatException.class);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
