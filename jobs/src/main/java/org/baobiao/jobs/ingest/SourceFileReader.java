package org.baobiao.jobs.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.HeaderMap;
import org.baobiao.etl.load.ReferenceData;
import org.baobiao.etl.source.DetectedEncoding;
import org.baobiao.etl.source.ReadAhead;
import org.baobiao.etl.source.RecordReader;
import org.baobiao.etl.source.SourceRecords;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads a source file's records for the ingest step, already validated and mapped ({@link
 * RowValidator}) by a read-ahead thread, so that parsing and validating one part of the file
 * overlaps staging the part before on the other core. Remembers how many records it has handed
 * over, so a restarted step (even in a new JVM) resumes at the first record not yet committed.
 */
public class SourceFileReader implements ItemStreamReader<StagedRow> {
  static final String RECORDS_READ = "source.records.read";

  private final IngestJobParameters params;
  private final FileKind kind;
  private final ReferenceData reference;
  private ReadAhead<StagedRow> reader;

  public SourceFileReader(IngestJobParameters params, FileKind kind, ReferenceData reference) {
    this.params = params;
    this.kind = kind;
    this.reference = reference;
  }

  @Override
  public void open(ExecutionContext context) {
    try {
      RecordReader records =
          SourceRecords.open(
              params.file(),
              new DetectedEncoding(Charset.forName(params.encoding()), params.bom()),
              kind.columns());
      HeaderMap header = HeaderMap.of(records.header(), kind.columns());
      records.skip(context.getLong(RECORDS_READ, 0L));
      reader = new ReadAhead<>(records, new RowValidator(kind, header, reference));
    } catch (IOException e) {
      throw new ItemStreamException("无法读取文件 " + params.file() + ": " + e.getMessage(), e);
    }
  }

  /** The next row, good or rejected, or null at the end. */
  @Override
  public StagedRow read() {
    try {
      return reader.next();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void update(ExecutionContext context) {
    if (reader != null) {
      context.putLong(RECORDS_READ, reader.taken());
    }
  }

  @Override
  public void close() {
    if (reader != null) {
      try {
        reader.close();
      } catch (IOException e) {
        throw new ItemStreamException("关闭文件失败 " + params.file(), e);
      } finally {
        reader = null;
      }
    }
  }
}
