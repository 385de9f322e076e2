package org.zoneledger.it.support;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.zoneledger.client.broker.KafkaBroker;

/**
 * What a test sees of the run's broker: where it is, and topics of its own. Injected as a test
 * method or constructor parameter by {@link KafkaBrokerExtension}.
 */
public final class TestKafka {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final String bootstrapServers;
  private final String testName;

  TestKafka(String bootstrapServers, String testName) {
    this.bootstrapServers = bootstrapServers;
    this.testName = testName;
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  /**
   * Creates a topic no other test uses ({@code <prefix>-<test>-<n>-<random>}) and waits until each
   * partition has a leader.
   */
  public String createTopic(String prefix, int partitions) {
    String name = uniqueName(prefix, testName);
    KafkaBroker.createTopics(bootstrapServers, Map.of(name, partitions));
    return name;
  }

  static String uniqueName(String prefix, String testName) {
    String raw =
        prefix
            + "-"
            + testName
            + "-"
            + SEQUENCE.incrementAndGet()
            + "-"
            + UUID.randomUUID().toString().substring(0, 8);
    String legal = raw.replaceAll("[^a-zA-Z0-9._-]", "_");
    // Kafka allows 249 characters; keep the unique tail when a test name is long
    return legal.length() <= 200 ? legal : legal.substring(legal.length() - 200);
  }
}
