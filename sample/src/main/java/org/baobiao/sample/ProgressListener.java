package org.baobiao.sample;

/**
 * Receives progress while files are written.
 *
 * <p>Called with stage {@code "reference"} once the reference files are written, with stage {@code
 * "tickets <org_code> <yyyy-MM>"} about every 10,000 ticket rows, with stage {@code "activities
 * <org_code>"} once a hospital's activity files are written, with stage {@code "interfaces
 * <org_code> <yyyy-MM>"} about every 65,536 interface exchange rows and at the end of each file,
 * and with stage {@code "done"} at the end. {@code rowsWritten} counts the data rows written so far
 * in the current kind of file (reference rows for {@code "reference"}, activity rows for {@code
 * "activities ..."}, interface exchange rows for {@code "interfaces ..."}, ticket rows otherwise,
 * {@code "done"} included; {@code "done"} of {@link SampleDataGenerator#generateInterfaces} counts
 * interface exchange rows).
 */
@FunctionalInterface
public interface ProgressListener {

  /** A listener that ignores progress. */
  ProgressListener NONE = (stage, rowsWritten) -> {};

  /**
   * Reports progress.
   *
   * @param stage what is being written
   * @param rowsWritten data rows written so far (headers excluded)
   */
  void progress(String stage, long rowsWritten);
}
