package org.zoneledger.client.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerTest {

  @TempDir Path dir;

  @Test
  void stoppingAFolderWithoutPidFileStopsNothing() {
    assertThat(KafkaBroker.stop(dir)).isFalse();
    assertThat(BrokerStatus.of(dir)).isEmpty();
  }

  @Test
  void aPidFileNamingAnotherProcessIsDiscardedWithoutSignallingIt() throws Exception {
    Process other = SleepingProcess.start("-Dunrelated=true");
    try {
      new PidFile(new BrokerFiles(dir)).write(other.pid());

      assertThat(BrokerStatus.of(dir)).isEmpty();
      assertThat(KafkaBroker.stop(dir)).isFalse();

      assertThat(other.isAlive()).isTrue();
      assertThat(dir.resolve("broker.pid")).doesNotExist();
    } finally {
      other.destroyForcibly().waitFor();
    }
  }

  @Test
  void aPidFileOfADeadProcessMeansNoBrokerRuns() throws Exception {
    Process dead = SleepingProcess.start(PidFile.marker(new BrokerFiles(dir)));
    dead.destroyForcibly().waitFor();
    new PidFile(new BrokerFiles(dir)).write(dead.pid());

    assertThat(BrokerStatus.of(dir)).isEmpty();
    assertThat(KafkaBroker.stop(dir)).isFalse();
    assertThat(dir.resolve("broker.pid")).doesNotExist();
  }

  @Test
  void stopFindsTheBrokerOfThisFolderByItsPidFileAndTerminatesIt() throws Exception {
    BrokerFiles files = new BrokerFiles(dir);
    files.writeConfiguration(BrokerSettings.of(dir).withPorts(19092, 19093));
    Process broker = SleepingProcess.start(PidFile.marker(files));
    new PidFile(files).write(broker.pid());

    assertThat(BrokerStatus.of(dir))
        .hasValueSatisfying(
            status -> {
              assertThat(status.pid()).isEqualTo(broker.pid());
              assertThat(status.bootstrapServers()).isEqualTo("127.0.0.1:19092");
            });
    assertThat(KafkaBroker.stop(dir)).isTrue();

    assertThat(broker.waitFor(5, TimeUnit.SECONDS)).isTrue();
    assertThat(dir.resolve("broker.pid")).doesNotExist();
  }

  @Test
  void theBrokerOfAnotherFolderIsNotTakenForThisOne() throws Exception {
    Path otherDir = Files.createDirectories(dir.resolve("other"));
    Process broker = SleepingProcess.start(PidFile.marker(new BrokerFiles(otherDir)));
    try {
      new PidFile(new BrokerFiles(dir)).write(broker.pid());

      assertThat(KafkaBroker.stop(dir)).isFalse();
      assertThat(broker.isAlive()).isTrue();
    } finally {
      broker.destroyForcibly().waitFor();
    }
  }

  @Test
  void deletingTheDataOfARunningBrokerIsRefused() throws Exception {
    BrokerFiles files = new BrokerFiles(dir);
    files.writeConfiguration(BrokerSettings.withFreePorts(dir).withResolvedPorts());
    Process broker = SleepingProcess.start(PidFile.marker(files));
    try {
      new PidFile(files).write(broker.pid());

      assertThatThrownBy(() -> KafkaBroker.deleteData(dir))
          .isInstanceOf(BrokerException.class)
          .hasMessageContaining("still runs");
      assertThat(files.serverProperties()).exists();
    } finally {
      broker.destroyForcibly().waitFor();
    }
  }

  @Test
  void deletingTheDataOfAStoppedBrokerRemovesTheFolder() {
    BrokerFiles files = new BrokerFiles(dir.resolve("kafka"));
    files.writeConfiguration(BrokerSettings.withFreePorts(files.dir()).withResolvedPorts());

    KafkaBroker.deleteData(files.dir());

    assertThat(files.dir()).doesNotExist();
  }
}
