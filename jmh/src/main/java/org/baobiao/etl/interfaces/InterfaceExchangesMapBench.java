package org.baobiao.etl.interfaces;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.baobiao.etl.load.HeaderMap;
import org.baobiao.etl.load.ReferenceData;
import org.baobiao.etl.source.ColumnDef;
import org.baobiao.etl.source.SourceRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validation and mapping of one parsed interface-exchange record ({@link
 * InterfaceExchangesKind#map}: every rule of docs/formats.md, typed values for staging), for a
 * success and a failure.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class InterfaceExchangesMapBench {
  private final InterfaceExchangesKind kind = new InterfaceExchangesKind();
  private HeaderMap header;
  private ReferenceData reference;
  private SourceRecord success;
  private SourceRecord failed;

  @Setup
  public void setUp() {
    List<ColumnDef> columns = kind.columns();
    String[] names = columns.stream().map(ColumnDef::name).toArray(String[]::new);
    header = HeaderMap.of(new SourceRecord("x.jsonl", 0, -1, names, null), columns);
    reference = ReferenceData.of(Set.of("441700001"), Set.of(), Set.of("441700001/MCH-PROV-UP"));
    success =
        record(
            names,
            "441700001",
            "YJFY-PROV-20251101-0000001",
            "MCH-PROV-UP",
            "产前检查",
            "MC202511010000001",
            "2025-10-31 10:26:56",
            "2025-11-01 00:31:13.911",
            "2025-11-01 00:31:14.122",
            "2025-11-01 00:31:15.253",
            "SUCCESS",
            "",
            "",
            "",
            "0",
            "45",
            "104233");
    failed =
        record(
            names,
            "441700001",
            "YJFY-CITY-20251101-0000043",
            "MCH-PROV-UP",
            "出生医学证明",
            "YJ202511010000043",
            "2025-10-31 13:59:39",
            "2025-11-01 02:24:30.678",
            "",
            "",
            "FAILED",
            "NETWORK",
            "ECONNRESET",
            "连接被对端重置（Connection reset by peer）",
            "3",
            "15",
            "30513");
  }

  private static SourceRecord record(String[] names, String... values) {
    if (values.length != names.length) {
      throw new IllegalStateException(names.length + " columns, " + values.length + " values");
    }
    return new SourceRecord("x.jsonl", 2, 1, values, null);
  }

  @Benchmark
  public Object[] mapSuccess() {
    return kind.map(success, header, reference);
  }

  @Benchmark
  public Object[] mapFailed() {
    return kind.map(failed, header, reference);
  }
}
