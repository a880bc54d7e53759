package org.baobiao.jobs.extract;

import java.nio.file.Path;
import java.util.List;
import org.baobiao.etl.extract.Extractor;

/**
 * The sources folder's definitions with their extraction state.
 *
 * @param folder the sources folder
 * @param sources each definition file, in file name order
 * @param orphans states of sources whose definition file is no longer in the folder
 */
public record SourcesOverview(Path folder, List<Source> sources, List<Extractor.State> orphans) {
  public SourcesOverview {
    sources = List.copyOf(sources);
    orphans = List.copyOf(orphans);
  }

  /** How many definition files cannot be used. */
  public long broken() {
    return sources.stream().filter(s -> s.entry().definition() == null).count();
  }

  /**
   * One definition file.
   *
   * @param entry the file and its definition, or what is wrong with it
   * @param state the source's extraction state, or null when it was never extracted
   */
  public record Source(SourceCatalog.Entry entry, Extractor.State state) {}
}
