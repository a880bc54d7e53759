package org.baobiao.reports.run;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import org.baobiao.reports.catalog.DatasetSpec;

/**
 * A dataset whose rows are read from the warehouse while a renderer writes them, typed as {@link
 * DatasetResult}'s are, without all of them being held in memory: for extractions larger than the
 * heap. The rows can be read once per {@link Source#forEach} call (each call runs the query).
 *
 * @param spec the dataset definition
 * @param source the rows
 */
public record DatasetStream(DatasetSpec spec, Source source) {
  public DatasetStream {
    requireNonNull(spec, "spec is null");
    requireNonNull(source, "source is null");
  }

  /** The rows of a computed dataset, as a stream. */
  public static DatasetStream of(DatasetResult result) {
    return new DatasetStream(
        result.spec(),
        sink -> {
          for (Object[] row : result.rows()) {
            sink.accept(row);
          }
        });
  }

  /** Produces the rows. */
  @FunctionalInterface
  public interface Source {
    /** Hands every row, in order, to {@code sink}. */
    void forEach(RowSink sink) throws IOException;
  }

  /** Takes one row. */
  @FunctionalInterface
  public interface RowSink {
    void accept(Object[] row) throws IOException;
  }
}
