package org.baobiao.etl.load;

import java.util.List;
import org.baobiao.warehouse.load.Reject;

/**
 * A source row failed validation; it carries one reject per problem. The ingest step's skip policy
 * skips exactly this exception and sends the rejects to the rejects table.
 */
public class RowRejectedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Reject> rejects;

  public RowRejectedException(List<Reject> rejects) {
    super(describe(rejects));
    this.rejects = List.copyOf(rejects);
  }

  /** The problems, at least one. */
  public List<Reject> rejects() {
    return rejects;
  }

  /** The source line of the rejected row. */
  public long line() {
    return rejects.get(0).line();
  }

  private static String describe(List<Reject> rejects) {
    if (rejects.isEmpty()) {
      throw new IllegalArgumentException("a rejected row needs at least one reject");
    }
    Reject r = rejects.get(0);
    return r.sourceFile()
        + " 第 "
        + r.line()
        + " 行 字段 "
        + r.field()
        + " 值 '"
        + r.value()
        + "': "
        + r.reasonCode()
        + " "
        + r.message()
        + (rejects.size() > 1 ? "（另有 " + (rejects.size() - 1) + " 处问题）" : "");
  }
}
