package org.baobiao.warehouse.readahead;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadAheadQueueTest {

  @Test
  void theConsumerGetsEveryItemInOrderThenTheFailureForGood() throws Exception {
    ReadAheadQueue<Integer> q = new ReadAheadQueue<>(3, 2);
    IllegalStateException boom = new IllegalStateException("boom");
    Thread reader =
        new Thread(
            () -> {
              for (int i = 0; i < 10; i++) {
                q.put(i);
              }
              q.fail(boom);
            });
    reader.start();
    List<Integer> seen = new ArrayList<>();
    Integer item;
    while ((item = q.next()) != null) {
      seen.add(item);
    }
    reader.join();
    assertThat(seen).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(q.failure()).isSameAs(boom);
    assertThat(q.next()).isNull();
  }

  @Test
  void aCancelStopsAReaderWaitingForRoomWithoutInterruptingIt() throws Exception {
    ReadAheadQueue<Integer> q = new ReadAheadQueue<>(2, 1);
    AtomicInteger put = new AtomicInteger();
    AtomicBoolean cancelledSeen = new AtomicBoolean();
    AtomicBoolean interrupted = new AtomicBoolean();
    Thread reader =
        new Thread(
            () -> {
              try {
                while (true) {
                  q.put(put.get());
                  put.incrementAndGet();
                }
              } catch (ReadAheadQueue.Cancelled e) {
                cancelledSeen.set(true);
                interrupted.set(Thread.currentThread().isInterrupted());
              }
            });
    reader.start();
    assertThat(q.next()).isZero();
    while (reader.getState() != Thread.State.TIMED_WAITING) {
      Thread.onSpinWait();
    }
    q.cancel();
    reader.join(5_000);
    assertThat(reader.isAlive()).isFalse();
    assertThat(cancelledSeen).isTrue();
    assertThat(interrupted).isFalse();
    assertThat(put.get()).as("bounded: one batch taken, one waiting, one filling").isLessThan(8);
  }
}
