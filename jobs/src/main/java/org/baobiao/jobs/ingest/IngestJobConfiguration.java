package org.baobiao.jobs.ingest;

import java.util.Map;
import org.baobiao.etl.load.Domains;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.ReferenceData;
import org.baobiao.jobs.batch.BaobiaoProperties;
import org.baobiao.warehouse.Warehouse;
import org.springframework.batch.core.configuration.annotation.StepScope;
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
 *   <li>{@code stage}: read → validate and map → write to the staging table, in chunks; bad rows
 *       are skipped by {@link RejectSkipPolicy} and written as rejects with the chunk;
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

  @Bean
  Step ingestStageStep(
      JobRepository jobRepository,
      PlatformTransactionManager transactionManager,
      BaobiaoProperties properties,
      SourceFileReader sourceFileReader,
      RowValidator rowValidator,
      StagingWriter stagingWriter,
      IngestProgressListener ingestProgressListener) {
    return new StepBuilder("stage", jobRepository)
        .<SourceRow, StagedRow>chunk(properties.chunkSize())
        .transactionManager(transactionManager)
        .reader(sourceFileReader)
        .processor(rowValidator)
        .writer(stagingWriter)
        .faultTolerant()
        .skipPolicy(new RejectSkipPolicy())
        .skipListener(stagingWriter)
        .listener(ingestProgressListener)
        .build();
  }

  @Bean
  Step ingestPublishStep(
      JobRepository jobRepository,
      PlatformTransactionManager transactionManager,
      PublishTasklet publishTasklet) {
    return new StepBuilder("publish", jobRepository)
        .tasklet(publishTasklet, transactionManager)
        .build();
  }

  @Bean
  @StepScope
  SourceFileReader sourceFileReader(@Value(JOB_PARAMETERS) Map<String, Object> jobParameters) {
    IngestJobParameters p = IngestJobParameters.from(jobParameters);
    return new SourceFileReader(p, kind(p));
  }

  @Bean
  @StepScope
  RowValidator rowValidator(
      @Value(JOB_PARAMETERS) Map<String, Object> jobParameters, Warehouse warehouse) {
    return new RowValidator(
        kind(IngestJobParameters.from(jobParameters)), ReferenceData.load(warehouse));
  }

  @Bean
  @StepScope
  StagingWriter stagingWriter(
      @Value(JOB_PARAMETERS) Map<String, Object> jobParameters, Warehouse warehouse) {
    IngestJobParameters p = IngestJobParameters.from(jobParameters);
    return new StagingWriter(warehouse, kind(p), p);
  }

  @Bean
  @StepScope
  PublishTasklet publishTasklet(
      @Value(JOB_PARAMETERS) Map<String, Object> jobParameters,
      Warehouse warehouse,
      BaobiaoProperties properties) {
    IngestJobParameters p = IngestJobParameters.from(jobParameters);
    return new PublishTasklet(warehouse, kind(p), p, properties.dataDir().resolve("rejects"));
  }

  @Bean
  IngestProgressListener ingestProgressListener(ProgressSink progressSink) {
    return new IngestProgressListener(progressSink);
  }

  private static FileKind kind(IngestJobParameters params) {
    return Domains.kind(params.fileKind());
  }
}
