package org.baobiao.console.schedule;

import java.time.OffsetDateTime;
import org.baobiao.console.store.RunRecord;

/**
 * A schedule as the list shows it.
 *
 * @param schedule the schedule
 * @param title its report's title, or its id when the report left the catalog
 * @param nextFire when its cron fires next (Asia/Shanghai), or null when disabled or never again
 * @param lastRun its latest run, or null when it has not run
 */
public record ScheduleView(
    Schedule schedule, String title, OffsetDateTime nextFire, RunRecord lastRun) {
  /** Whether its latest run failed: shown red. */
  public boolean failed() {
    return lastRun != null && "失败".equals(lastRun.outcome());
  }
}
