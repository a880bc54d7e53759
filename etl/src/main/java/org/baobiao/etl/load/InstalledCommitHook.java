package org.baobiao.etl.load;

import java.util.ServiceLoader;

/** The {@link CommitHook} of this JVM, looked up once: the class path does not change. */
final class InstalledCommitHook {
  static final CommitHook HOOK =
      ServiceLoader.load(CommitHook.class).findFirst().orElse(new CommitHook() {});

  private InstalledCommitHook() {}
}
