package org.baobiao.etl.reference;

import java.util.List;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.FileKindProvider;

/** The reference domain's hospitals, contracts and systems, in that order. */
public final class ReferenceKindProvider implements FileKindProvider {
  @Override
  public int rank() {
    return 10;
  }

  @Override
  public List<FileKind> kinds() {
    return List.of(new HospitalsKind(), new ContractsKind(), new SystemsKind());
  }
}
