package org.baobiao.etl.activities;

import java.util.List;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.FileKindProvider;

/** The activities domain: the vendor's activity log. */
public final class ActivityKindProvider implements FileKindProvider {
  @Override
  public int rank() {
    return 30;
  }

  @Override
  public List<FileKind> kinds() {
    return List.of(new ActivitiesKind());
  }
}
