package org.baobiao.etl.load;

import java.util.List;

/**
 * A domain package's file kinds, registered through {@link java.util.ServiceLoader} (in {@code
 * META-INF/services/org.baobiao.etl.load.FileKindProvider}) so that the loading layer imports no
 * domain. A new domain adds a provider and a line there; nothing in this package changes.
 */
public interface FileKindProvider {
  /**
   * Where this provider's kinds stand among all kinds, lowest first. Kinds of one domain load in
   * this order (a reference domain's hospitals before the systems that name them), and domains are
   * listed in the order of their first kind.
   */
  int rank();

  /** The kinds, in the order their files must load. */
  List<FileKind> kinds();
}
