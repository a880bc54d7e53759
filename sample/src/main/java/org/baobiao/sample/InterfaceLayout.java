package org.baobiao.sample;

/**
 * Which layout the interface exchange logs are written in: as each hospital's interface engine
 * exports them (JSON lines for most, one hospital's GB18030 CSV), or all hospitals in one layout,
 * UTF-8 with English names, for benchmarks that compare a load with the engine's own reader of the
 * same file.
 */
public enum InterfaceLayout {
  /** Each hospital as its profile says (the sample data of {@code generate} and {@code demo}). */
  AS_EXPORTED,
  /** Every hospital as UTF-8 JSON lines without BOM. */
  JSON_LINES,
  /** Every hospital as UTF-8 CSV without BOM, English header. */
  CSV
}
