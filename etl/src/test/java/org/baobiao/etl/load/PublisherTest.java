package org.baobiao.etl.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.baobiao.etl.interfaces.InterfaceExchangesKind;
import org.baobiao.etl.tickets.TicketEventsKind;
import org.junit.jupiter.api.Test;

class PublisherTest {
  @Test
  void aBatchStagedElsewhereIsPublishedFromThatTableOnly() {
    for (FileKind kind : List.of(new InterfaceExchangesKind(), new TicketEventsKind())) {
      for (String statement : Publisher.statements(kind.publishSql())) {
        assertThat(statement).contains(kind.stagingTable());
        String read = Publisher.readingFrom(statement, kind, "temp.sql_staged_7");
        assertThat(read).doesNotContain(kind.stagingTable());
        assertThat(read.replace("temp.sql_staged_7", kind.stagingTable())).isEqualTo(statement);
      }
    }
  }

  @Test
  void onlyTheWholeNameOfTheStagingTableIsReplaced() {
    FileKind kind = new InterfaceExchangesKind();
    assertThat(
            Publisher.readingFrom(
                "SELECT * FROM stg_interface_exchanges s, stg_interface_exchanges_old o,"
                    + " xstg_interface_exchanges x",
                kind,
                "temp.t"))
        .isEqualTo(
            "SELECT * FROM temp.t s, stg_interface_exchanges_old o, xstg_interface_exchanges x");
    assertThat(
            Publisher.readingFrom(
                "SELECT 1 FROM stg_interface_exchanges", kind, kind.stagingTable()))
        .isEqualTo("SELECT 1 FROM stg_interface_exchanges");
  }
}
