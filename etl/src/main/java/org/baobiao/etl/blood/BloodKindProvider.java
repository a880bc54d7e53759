package org.baobiao.etl.blood;

import java.util.List;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.FileKindProvider;

/** The clinical blood-use domain's files, in BloodKinds' order. */
public final class BloodKindProvider implements FileKindProvider {
  @Override
  public int rank() {
    return 60;
  }

  @Override
  public List<FileKind> kinds() {
    return BloodKinds.all();
  }
}
