package org.baobiao.reports.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadAheadSourceTest {

  private static DatasetStream.Source rows(int count) {
    return sink -> {
      for (int i = 0; i < count; i++) {
        sink.accept(new Object[] {i, "行 " + i});
      }
    };
  }

  @Test
  void everyRowArrivesInOrderOnTheCallersThread() throws Exception {
    for (int count :
        new int[] {0, 1, ReadAheadSource.BATCH - 1, ReadAheadSource.BATCH, 10 * 512 + 7}) {
      List<Integer> seen = new ArrayList<>();
      Thread caller = Thread.currentThread();
      new ReadAheadSource(rows(count), "test")
          .forEach(
              row -> {
                assertThat(Thread.currentThread()).isSameAs(caller);
                seen.add((Integer) row[0]);
              });
      assertThat(seen).hasSize(count);
      for (int i = 0; i < count; i++) {
        assertThat(seen.get(i)).isEqualTo(i);
      }
    }
  }

  @Test
  void aFailingReadIsThrownAfterTheRowsBeforeIt() {
    List<Object> seen = new ArrayList<>();
    DatasetStream.Source failing =
        sink -> {
          for (int i = 0; i < 1_000; i++) {
            sink.accept(new Object[] {i});
          }
          throw new IOException("查询失败: 列 x 不存在");
        };
    assertThatThrownBy(() -> new ReadAheadSource(failing, "test").forEach(r -> seen.add(r[0])))
        .isInstanceOf(IOException.class)
        .hasMessage("查询失败: 列 x 不存在");
    assertThat(seen).hasSize(1_000);

    DatasetStream.Source unchecked =
        sink -> {
          throw new IllegalArgumentException("列不符: 期望 a, b");
        };
    assertThatThrownBy(() -> new ReadAheadSource(unchecked, "test").forEach(r -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("列不符: 期望 a, b");
  }

  @Test
  void aFailingWriterStopsTheRead() throws Exception {
    AtomicInteger produced = new AtomicInteger();
    AtomicBoolean released = new AtomicBoolean();
    DatasetStream.Source endless =
        sink -> {
          try {
            for (int i = 0; ; i++) {
              sink.accept(new Object[] {i});
              produced.incrementAndGet();
            }
          } finally {
            released.set(true); // the result set would be closed here
          }
        };
    assertThatThrownBy(
            () ->
                new ReadAheadSource(endless, "test")
                    .forEach(
                        r -> {
                          if ((Integer) r[0] == 2_000) {
                            throw new IOException("磁盘已满");
                          }
                        }))
        .isInstanceOf(IOException.class)
        .hasMessage("磁盘已满");
    assertThat(released).isTrue();
    int atStop = produced.get();
    assertThat(atStop)
        .isLessThanOrEqualTo(2_001 + (ReadAheadSource.DEPTH + 2) * ReadAheadSource.BATCH);
  }
}
