package org.baobiao.sla.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.baobiao.etl.activities.ActivityCodes;
import org.junit.jupiter.api.Test;

/**
 * Obligations are judged on the activity log: an activity type the log's code list did not carry
 * would have no evidence and be reported as missed in every period.
 */
class ActivityTypeTest {
  @Test
  void everyActivityTypeIsInTheActivityLogsCodeListWithTheSameLabel() {
    for (ActivityType type : ActivityType.values()) {
      assertThat(ActivityCodes.TYPES).as(type.code()).containsEntry(type.code(), type.label());
    }
  }
}
