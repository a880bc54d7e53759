package org.baobiao.jobs.ingest;

/**
 * A validated row ready for its staging table.
 *
 * @param line source line
 * @param values staging values after {@code batch_id, source_line}
 */
public record StagedRow(long line, Object[] values) {}
