package org.baobiao.etl.mch;

import java.util.List;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.FileKindProvider;

/**
 * The maternal and child health domain's files (thalassemia prevention first), in ThalKinds' order.
 */
public final class ThalKindProvider implements FileKindProvider {
  @Override
  public int rank() {
    return 70;
  }

  @Override
  public List<FileKind> kinds() {
    return ThalKinds.all();
  }
}
