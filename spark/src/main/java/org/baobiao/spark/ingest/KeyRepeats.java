package org.baobiao.spark.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.Publisher;

/**
 * Finds the staged rows whose key repeats an earlier row of the same batch (file or extraction
 * run): the first row of each key per batch is kept, the others become {@code DUPLICATE_KEY}
 * rejects worded as the embedded path words them ({@link Publisher#duplicateKey}).
 */
public final class KeyRepeats implements AutoCloseable {
  private final Dataset<Row> ranked;
  private final Dataset<Row> kept;
  private final List<Object[]> rejects;

  private KeyRepeats(Dataset<Row> ranked, Dataset<Row> kept, List<Object[]> rejects) {
    this.ranked = ranked;
    this.kept = kept;
    this.rejects = rejects;
  }

  /**
   * Splits the staged rows ({@code batch_id, source_line}, then the kind's staging columns); the
   * ranked rows stay cached until {@link #close()}.
   *
   * @param sourceName the source file (or source id) of a batch, as rejects name it
   */
  public static KeyRepeats split(
      FileKind kind, Dataset<Row> rows, LongFunction<String> sourceName) {
    Column[] key = kind.keyColumns().stream().map(functions::col).toArray(Column[]::new);
    Column[] batchKey = new Column[key.length + 1];
    batchKey[0] = functions.col("batch_id");
    System.arraycopy(key, 0, batchKey, 1, key.length);
    Dataset<Row> ranked =
        rows.withColumn(
                "_rn_in_file",
                functions.row_number().over(Window.partitionBy(batchKey).orderBy("source_line")))
            .withColumn(
                "_first_line", functions.min("source_line").over(Window.partitionBy(batchKey)))
            .persist(StorageLevel.MEMORY_AND_DISK());
    List<Object[]> rejects = new ArrayList<>();
    int width = kind.keyColumns().size();
    for (Row d :
        ranked
            .filter("_rn_in_file > 1")
            .select(
                functions.col("batch_id"),
                functions.col("source_line"),
                functions.col("_first_line"),
                functions.struct(key).as("_key"))
            .collectAsList()) {
      long batchId = d.getLong(0);
      Row keyRow = d.getStruct(3);
      List<Object> keyValues = new ArrayList<>(width);
      for (int i = 0; i < width; i++) {
        keyValues.add(keyRow.get(i));
      }
      rejects.add(
          Publisher.duplicateKey(
                  kind, sourceName.apply(batchId), d.getLong(1), keyValues, d.getLong(2))
              .row(batchId));
    }
    Dataset<Row> kept = ranked.filter("_rn_in_file = 1").drop("_rn_in_file", "_first_line");
    return new KeyRepeats(ranked, kept, rejects);
  }

  /** The first row of each key per batch. */
  public Dataset<Row> kept() {
    return kept;
  }

  /** The DUPLICATE_KEY rejects, as rows of the {@code rejects} table. */
  public List<Object[]> rejects() {
    return rejects;
  }

  @Override
  public void close() {
    ranked.unpersist(false);
  }
}
