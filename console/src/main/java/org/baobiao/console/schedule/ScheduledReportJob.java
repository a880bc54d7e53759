package org.baobiao.console.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What Quartz runs when a schedule's cron fires (or fires late, once, after the server was down):
 * the schedule's execution with its retries, through {@link ScheduleService}.
 */
@DisallowConcurrentExecution
public class ScheduledReportJob implements Job {
  /** The job data key of the schedule's number. */
  public static final String SCHEDULE_ID = "scheduleId";

  @Autowired private ScheduleService schedules;

  @Override
  public void execute(JobExecutionContext context) {
    schedules.fire(context.getMergedJobDataMap().getLong(SCHEDULE_ID));
  }
}
