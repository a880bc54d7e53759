package org.baobiao.jobs.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.baobiao.jobs.request.catalog.ExtractField;
import org.baobiao.jobs.request.catalog.FieldClass;
import org.baobiao.jobs.request.catalog.Masking;
import org.baobiao.reports.catalog.ColumnType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pseudonymised field gives each value the request's keyed hash; a delivery remembers the
 * pseudonyms of the dates it has made, which must never hand a remembered pseudonym to another
 * request, another key or another value.
 */
class PseudonymMaskTest {
  @TempDir Path dir;

  private static final ExtractField BIRTH_DATE =
      new ExtractField(
          "birth_date", "出生日期", ColumnType.DATE, FieldClass.PERSONAL, Masking.PSEUDONYM);

  @Test
  void aRememberedDatePseudonymIsTheKeyedHashOfItsRequest() {
    PseudonymKey key = PseudonymKey.in(dir.resolve("a"));
    PseudonymKey other = PseudonymKey.in(dir.resolve("b"));
    FieldMask mask = FieldMask.of(BIRTH_DATE, false, -1);
    LocalDate d = LocalDate.of(1980, 2, 29);
    Object first = mask.apply(d, null, "SQ-2026-0001", key);
    assertThat(first).isEqualTo(key.pseudonym("SQ-2026-0001", "1980-02-29"));
    assertThat(mask.apply(LocalDate.of(1980, 2, 29), null, "SQ-2026-0001", key)).isEqualTo(first);
    assertThat(mask.apply(LocalDate.of(1980, 3, 1), null, "SQ-2026-0001", key))
        .isEqualTo(key.pseudonym("SQ-2026-0001", "1980-03-01"))
        .isNotEqualTo(first);
    // another request, another key: not the remembered one
    assertThat(mask.apply(d, null, "SQ-2026-0002", key))
        .isEqualTo(key.pseudonym("SQ-2026-0002", "1980-02-29"))
        .isNotEqualTo(first);
    assertThat(mask.apply(d, null, "SQ-2026-0002", other))
        .isEqualTo(other.pseudonym("SQ-2026-0002", "1980-02-29"));
    assertThat(mask.apply(d, null, "SQ-2026-0001", key)).isEqualTo(first);
    assertThat(mask.apply(null, null, "SQ-2026-0001", key)).isNull();
    // a text value is hashed as it is
    assertThat(mask.apply("R00000001", null, "SQ-2026-0001", key))
        .isEqualTo(key.pseudonym("SQ-2026-0001", "R00000001"));
  }
}
