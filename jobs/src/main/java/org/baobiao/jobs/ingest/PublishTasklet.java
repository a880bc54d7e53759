package org.baobiao.jobs.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.baobiao.etl.load.Domains;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.Publisher;
import org.baobiao.etl.load.RejectFileWriter;
import org.baobiao.warehouse.Warehouse;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Publishes the staged batch in one warehouse transaction, then writes the rejects CSV beside the
 * input (or under the data folder when the input's folder is read-only).
 */
public class PublishTasklet implements Tasklet {
  private final Warehouse warehouse;
  private final FileKind kind;
  private final IngestJobParameters params;
  private final Path fallbackRejectDir;

  public PublishTasklet(
      Warehouse warehouse, FileKind kind, IngestJobParameters params, Path fallbackRejectDir) {
    this.warehouse = warehouse;
    this.kind = kind;
    this.params = params;
    this.fallbackRejectDir = fallbackRejectDir;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext)
      throws IOException {
    Path rejectFile = rejectFile();
    Publisher.Published published =
        new Publisher(warehouse)
            .publish(
                kind,
                params.batchId(),
                params.file().getFileName().toString(),
                rejectFile.toString());
    if (published.rowsRejected() > 0) {
      RejectFileWriter.write(warehouse, params.batchId(), rejectFile);
    }
    return RepeatStatus.FINISHED;
  }

  private Path rejectFile() throws IOException {
    return rejectFile(params.file(), params.batchId(), fallbackRejectDir);
  }

  /**
   * Where the rejects file of a load goes: beside the input, or under {@code fallbackRejectDir}
   * when the input's folder is read-only.
   */
  static Path rejectFile(Path input, long batchId, Path fallbackRejectDir) throws IOException {
    Path beside = RejectFileWriter.besideInput(input);
    if (Files.isWritable(beside.getParent())) {
      return beside;
    }
    Files.createDirectories(fallbackRejectDir);
    return fallbackRejectDir.resolve(batchId + "-" + input.getFileName() + Domains.REJECTS_SUFFIX);
  }
}
