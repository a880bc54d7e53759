package org.baobiao.etl.mch;

import java.util.List;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.FileKindProvider;

/** The child health files of the mch domain, after the maternal ones (births first), in order. */
public final class ChildKindProvider implements FileKindProvider {
  @Override
  public int rank() {
    return 72;
  }

  @Override
  public List<FileKind> kinds() {
    return ChildKinds.all();
  }
}
