package org.baobiao.jobs.ingest;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * The Spring Boot application that runs Baobiao's batch jobs. Started by {@link BatchRuntime} only
 * for commands that run a job, so that listing reports or status starts in well under a second.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@EnableConfigurationProperties(BaobiaoProperties.class)
@Import(IngestJobConfiguration.class)
public class BatchApplication {}
