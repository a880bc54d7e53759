package org.baobiao.jobs.cli;

import java.util.concurrent.Callable;
import org.baobiao.etl.extract.Extractor;
import org.baobiao.etl.extract.SourceDefinition;
import org.baobiao.etl.extract.SourceDefinitionException;
import org.baobiao.jobs.extract.ExtractService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code baobiao extract}: one incremental extraction from a source database. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "从源系统数据库（JDBC 或 MongoDB）增量抽取一次（按水位：最后更新时间与主键）。每页数据与水位一同提交：中途中断后再次运行从水位处继续，"
          + "不丢不重；每次会回读水位前 lookback 时长内的行，以接住晚提交的行，按主键覆盖，不会重复。",
      "数据源定义格式见 docs/sources.md；密码只能来自环境变量或密码文件。"
    })
final class ExtractCommand implements Callable<Integer> {
  @ParentCommand BaobiaoCommand top;

  @Parameters(
      index = "0",
      paramLabel = "SOURCE_DEF",
      description = "数据源定义文件（.yaml）的路径，或数据源目录中某个定义的 id")
  String source;

  @Mixin SourcesFolderMixin sources;

  @Override
  public Integer call() throws Exception {
    SourceDefinition def;
    try {
      def = sources.catalog(top.config()).find(source);
    } catch (SourceDefinitionException e) {
      throw new UsageException(e.getMessage());
    }
    var out = top.console.out();
    try (AppSession session = new AppSession(top, true)) {
      ExtractService service = session.extractService();
      Extractor.State state = service.state(def.id());
      out.println(
          "数据源 "
              + def.id()
              + "（"
              + def.name()
              + "）: "
              + def.describe()
              + "；"
              + (state == null || state.watermark() == null
                  ? "首次抽取"
                  : "从水位 " + state.watermark() + " 起（回读 " + def.lookback().toMinutes() + " 分钟）"));
      Extractor.Outcome o = service.extract(def, top.console.progress());
      out.printf(
          "完成%s：批次 %d，读取 %,d 行（%d 页），载入 %,d 行，拒绝 %,d 行%s；水位 %s%n",
          o.resumed() ? "（续接上次未完成的抽取）" : "",
          o.batch().batchId(),
          o.rowsRead(),
          o.pages(),
          o.rowsLoaded(),
          o.rowsRejected(),
          o.rowsAlreadyRejected() > 0
              ? "，另有 " + o.rowsAlreadyRejected() + " 行此前已被拒绝且未修改，不再重复报告"
              : "",
          o.to() == null ? "（尚无）" : o.to());
      if (o.rejectFile() != null) {
        out.println("  拒绝明细: " + o.rejectFile());
      }
      if (o.nullWatermarks() > 0) {
        out.println(
            "  注意: 源中有 "
                + o.nullWatermarks()
                + " 行的水位列 "
                + def.watermarkColumn()
                + " 为空（或不是日期时间），增量抽取读不到这些行；请在源系统中补齐该列。");
      }
      return o.rowsRejected() > 0 ? BaobiaoCommand.EXIT_REJECTS : 0;
    }
  }
}
