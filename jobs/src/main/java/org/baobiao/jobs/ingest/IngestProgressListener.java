package org.baobiao.jobs.ingest;

import org.baobiao.jobs.service.ProgressSink;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Counts rows read by the stage step (good and bad) and reports them to a {@link ProgressSink}. */
public class IngestProgressListener implements ItemReadListener<StagedRow>, StepExecutionListener {
  private static final int EVERY = 1_000;
  private final ProgressSink sink;
  private long rows;

  public IngestProgressListener(ProgressSink sink) {
    this.sink = sink;
  }

  @Override
  public void beforeStep(StepExecution stepExecution) {
    rows = stepExecution.getExecutionContext().getLong(SourceFileReader.RECORDS_READ, 0L);
    sink.start(stepExecution.getJobExecution().getJobParameters().getString("file"));
    sink.progress(rows);
  }

  @Override
  public void afterRead(StagedRow item) {
    count();
  }

  @Override
  public void onReadError(Exception ex) {
    count();
  }

  private void count() {
    if (++rows % EVERY == 0) {
      sink.progress(rows);
    }
  }

  @Override
  public ExitStatus afterStep(StepExecution stepExecution) {
    sink.progress(rows);
    sink.finish();
    return null;
  }
}
