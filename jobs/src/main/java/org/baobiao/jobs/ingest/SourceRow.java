package org.baobiao.jobs.ingest;

import org.baobiao.etl.load.HeaderMap;
import org.baobiao.etl.source.SourceRecord;

/** A record read from a source file, with the header map it is to be read by. */
public record SourceRow(SourceRecord record, HeaderMap header) {}
