package org.zoneledger.client.loadgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZoneProcessTest {
  @TempDir Path zone;
  private final long self = ProcessHandle.current().pid();

  @Test
  void pidFilesOfTheLaunchersAreFoundWithTheirPathAsLabel() throws IOException {
    write("kafka/broker.pid", self + "\n");
    write("node2/db/h2.pid", "999999999");
    write("node1/node1-i1/instance.pid", "not a pid");

    assertThat(ZoneProcess.fromPidFiles(zone))
        .containsExactly(
            new ZoneProcess("kafka/broker.pid", self),
            new ZoneProcess("node2/db/h2.pid", 999999999));
  }

  @Test
  void onlyLiveProcessesAreKeptAndEachOnlyOnce() throws IOException {
    write("node1/node1-i1/instance.pid", Long.toString(self));
    write("node1/db/h2.pid", "999999999");

    assertThat(ZoneProcess.find(zone, List.of(self, 999999998L)))
        .containsExactly(new ZoneProcess("node1/node1-i1/instance.pid", self));
  }

  @Test
  void givenPidsCountWithoutAZoneFolder() {
    assertThat(ZoneProcess.find(zone.resolve("missing"), List.of(self)))
        .containsExactly(new ZoneProcess("--pids", self));
  }

  private void write(String path, String text) throws IOException {
    Path file = zone.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
