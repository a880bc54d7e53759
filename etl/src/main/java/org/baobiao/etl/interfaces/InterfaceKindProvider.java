package org.baobiao.etl.interfaces;

import java.util.List;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.FileKindProvider;

/** The interface catalog (a reference file, after the systems it names) and the exchange logs. */
public final class InterfaceKindProvider implements FileKindProvider {
  @Override
  public int rank() {
    return 40;
  }

  @Override
  public List<FileKind> kinds() {
    return List.of(new InterfaceCatalogKind(), new InterfaceExchangesKind());
  }
}
