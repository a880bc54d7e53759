package org.baobiao.etl.medrec;

import java.util.List;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.FileKindProvider;

/** Front pages before their diagnoses and operations. */
public final class MedrecKindProvider implements FileKindProvider {
  @Override
  public int rank() {
    return 50;
  }

  @Override
  public List<FileKind> kinds() {
    return List.of(new FrontPagesKind(), new DiagnosesKind(), new OperationsKind());
  }
}
