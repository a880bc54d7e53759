package org.baobiao.jobs.cli;

import java.util.concurrent.Callable;
import org.baobiao.jobs.housekeeping.MaintenanceRequest;
import org.baobiao.jobs.housekeeping.MaintenanceResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code maintain}: compaction and clean-up of the warehouse's storage. */
@Command(
    name = "maintain",
    mixinStandardHelpOptions = true,
    description = {
      "整理数据仓库存储：Spark + Delta Lake 引擎对每张表执行 OPTIMIZE（合并小文件）与 VACUUM（清理不再引用的旧文件）；"
          + "DuckDB 引擎执行 CHECKPOINT。",
      "建议每周在没有加载作业运行时执行一次。"
    })
final class MaintainCommand implements Callable<Integer> {
  @ParentCommand BaobiaoCommand top;

  @Option(
      names = "--retain-hours",
      paramLabel = "HOURS",
      defaultValue = "168",
      description = "VACUUM 保留多少小时内的旧文件（默认 ${DEFAULT-VALUE}，即 7 天；不得少于 168，以免影响运行中的作业和时间旅行）")
  int retainHours;

  @Override
  public Integer call() {
    MaintenanceRequest request = new MaintenanceRequest(retainHours);
    try (AppSession session = new AppSession(top)) {
      top.console.out().println("整理数据仓库 " + session.warehouse().location());
      MaintenanceResult result = session.warehouseService().maintain(request);
      for (String line : result.steps()) {
        top.console.out().println("  " + line);
      }
    }
    return 0;
  }
}
