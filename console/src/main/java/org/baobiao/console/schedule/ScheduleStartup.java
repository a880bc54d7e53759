package org.baobiao.console.schedule;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Prepares the schedules once every bean is made and before Quartz starts firing: the default
 * schedules on the first start, the triggers matched to the schedules, the health file.
 */
@Component
public class ScheduleStartup implements SmartInitializingSingleton {
  private final ScheduleService schedules;

  public ScheduleStartup(ScheduleService schedules) {
    this.schedules = schedules;
  }

  @Override
  public void afterSingletonsInstantiated() {
    schedules.prepare();
  }
}
