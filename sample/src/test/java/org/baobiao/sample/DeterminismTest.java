package org.baobiao.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same options, same bytes; each hospital-month file stands on its own. */
class DeterminismTest {

  private static final SampleOptions FEBRUARY =
      new SampleOptions(
          1,
          SampleOptions.DEFAULT_SEED,
          LocalDate.of(2026, 2, 1),
          LocalDate.of(2026, 2, 28),
          SampleOptions.DEFAULT_EXPORTED_AT);

  @Test
  void sameSeedAndScaleGiveByteIdenticalFiles(@TempDir Path a, @TempDir Path b) throws IOException {
    GeneratedFiles first = new SampleDataGenerator(FEBRUARY).generate(a, ProgressListener.NONE);
    GeneratedFiles second = new SampleDataGenerator(FEBRUARY).generate(b, ProgressListener.NONE);

    assertThat(relativeFiles(a))
        .isEqualTo(relativeFiles(b))
        .hasSize(4 + 5 + 5 + 5 + 15 + 50 + 5 + 9 + 6 + 2);
    for (Path file : relativeFiles(a)) {
      assertThat(Files.readAllBytes(b.resolve(file)))
          .as(file.toString())
          .isEqualTo(Files.readAllBytes(a.resolve(file)));
    }
    assertThat(second.tickets()).isEqualTo(first.tickets());
    assertThat(second.eventRows()).isEqualTo(first.eventRows());
    assertThat(second.interfaceRows()).isEqualTo(first.interfaceRows()).isGreaterThan(50_000);
    assertThat(second.dirtyRowsByReason()).isEqualTo(first.dirtyRowsByReason());
  }

  @Test
  void anotherSeedGivesOtherTicketsButTheSameReferenceData(@TempDir Path a, @TempDir Path b)
      throws IOException {
    SampleOptions other =
        new SampleOptions(2, 7, FEBRUARY.from(), FEBRUARY.to(), FEBRUARY.exportedAt());
    new SampleDataGenerator(FEBRUARY).generate(a, ProgressListener.NONE);
    GeneratedFiles doubled = new SampleDataGenerator(other).generate(b, ProgressListener.NONE);

    Path systems = Path.of("reference", "systems.csv");
    assertThat(Files.readAllBytes(b.resolve(systems)))
        .isEqualTo(Files.readAllBytes(a.resolve(systems)));
    Path county = Path.of("tickets", "510181001", "ticket_events_510181001_2026-02.csv");
    assertThat(Files.readAllBytes(b.resolve(county)))
        .isNotEqualTo(Files.readAllBytes(a.resolve(county)));
    Path exchanges =
        Path.of("interfaces", "441700001", "interface_exchanges_441700001_2026-02.jsonl");
    assertThat(Files.readAllBytes(b.resolve(exchanges)))
        .isNotEqualTo(Files.readAllBytes(a.resolve(exchanges)));
    Path catalog = Path.of("reference", "interfaces.csv");
    assertThat(Files.readAllBytes(b.resolve(catalog)))
        .isEqualTo(Files.readAllBytes(a.resolve(catalog)));
    assertThat(doubled.tickets()).isGreaterThan(2_000);
  }

  @Test
  void aMonthFileDoesNotDependOnTheOtherMonthsGenerated(@TempDir Path a, @TempDir Path b)
      throws IOException {
    SampleOptions janToMar =
        new SampleOptions(
            1,
            SampleOptions.DEFAULT_SEED,
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 3, 31),
            SampleOptions.DEFAULT_EXPORTED_AT);
    new SampleDataGenerator(FEBRUARY).generate(a, ProgressListener.NONE);
    new SampleDataGenerator(janToMar).generate(b, ProgressListener.NONE);

    for (Path file : relativeFiles(a)) {
      if (file.startsWith("tickets") || file.startsWith("interfaces")) {
        assertThat(Files.readAllBytes(b.resolve(file)))
            .as(file.toString())
            .isEqualTo(Files.readAllBytes(a.resolve(file)));
      }
    }
  }

  @Test
  void theInterfaceOnlyRunWritesTheSameBytesAsTheFullRun(@TempDir Path a, @TempDir Path b)
      throws IOException {
    GeneratedFiles full = new SampleDataGenerator(FEBRUARY).generate(a, ProgressListener.NONE);
    GeneratedFiles only =
        new SampleDataGenerator(FEBRUARY).generateInterfaces(b, ProgressListener.NONE);

    assertThat(only.ticketFiles()).isEmpty();
    assertThat(only.interfaceRows()).isEqualTo(full.interfaceRows());
    List<Path> written = relativeFiles(b);
    assertThat(written).hasSize(4 + 5);
    for (Path file : written) {
      assertThat(Files.readAllBytes(b.resolve(file)))
          .as(file.toString())
          .isEqualTo(Files.readAllBytes(a.resolve(file)));
    }
  }

  private static List<Path> relativeFiles(Path root) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile).sorted().forEach(f -> files.add(root.relativize(f)));
    }
    return files;
  }
}
