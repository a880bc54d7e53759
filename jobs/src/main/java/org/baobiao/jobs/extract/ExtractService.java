package org.baobiao.jobs.extract;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.baobiao.etl.extract.Extractor;
import org.baobiao.etl.extract.SourceDefinition;
import org.baobiao.etl.extract.UnsupportedSourceException;
import org.baobiao.jobs.service.InvalidRequestException;
import org.baobiao.jobs.service.ProgressSink;
import org.baobiao.warehouse.Warehouse;

/**
 * Incremental extraction from source databases into the warehouse, and the state of every source
 * (watermark, rows loaded, an unfinished run).
 */
public final class ExtractService {
  private final Warehouse warehouse;
  private final Path rejectDir;
  private final Map<String, String> credentials;

  /**
   * @param warehouse where the rows go and the watermarks are kept
   * @param rejectDir where the rejects files go
   * @param credentials the variables passwords are read from (the process environment on the
   *     command line)
   */
  public ExtractService(Warehouse warehouse, Path rejectDir, Map<String, String> credentials) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
    this.rejectDir = requireNonNull(rejectDir, "rejectDir is null");
    this.credentials = Map.copyOf(credentials);
  }

  /** The extraction state of a source, or null when it was never extracted. */
  public Extractor.State state(String sourceId) {
    return new Extractor(warehouse).states().get(sourceId);
  }

  /**
   * Runs one extraction, from the source's watermark on (or resuming an unfinished run).
   *
   * @param progress counts the rows read, page by page
   * @throws InvalidRequestException when the engine cannot read this kind of source (the Spark
   *     engine reads JDBC sources only)
   */
  public Extractor.Outcome extract(SourceDefinition source, ProgressSink progress)
      throws IOException {
    progress.start("抽取 " + source.id());
    try {
      return new Extractor(warehouse)
          .run(source, credentials, rejectDir, (rows, reached) -> progress.progress(rows));
    } catch (UnsupportedSourceException e) {
      throw new InvalidRequestException(e.getMessage());
    } finally {
      progress.finish();
    }
  }

  /** Every definition of a sources folder with its state, and the states left without one. */
  public SourcesOverview sources(SourceCatalog catalog) throws IOException {
    Map<String, Extractor.State> states = new LinkedHashMap<>(new Extractor(warehouse).states());
    List<SourcesOverview.Source> sources = new ArrayList<>();
    for (SourceCatalog.Entry e : catalog.all()) {
      Extractor.State state = e.definition() == null ? null : states.remove(e.definition().id());
      sources.add(new SourcesOverview.Source(e, state));
    }
    return new SourcesOverview(catalog.folder(), sources, new ArrayList<>(states.values()));
  }
}
