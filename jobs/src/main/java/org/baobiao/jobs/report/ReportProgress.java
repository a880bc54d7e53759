package org.baobiao.jobs.report;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import org.baobiao.reports.catalog.DatasetSpec;
import org.baobiao.reports.catalog.ReportFormat;

/**
 * A step of a report run, told to a {@link ReportProgressListener} as it happens: first the plan,
 * then for each hospital each dataset computed and each format written. {@link #done()} of {@link
 * #total()} steps are over; {@link #text()} says it in Chinese for a progress display (the
 * console's run page, the command line's stderr).
 */
public sealed interface ReportProgress {
  /** Steps over, 0 to {@link #total()}. */
  int done();

  /** Steps of the whole run: per hospital, its datasets computed and its formats written. */
  int total();

  /** The step in Chinese. */
  String text();

  /**
   * The run's plan, told before any query runs.
   *
   * @param datasets datasets computed per hospital before its files are written; 0 when every
   *     format streams its rows from the warehouse while writing them (no PDF asked for), so that
   *     the steps are the files only
   */
  record Planned(
      String reportId, List<String> hospitals, int datasets, List<ReportFormat> formats, int total)
      implements ReportProgress {
    public Planned {
      requireNonNull(reportId, "reportId is null");
      hospitals = List.copyOf(hospitals);
      formats = List.copyOf(formats);
    }

    @Override
    public int done() {
      return 0;
    }

    @Override
    public String text() {
      String what =
          datasets == 0
              ? formats.size() + " 种格式（边查询边写出）"
              : datasets + " 个数据集、" + formats.size() + " 种格式";
      return "已开始：" + hospitals.size() + " 家医院，每家 " + what + "，共 " + total + " 步";
    }
  }

  /**
   * A dataset of a hospital computed (its query run and its values typed).
   *
   * @param index the dataset's place among the hospital's datasets, from 1
   * @param count the hospital's datasets
   */
  record DatasetComputed(
      String hospital, DatasetSpec dataset, int rows, int index, int count, int done, int total)
      implements ReportProgress {
    public DatasetComputed {
      requireNonNull(hospital, "hospital is null");
      requireNonNull(dataset, "dataset is null");
    }

    @Override
    public String text() {
      return "医院 "
          + hospital
          + "：已计算数据集 "
          + index
          + "/"
          + count
          + "「"
          + dataset.title()
          + "」（"
          + rows
          + " 行）";
    }
  }

  /** A hospital's files of one format written. */
  record FormatWritten(String hospital, ReportFormat format, List<Path> files, int done, int total)
      implements ReportProgress {
    public FormatWritten {
      requireNonNull(hospital, "hospital is null");
      requireNonNull(format, "format is null");
      files = List.copyOf(files);
    }

    @Override
    public String text() {
      return "医院 " + hospital + "：已生成 " + format.name() + "（" + files.size() + " 个文件）";
    }
  }
}
