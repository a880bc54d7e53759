package org.baobiao.jobs.sample;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.baobiao.jobs.service.ProgressSink;
import org.baobiao.sample.GeneratedFiles;
import org.baobiao.sample.SampleDataGenerator;
import org.baobiao.sample.SampleOptions;

/** Writes the deterministic sample source files (hospitals, contracts, a year of activity…). */
public final class SampleService {

  /**
   * Generates the files of a request.
   *
   * @param progress shown one stage long, counting the rows of every kind of file together
   * @throws IllegalArgumentException when the scale is out of range
   */
  public GeneratedFiles generate(SampleRequest request, ProgressSink progress) throws IOException {
    int scale = request.scale();
    if (scale < 1 || scale > SampleOptions.MAX_SCALE) {
      throw new IllegalArgumentException(
          "--scale 须为 1 到 " + SampleOptions.MAX_SCALE + " 之间的整数，实际为 " + scale);
    }
    progress.start("生成样例数据");
    // Each kind of file counts its own rows; the sum is reported so that it never goes back.
    Map<String, Long> rowsByKind = new HashMap<>();
    try {
      return new SampleDataGenerator(SampleOptions.defaults(scale, request.seed()))
          .generate(
              request.outDir(),
              (stage, rows) -> {
                if (!stage.equals("done")) {
                  rowsByKind.put(stage.split(" ")[0], rows);
                  progress.progress(rowsByKind.values().stream().mapToLong(Long::longValue).sum());
                }
              });
    } finally {
      progress.finish();
    }
  }
}
