package org.baobiao.etl.mch;

import java.util.List;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.FileKindProvider;

/** The premarital and pre-pregnancy checks of the mch domain, after the other mch files. */
public final class PremaritalKindProvider implements FileKindProvider {
  @Override
  public int rank() {
    return 74;
  }

  @Override
  public List<FileKind> kinds() {
    return PremaritalKinds.all();
  }
}
