package org.baobiao.jobs.ingest;

import org.baobiao.etl.load.RowRejectedException;
import org.baobiao.etl.source.MalformedRecordException;
import org.springframework.batch.core.step.skip.SkipPolicy;

/**
 * Skips bad rows, however many (they are data, recorded as rejects); fails the step on anything
 * else, such as an I/O error or a file in the wrong encoding.
 */
public class RejectSkipPolicy implements SkipPolicy {
  @Override
  public boolean shouldSkip(Throwable t, long skipCount) {
    return t instanceof RowRejectedException || t instanceof MalformedRecordException;
  }
}
