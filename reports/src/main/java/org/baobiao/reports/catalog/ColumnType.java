package org.baobiao.reports.catalog;

/**
 * The type of a report column, which decides the Java value a query row carries and how each
 * renderer writes it.
 *
 * <p>Java values by type: {@code TEXT} → {@link String}; {@code INTEGER} → {@link Long}; {@code
 * DECIMAL} → {@link java.math.BigDecimal}; {@code PERCENT} → {@link java.math.BigDecimal} holding a
 * fraction (0.125 is 12.5 %); {@code DATE} → {@link java.time.LocalDate}; {@code TIMESTAMP} →
 * {@link java.time.LocalDateTime} in Asia/Shanghai. Any value may be {@code null}.
 */
public enum ColumnType {
  TEXT,
  INTEGER,
  DECIMAL,
  PERCENT,
  DATE,
  TIMESTAMP
}
