package org.baobiao.sample.internal.interfaces;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.baobiao.etl.load.Timestamps;
import org.baobiao.sample.SampleOptions;
import org.baobiao.sample.internal.Draws;
import org.baobiao.sample.internal.SampleCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fast byte path and the field-text path of every hospital's format write the same lines. */
class ExchangeFormatTest {

  private static final SampleCatalog CATALOG = SampleCatalog.load();
  private static final InterfacePlan PLAN = InterfacePlan.load(CATALOG);
  private static final YearMonth JANUARY = YearMonth.of(2026, 1);

  @Test
  void fastPathWritesWhatTheFieldsRender(@TempDir Path dir) throws IOException {
    LocalDate first = JANUARY.atDay(1);
    LocalDate last = JANUARY.atDay(10);
    for (InterfacePlan.Hospital hospital : PLAN.hospitals()) {
      ExchangeFormat format =
          ExchangeFormat.of(hospital.style(), hospital.orgCode(), hospital.interfaces());
      Path file = dir.resolve(hospital.orgCode());
      List<String> expected = new ArrayList<>();
      try (ByteLineWriter out = ByteLineWriter.open(file, false)) {
        for (InterfaceSpec spec : hospital.interfaces()) {
          InterfaceTraffic traffic =
              new InterfaceTraffic(
                  spec,
                  hospital.incidents().stream()
                      .filter(i -> i.interfaceId().equals(spec.id()) && i.in(JANUARY))
                      .toList(),
                  PLAN.failures().forDirection(spec.direction()),
                  CATALOG.holidays(),
                  new Draws(7),
                  first,
                  last,
                  1,
                  last.plusDays(1),
                  Millis.of(SampleOptions.DEFAULT_EXPORTED_AT));
          for (int n = 0; n < 3000 && traffic.advance(); n++) {
            format.write(traffic.current(), out);
            expected.add(format.render(format.fields(traffic.current())));
          }
        }
      }
      List<String> written =
          Arrays.asList(new String(Files.readAllBytes(file), format.charset()).split("\n"));
      assertThat(written).as(hospital.orgCode()).isEqualTo(expected);
    }
  }

  @Test
  void jsonStringsEscapeQuotesBackslashesAndControlsButNotChinese() throws IOException {
    String text = "平台返回: \"失败, 重试\" D:\\upload\\out\n\t\u0001\u001f/é";
    String quoted = JsonText.quote(text);
    assertThat(quoted)
        .isEqualTo("\"平台返回: \\\"失败, 重试\\\" D:\\\\upload\\\\out\\n\\t\\u0001\\u001f/é\"");
    assertThat(new ObjectMapper().readValue(quoted, String.class)).isEqualTo(text);
  }

  @Test
  void everyTimestampStyleIsReadBackByTheLoader() {
    long ms = Millis.of(LocalDateTime.of(2026, 2, 28, 23, 59, 59, 7_000_000));
    assertThat(TimeStyle.DASH.format(ms, true)).isEqualTo("2026-02-28 23:59:59.007");
    assertThat(TimeStyle.SLASH.format(ms, true)).isEqualTo("2026/02/28 23:59:59.007");
    assertThat(TimeStyle.ISO_OFFSET.format(ms, true)).isEqualTo("2026-02-28T23:59:59.007+08:00");
    assertThat(TimeStyle.ISO_OFFSET.format(ms, false)).isEqualTo("2026-02-28T23:59:59+08:00");
    for (TimeStyle style : TimeStyle.values()) {
      assertThat(Timestamps.parse(style.format(ms, true)))
          .isEqualTo(LocalDateTime.of(2026, 2, 28, 23, 59, 59, 7_000_000));
    }
    assertThat(new DayDigits().of(LocalDate.of(2024, 2, 29).toEpochDay()))
        .isEqualTo("20240229".getBytes(StandardCharsets.US_ASCII));
  }
}
