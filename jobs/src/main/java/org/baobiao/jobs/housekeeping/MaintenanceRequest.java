package org.baobiao.jobs.housekeeping;

import org.baobiao.jobs.service.InvalidRequestException;

/**
 * A storage clean-up.
 *
 * @param retainHours how long files no version needs any more are kept, at least {@value
 *     #MIN_RETAIN_HOURS} (7 days) so that running jobs and a week of time travel keep working
 */
public record MaintenanceRequest(int retainHours) {
  /** The shortest retention allowed. */
  public static final int MIN_RETAIN_HOURS = 168;

  public MaintenanceRequest {
    if (retainHours < MIN_RETAIN_HOURS) {
      throw new InvalidRequestException(
          "--retain-hours " + retainHours + " 太短：至少 168 小时（7 天），否则正在运行的作业与 7 天内的时间旅行可能读不到所需文件");
    }
  }
}
