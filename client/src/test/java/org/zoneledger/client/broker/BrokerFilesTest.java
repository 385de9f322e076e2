package org.zoneledger.client.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokerFilesTest {

  @TempDir Path dir;

  @Test
  void theClusterIdIsCreatedOnceAndKeptInTheFolder() {
    String first = new BrokerFiles(dir).clusterId();
    String second = new BrokerFiles(dir).clusterId();

    assertThat(first).hasSize(22).isEqualTo(second);
    assertThat(dir.resolve("cluster.id")).content().contains(first);
  }

  @Test
  void aFolderIsFormattedOnceKafkaHasWrittenItsMetaProperties() throws Exception {
    BrokerFiles files = new BrokerFiles(dir);
    assertThat(files.isFormatted()).isFalse();

    Files.createDirectories(files.dataDir());
    Files.writeString(files.dataDir().resolve("meta.properties"), "node.id=1\n");

    assertThat(files.isFormatted()).isTrue();
  }

  @Test
  void aFormattedFolderTakesItsClusterIdFromTheStorage() throws Exception {
    BrokerFiles files = new BrokerFiles(dir);
    Files.createDirectories(files.dataDir());
    Files.writeString(
        files.dataDir().resolve("meta.properties"), "node.id=1\ncluster.id=FormattedId123\n");

    assertThat(files.clusterId()).isEqualTo("FormattedId123");
  }

  @Test
  void writingTheConfigurationCreatesTheFolderAndBothFiles() {
    BrokerFiles files = new BrokerFiles(dir.resolve("new/kafka"));

    files.writeConfiguration(BrokerSettings.of(files.dir()));

    assertThat(files.serverProperties()).content().contains("listeners=PLAINTEXT://127.0.0.1:9092");
    assertThat(files.log4jConfig()).content().contains("rootLogger.level");
  }
}
