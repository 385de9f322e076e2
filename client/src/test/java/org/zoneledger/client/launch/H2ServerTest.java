package org.zoneledger.client.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class H2ServerTest {

  @Test
  void theDatabaseServerRunsTheClientCompilerOnLoopbackWhateverTheNodesUse() {
    List<String> command = H2Server.command(Path.of("db"), 9101);

    assertThat(command).contains("-XX:TieredStopAtLevel=1", "-Dh2.bindAddress=127.0.0.1");
    assertThat(command.indexOf("-XX:TieredStopAtLevel=1"))
        .isLessThan(command.indexOf("org.h2.tools.Server"));
    assertThat(command).containsSequence("-tcpPort", "9101");
  }
}
