package org.zoneledger.consensus.infrastructure.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.zoneledger.consensus.domain.drme.Topic;

class TopicNamesTest {

  @Test
  void theThreeTopicsHangOffTheZonesPrefix() {
    TopicNames names = TopicNames.of("zone.local");

    assertThat(names.name(Topic.REQUESTS)).isEqualTo("zone.local.requests");
    assertThat(names.name(Topic.ENTITY_LOG)).isEqualTo("zone.local.entity-log");
    assertThat(names.name(Topic.VOTES)).isEqualTo("zone.local.votes");
    assertThat(names.topicOf("zone.local.votes")).contains(Topic.VOTES);
    assertThat(names.topicOf("zone.other.votes")).isEmpty();
  }

  @Test
  void aBlankPrefixIsRefused() {
    assertThatThrownBy(() -> TopicNames.of(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}
