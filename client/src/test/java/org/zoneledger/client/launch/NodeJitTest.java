package org.zoneledger.client.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeJitTest {

  @Test
  void theJvmsTieredCompilationUnlessTheClientCompilerIsAskedFor() {
    assertThat(NodeJit.options(name -> null)).isEmpty();
    assertThat(NodeJit.options(Map.of(NodeJit.ENV, " C1 ")::get))
        .containsExactly("-XX:TieredStopAtLevel=1");
    assertThat(NodeJit.options(Map.of(NodeJit.ENV, "c2")::get)).isEmpty();
  }

  @Test
  void theDatabaseServerAlwaysRunsTheClientCompiler() {
    assertThat(NodeJit.DATABASE_SERVER).containsExactly("-XX:TieredStopAtLevel=1");
  }

  @Test
  void anUnknownCompilerIsRefused() {
    assertThatThrownBy(() -> NodeJit.options(Map.of(NodeJit.ENV, "graal")::get))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ZONELEDGER_JIT must be c1 or c2");
  }
}
