package org.baobiao.etl.mch;

import java.util.List;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.FileKindProvider;

/** The maternal health files of the mch domain, after the thalassemia ones, in their order. */
public final class MaternalKindProvider implements FileKindProvider {
  @Override
  public int rank() {
    return 71;
  }

  @Override
  public List<FileKind> kinds() {
    return MaternalKinds.all();
  }
}
