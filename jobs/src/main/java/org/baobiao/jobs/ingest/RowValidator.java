package org.baobiao.jobs.ingest;

import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.ReferenceData;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Validates and maps one row: a pure function of the row, its file kind and the reference snapshot.
 * A bad row raises {@link org.baobiao.etl.load.RowRejectedException}, which the step's skip policy
 * skips and the {@link StagingWriter} records as rejects.
 */
public class RowValidator implements ItemProcessor<SourceRow, StagedRow> {
  private final FileKind kind;
  private final ReferenceData reference;

  public RowValidator(FileKind kind, ReferenceData reference) {
    this.kind = kind;
    this.reference = reference;
  }

  @Override
  public StagedRow process(SourceRow row) {
    return new StagedRow(row.record().line(), kind.map(row.record(), row.header(), reference));
  }
}
