package org.zoneledger.consensus.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EchoSettingsTest {

  @Test
  void keysWithThePoisonPrefixAreRefusedAndOthersAreNot() {
    EchoSettings settings = new EchoSettings("ack", "poison-");
    assertThat(settings.isPoison("poison-4")).isTrue();
    assertThat(settings.isPoison("key-4")).isFalse();
    assertThat(settings.isPoison(null)).isFalse();
  }

  @Test
  void anEmptyPoisonPrefixRefusesNothing() {
    assertThat(new EchoSettings("ack", "").isPoison("poison-4")).isFalse();
  }

  @Test
  void anEmptyAckTopicMeansNoAcknowledgements() {
    assertThat(new EchoSettings("", "poison-").acknowledges()).isFalse();
    assertThat(new EchoSettings("zoneledger.echo.ack", "poison-").acknowledges()).isTrue();
  }
}
