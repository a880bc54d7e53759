package org.baobiao.etl.extract;

import org.baobiao.etl.source.SourceRecord;

/**
 * One row read from a source database: its position (watermark) and the record of the kind's fields
 * it becomes.
 *
 * @param position the row's watermark time and key
 * @param record the kind's fields as text, with the row's ordinal in the run as its line and its
 *     source values as the raw text
 */
public record ExtractedRow(Watermark position, SourceRecord record) {}
