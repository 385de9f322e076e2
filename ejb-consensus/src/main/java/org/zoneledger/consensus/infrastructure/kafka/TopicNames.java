package org.zoneledger.consensus.infrastructure.kafka;

import java.util.Objects;
import java.util.Optional;
import org.zoneledger.consensus.domain.drme.Topic;
import org.zoneledger.protocol.zone.ZoneDescriptor;

/** The zone's three topic names: {@code <prefix>.requests}, {@code .entity-log}, {@code .votes}. */
public record TopicNames(String requests, String entityLog, String votes) {
  public TopicNames {
    Objects.requireNonNull(requests, "requests");
    Objects.requireNonNull(entityLog, "entityLog");
    Objects.requireNonNull(votes, "votes");
  }

  public static TopicNames of(String prefix) {
    if (prefix == null || prefix.isBlank()) {
      throw new IllegalArgumentException("a topics prefix is needed");
    }
    return new TopicNames(prefix + ".requests", prefix + ".entity-log", prefix + ".votes");
  }

  public static TopicNames of(ZoneDescriptor zone) {
    return of(zone.topicsPrefix());
  }

  public String name(Topic topic) {
    return switch (topic) {
      case REQUESTS -> requests;
      case ENTITY_LOG -> entityLog;
      case VOTES -> votes;
    };
  }

  /** Which of the zone's topics {@code name} is, if any. */
  public Optional<Topic> topicOf(String name) {
    for (Topic topic : Topic.values()) {
      if (name(topic).equals(name)) {
        return Optional.of(topic);
      }
    }
    return Optional.empty();
  }
}
