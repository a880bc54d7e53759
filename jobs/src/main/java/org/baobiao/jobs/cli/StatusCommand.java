package org.baobiao.jobs.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.baobiao.jobs.housekeeping.ScheduleHealth;
import org.baobiao.jobs.housekeeping.WarehouseStatus;
import org.baobiao.warehouse.load.LoadBatch;
import org.baobiao.warehouse.load.RejectCount;
import org.baobiao.warehouse.schema.AppliedMigration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code baobiao status}: schema version, load batches, rejects by reason. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "显示数据仓库状态：结构版本、加载批次（来源、文件哈希、加载/拒绝行数、时间）、按原因统计的拒绝数，" + "以及控制台定时任务的失败数。")
final class StatusCommand implements Callable<Integer> {
  @ParentCommand BaobiaoCommand top;

  @Option(names = "--json", description = "以 JSON 输出")
  boolean json;

  @Override
  public Integer call() throws Exception {
    try (AppSession session = new AppSession(top)) {
      WarehouseStatus status = session.warehouseService().status();
      Optional<ScheduleHealth> schedules = ScheduleHealth.read(top.dataDir());
      if (json) {
        top.console
            .out()
            .println(
                new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(toJson(status, schedules)));
      } else {
        print(status);
        print(schedules);
      }
      return 0;
    }
  }

  private static Map<String, Object> toJson(WarehouseStatus w, Optional<ScheduleHealth> schedules) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("warehouse", w.location());
    root.put("engine", w.engine());
    root.put("schema_version", w.schemaVersion());
    List<Map<String, Object>> migrations = new ArrayList<>();
    for (AppliedMigration m : w.migrations()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("version", m.version());
      o.put("description", m.description());
      o.put("applied_at", String.valueOf(m.appliedAt()));
      migrations.add(o);
    }
    root.put("migrations", migrations);
    root.put("data_version", w.dataVersion().ranges());
    List<Map<String, Object>> bs = new ArrayList<>();
    for (LoadBatch b : w.batches()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("batch_id", b.batchId());
      o.put("domain", b.domain());
      o.put("file_kind", b.fileKind());
      o.put("source", b.sourcePath());
      o.put("sha256", b.contentHash());
      o.put("bytes", b.fileSize());
      o.put("encoding", b.encoding());
      o.put("status", b.status().name());
      o.put("rows_read", b.rowsRead());
      o.put("rows_loaded", b.rowsLoaded());
      o.put("rows_rejected", b.rowsRejected());
      o.put("started_at", String.valueOf(b.startedAt()));
      o.put("finished_at", b.finishedAt() == null ? null : b.finishedAt().toString());
      o.put("reject_file", b.rejectFile());
      o.put("message", b.message());
      bs.add(o);
    }
    root.put("batches", bs);
    List<Map<String, Object>> rs = new ArrayList<>();
    for (RejectCount r : w.rejects()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("domain", r.domain());
      o.put("reason_code", r.reasonCode());
      o.put("count", r.count());
      rs.add(o);
    }
    root.put("rejects_by_reason", rs);
    schedules.ifPresent(
        h -> {
          Map<String, Object> o = new LinkedHashMap<>();
          o.put("written_at", h.writtenAt().toString());
          o.put("schedules", h.schedules());
          o.put("failing_schedules", h.failingSchedules());
          o.put("failed_runs_30d", h.failedRuns());
          o.put("failing", h.failing());
          root.put("console_schedules", o);
        });
    return root;
  }

  /** The console's schedules, as the console last wrote them to the data folder. */
  private void print(Optional<ScheduleHealth> schedules) {
    var out = top.console.out();
    out.println();
    if (schedules.isEmpty()) {
      out.println("定时任务（控制台）: 此数据目录中没有控制台写入的定时任务状态");
      return;
    }
    ScheduleHealth h = schedules.get();
    out.println(
        "定时任务（控制台，"
            + h.writtenAt().toLocalDateTime().withNano(0).toString().replace('T', ' ')
            + " 更新）: 共 "
            + h.schedules()
            + " 个；最近一次运行失败的 "
            + h.failingSchedules()
            + " 个；近 30 天失败的运行 "
            + h.failedRuns()
            + " 次");
    for (String line : h.failing()) {
      out.println("  失败: " + line);
    }
  }

  private void print(WarehouseStatus w) {
    List<LoadBatch> batches = w.batches();
    List<RejectCount> rejects = w.rejects();
    var out = top.console.out();
    out.println("数据仓库: " + w.location() + "（引擎 " + w.engine() + "）");
    out.println("结构版本: " + w.schemaVersion() + "；数据版本: " + w.dataVersion().describe());
    out.println();
    out.println("加载批次（" + batches.size() + " 个）:");
    if (batches.isEmpty()) {
      out.println("  （无）");
    }
    for (LoadBatch b : batches) {
      out.printf(
          "  %4d  %-9s %-8s 读 %,9d  载 %,9d  拒 %,6d  %s  %s  sha256:%s  %s%n",
          b.batchId(),
          b.domain(),
          b.status(),
          b.rowsRead(),
          b.rowsLoaded(),
          b.rowsRejected(),
          b.startedAt(),
          b.encoding(),
          b.contentHash().substring(0, 12),
          b.sourcePath());
      if (b.message() != null) {
        out.println("        原因: " + b.message());
      }
    }
    out.println();
    out.println("拒绝数（按原因）:");
    if (rejects.isEmpty()) {
      out.println("  （无）");
    }
    for (RejectCount r : rejects) {
      out.printf("  %-9s %-18s %,d%n", r.domain(), r.reasonCode(), r.count());
    }
  }
}
