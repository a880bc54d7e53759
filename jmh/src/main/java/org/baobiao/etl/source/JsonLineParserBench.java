package org.baobiao.etl.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.baobiao.etl.interfaces.InterfaceExchangesKind;
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
 * The hand-written JSON-lines parser on two typical interface-exchange lines (a success and a
 * failure with a Chinese error message), against Jackson building a tree of the same line.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonLineParserBench {
  static final String SUCCESS =
      "{\"org_code\":\"441700001\",\"exchange_id\":\"YJFY-PROV-20251101-0000001\","
          + "\"interface_id\":\"MCH-PROV-UP\",\"message_type\":\"产前检查\","
          + "\"business_key\":\"MC202511010000001\",\"business_time\":\"2025-10-31 10:26:56\","
          + "\"sent_at\":\"2025-11-01 00:31:13.911\",\"received_at\":\"2025-11-01 00:31:14.122\","
          + "\"acked_at\":\"2025-11-01 00:31:15.253\",\"status\":\"SUCCESS\",\"retries\":0,"
          + "\"record_count\":45,\"payload_bytes\":104233}";
  static final String FAILED =
      "{\"org_code\":\"441700001\",\"exchange_id\":\"YJFY-CITY-20251101-0000043\","
          + "\"interface_id\":\"MCH-PROV-UP\",\"message_type\":\"出生医学证明\","
          + "\"business_key\":\"YJ202511010000043\",\"business_time\":\"2025-10-31 13:59:39\","
          + "\"sent_at\":\"2025-11-01 02:24:30.678\",\"status\":\"FAILED\","
          + "\"error_cause\":\"NETWORK\",\"error_code\":\"ECONNRESET\","
          + "\"error_message\":\"连接被对端重置（Connection reset by peer）\",\"retries\":3,"
          + "\"record_count\":15,\"payload_bytes\":30513}";

  private byte[] success;
  private byte[] failed;
  private JsonLineParser parser;
  private ObjectMapper jackson;

  @Setup
  public void setUp() {
    success = SUCCESS.getBytes(StandardCharsets.UTF_8);
    failed = FAILED.getBytes(StandardCharsets.UTF_8);
    parser = new JsonLineParser(new InterfaceExchangesKind().columns());
    jackson = new ObjectMapper();
  }

  @Benchmark
  public String[] parseSuccess() throws JsonLineParser.Malformed {
    return parser.parse(success, 0, success.length);
  }

  @Benchmark
  public String[] parseFailed() throws JsonLineParser.Malformed {
    return parser.parse(failed, 0, failed.length);
  }

  @Benchmark
  public JsonNode jacksonTreeSuccess() throws IOException {
    return jackson.readTree(success);
  }
}
