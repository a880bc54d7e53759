package org.baobiao.jobs.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.HeaderMap;
import org.baobiao.etl.source.DetectedEncoding;
import org.baobiao.etl.source.RecordReader;
import org.baobiao.etl.source.SourceRecord;
import org.baobiao.etl.source.SourceRecords;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads a source file's records for the ingest step and remembers how many it has read, so a
 * restarted step (even in a new JVM) resumes at the first record not yet committed.
 */
public class SourceFileReader implements ItemStreamReader<SourceRow> {
  static final String RECORDS_READ = "source.records.read";

  private final IngestJobParameters params;
  private final FileKind kind;
  private RecordReader reader;
  private HeaderMap header;

  public SourceFileReader(IngestJobParameters params, FileKind kind) {
    this.params = params;
    this.kind = kind;
  }

  @Override
  public void open(ExecutionContext context) {
    try {
      reader =
          SourceRecords.open(
              params.file(),
              new DetectedEncoding(Charset.forName(params.encoding()), params.bom()),
              kind.columns());
      SourceRecord head = reader.header();
      header = HeaderMap.of(head, kind.columns());
      long done = context.getLong(RECORDS_READ, 0L);
      reader.skip(done);
    } catch (IOException e) {
      throw new ItemStreamException("无法读取文件 " + params.file() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public SourceRow read() {
    try {
      SourceRecord record = reader.next();
      return record == null ? null : new SourceRow(record, header);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void update(ExecutionContext context) {
    if (reader != null) {
      context.putLong(RECORDS_READ, reader.recordsRead());
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
