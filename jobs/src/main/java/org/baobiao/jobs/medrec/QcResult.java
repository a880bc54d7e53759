package org.baobiao.jobs.medrec;

import java.util.List;
import org.baobiao.medrec.qc.MedrecQcRun;

/**
 * What a quality-control run found.
 *
 * @param rules how many rules were applied
 * @param hospitals each hospital's counts; none when the warehouse holds no front page of the
 *     hospitals asked for
 */
public record QcResult(int rules, List<MedrecQcRun.Result> hospitals) {
  public QcResult {
    hospitals = List.copyOf(hospitals);
  }
}
