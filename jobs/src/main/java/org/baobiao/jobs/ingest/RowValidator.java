package org.baobiao.jobs.ingest;

import java.util.List;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.HeaderMap;
import org.baobiao.etl.load.ReferenceData;
import org.baobiao.etl.load.RowRejectedException;
import org.baobiao.etl.source.MalformedRecordException;
import org.baobiao.etl.source.ReadAhead;
import org.baobiao.etl.source.SourceRecord;

/**
 * Validates and maps one record: a pure function of the record, its file kind, the file's header
 * and the reference snapshot, run on the read-ahead thread. A bad record (or a malformed one)
 * becomes a rejected {@link StagedRow} carrying its problems, which the {@link StagingWriter}
 * writes with the chunk: bad rows are data, not exceptions.
 */
public class RowValidator implements ReadAhead.Converter<StagedRow> {
  private final FileKind kind;
  private final HeaderMap header;
  private final ReferenceData reference;

  public RowValidator(FileKind kind, HeaderMap header, ReferenceData reference) {
    this.kind = kind;
    this.header = header;
    this.reference = reference;
  }

  @Override
  public StagedRow record(SourceRecord record) {
    try {
      return new StagedRow(record.line(), kind.map(record, header, reference));
    } catch (RowRejectedException e) {
      return StagedRow.rejected(record.line(), e.rejects());
    }
  }

  @Override
  public StagedRow malformed(MalformedRecordException e) {
    return StagedRow.rejected(e.line(), List.of(kind.personalFields().maskMalformed(e.toReject())));
  }
}
