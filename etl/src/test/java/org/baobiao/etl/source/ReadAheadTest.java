package org.baobiao.etl.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    Path file = dir.resolve("b.jsonl");
    Files.writeString(file, "{\"k\":\"1\"}\n{\"k\":\"2\"}\n{\"k\":\"boom\"}\n{\"k\":\"4\"}\n");
    RecordReader plain =
        SourceRecords.open(file, new DetectedEncoding(StandardCharsets.UTF_8, false), COLUMNS);
    plain.header();
    // An Error on the read-ahead thread (here a stack overflow) must not leave the caller waiting.
    ReadAhead.Converter<String> failing =
        new ReadAhead.Converter<>() {
          @Override
          public String record(SourceRecord record) {
            if (record.fields()[0].equals("boom")) {
              throw new StackOverflowError();
            }
            return record.fields()[0];
          }

          @Override
          public String malformed(MalformedRecordException e) {
            return "malformed";
          }
        };
    try (ReadAhead<String> r = new ReadAhead<>(plain, failing)) {
      assertThat(r.next()).isEqualTo("1");
      assertThat(r.next()).isEqualTo("2");
      assertThatThrownBy(r::next).isInstanceOf(StackOverflowError.class);
      assertThatThrownBy(r::next).isInstanceOf(StackOverflowError.class);
    }
  }
}
