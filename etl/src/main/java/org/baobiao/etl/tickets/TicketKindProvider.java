package org.baobiao.etl.tickets;

import java.util.List;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.FileKindProvider;

/** The tickets domain: ticket event logs. */
public final class TicketKindProvider implements FileKindProvider {
  @Override
  public int rank() {
    return 20;
  }

  @Override
  public List<FileKind> kinds() {
    return List.of(new TicketEventsKind());
  }
}
