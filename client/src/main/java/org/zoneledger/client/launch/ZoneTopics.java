package org.zoneledger.client.launch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.zoneledger.protocol.zone.ZoneDescriptor;

/**
 * The three Kafka topics of a zone: {@code <prefix>.requests}, {@code <prefix>.entity-log}, {@code
 * <prefix>.votes}. The same naming rule as the nodes' {@code
 * org.zoneledger.consensus.infrastructure.kafka.TopicNames}, which the client module cannot see (it
 * depends on {@code protocol} only); {@code ZoneDemoIT} checks that the two agree.
 */
public record ZoneTopics(String requests, String entityLog, String votes) {

  public ZoneTopics {
    Objects.requireNonNull(requests, "requests");
    Objects.requireNonNull(entityLog, "entityLog");
    Objects.requireNonNull(votes, "votes");
  }

  public static ZoneTopics of(String prefix) {
    if (prefix == null || prefix.isBlank()) {
      throw new IllegalArgumentException("a topics prefix is needed");
    }
    return new ZoneTopics(prefix + ".requests", prefix + ".entity-log", prefix + ".votes");
  }

  /** The topics named by the descriptor's prefix ({@code zone.<zoneId>} by default). */
  public static ZoneTopics of(ZoneDescriptor zone) {
    return of(zone.topicsPrefix());
  }

  /** Every topic with {@code partitions} partitions, for {@code KafkaBroker.createTopics}. */
  public Map<String, Integer> withPartitions(int partitions) {
    Map<String, Integer> topics = new LinkedHashMap<>();
    topics.put(requests, partitions);
    topics.put(entityLog, partitions);
    topics.put(votes, partitions);
    return topics;
  }
}
