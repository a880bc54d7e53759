package org.baobiao.etl.mch;

import java.util.List;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.FileKindProvider;

/** The birth-defect monitoring cards of the mch domain, after the maternal files they link to. */
public final class BirthDefectKindProvider implements FileKindProvider {
  @Override
  public int rank() {
    return 73;
  }

  @Override
  public List<FileKind> kinds() {
    return BirthDefectKinds.all();
  }
}
