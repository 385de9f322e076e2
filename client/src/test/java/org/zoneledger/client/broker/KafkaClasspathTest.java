package org.zoneledger.client.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class KafkaClasspathTest {

  @Test
  void theBuiltClasspathHoldsTheServerTheClientsAndALoggingBackend() {
    List<String> jars =
        KafkaClasspath.parse(KafkaClasspath.resolve()).stream()
            .map(entry -> Path.of(entry).getFileName().toString())
            .toList();

    assertThat(jars)
        .anyMatch(jar -> jar.startsWith("kafka_2.13-"))
        .anyMatch(jar -> jar.startsWith("kafka-server-"))
        .anyMatch(jar -> jar.startsWith("kafka-clients-"))
        .anyMatch(jar -> jar.startsWith("lz4-java-"))
        .anyMatch(jar -> jar.startsWith("log4j-core-"))
        .anyMatch(jar -> jar.startsWith("log4j-slf4j2-impl-"))
        .noneMatch(jar -> jar.startsWith("protocol-"));
  }

  @Test
  void parsingIgnoresBlankEntriesAndTrailingNewlines() {
    assertThat(KafkaClasspath.parse("/a.jar:/b.jar::\n")).containsExactly("/a.jar", "/b.jar");
  }
}
