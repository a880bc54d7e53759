package org.baobiao.jobs.ingest;

import java.util.Map;
import org.baobiao.etl.load.Domains;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.ReferenceData;
import org.baobiao.jobs.service.ProgressSink;
import org.baobiao.warehouse.Warehouse;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingest job: one source file per run, in two steps.
 *
 * <ol>
 *   <li>{@code stage}: read, validate and map (on a read-ahead thread, see {@link
 *       SourceFileReader}) → write to the staging table, in chunks; bad rows travel through the
 *       chunk as rejected rows (data, not exceptions) and are written as rejects with it;
 *   <li>{@code publish}: move the staged batch into the warehouse tables in one transaction.
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
public class IngestJobConfiguration {
  public static final String JOB_NAME = "ingestJob";
  private static final String JOB_PARAMETERS = "#{jobParameters}";

  @Bean
  Job ingestJob(JobRepository jobRepository, Step ingestStageStep, Step ingestPublishStep) {
    return new JobBuilder(JOB_NAME, jobRepository)
        .start(ingestStageStep)
        .next(ingestPublishStep)
        .build();
  }

  /**
   * The stage step, built per job execution ({@code @JobScope}) so that its reader, processor and
   * writer are plain objects: step-scoped beans are proxies, and a proxy call per row costs as much
   * as validating the row.
   */
  @Bean
  @JobScope
  Step ingestStageStep(
      JobRepository jobRepository,
      PlatformTransactionManager transactionManager,
      BaobiaoProperties properties,
      Warehouse warehouse,
      IngestProgressListener ingestProgressListener,
      @Value(JOB_PARAMETERS) Map<String, Object> jobParameters) {
    IngestJobParameters p = IngestJobParameters.from(jobParameters);
    FileKind kind = kind(p);
    return new StepBuilder("stage", jobRepository)
        .<StagedRow, StagedRow>chunk(properties.chunkSize())
        .transactionManager(transactionManager)
        .reader(new SourceFileReader(p, kind, ReferenceData.load(warehouse)))
        .writer(new StagingWriter(warehouse, kind, p))
        .listener(ingestProgressListener)
        .build();
  }

  @Bean
  @JobScope
  Step ingestPublishStep(
      JobRepository jobRepository,
      PlatformTransactionManager transactionManager,
      Warehouse warehouse,
      BaobiaoProperties properties,
      @Value(JOB_PARAMETERS) Map<String, Object> jobParameters) {
    IngestJobParameters p = IngestJobParameters.from(jobParameters);
    PublishTasklet tasklet =
        new PublishTasklet(warehouse, kind(p), p, properties.dataDir().resolve("rejects"));
    return new StepBuilder("publish", jobRepository).tasklet(tasklet, transactionManager).build();
  }

  @Bean
  IngestProgressListener ingestProgressListener(ProgressSink progressSink) {
    return new IngestProgressListener(progressSink);
  }

  private static FileKind kind(IngestJobParameters params) {
    return Domains.kind(params.fileKind());
  }
}
