package org.baobiao.console.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which runs left unfinished a starting console may fail: {@link Runner#outlived}. */
class RunnerTest {
  private final Runner me = Runner.current();

  @Test
  void itsOwnRunsAreNotOutlived() {
    assertThat(me.outlived(me.id())).isFalse();
  }

  @Test
  void anEarlierConsoleOfTheSameProcessIsOutlived() {
    Runner earlier = Runner.current();
    assertThat(earlier.pid()).isEqualTo(me.pid());
    assertThat(me.outlived(earlier.id())).isTrue();
  }

  @Test
  void anEndedProcessOfThisMachineIsOutlivedALiveOneIsNot() throws Exception {
    Process ended = new ProcessBuilder("true").start();
    ended.waitFor();
    assertThat(me.outlived(me.host() + "/" + ended.pid() + "/x")).isTrue();
    Process live = new ProcessBuilder("sleep", "30").start();
    try {
      assertThat(me.outlived(me.host() + "/" + live.pid() + "/x")).isFalse();
    } finally {
      live.destroy();
    }
  }

  @Test
  void anotherMachinesRunsAreLeftToItAndUnknownRunnersAreOutlived() {
    assertThat(me.outlived("another-host.example/1/x")).isFalse();
    assertThat(me.outlived(null)).isTrue();
    assertThat(me.outlived("garbage")).isTrue();
    assertThat(me.outlived(me.host() + "/notapid/x")).isTrue();
  }
}
