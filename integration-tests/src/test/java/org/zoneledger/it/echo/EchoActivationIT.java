package org.zoneledger.it.echo;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zoneledger.client.launch.PayaraInstance;
import org.zoneledger.it.support.KafkaBrokerExtension;
import org.zoneledger.it.support.TestKafka;
import org.zoneledger.it.support.TestNode;

/** A bad activation setting fails the deployment with a message that names the property. */
@ExtendWith(KafkaBrokerExtension.class)
class EchoActivationIT {

  @Test
  void deployingWithABadActivationSettingFailsNamingTheProperty(TestKafka kafka) throws Exception {
    String topic = kafka.createTopic("echo", 1);
    try (TestNode node =
        TestNode.create(
            "badconfig",
            kafka.bootstrapServers(),
            EchoEnvironment.of(topic, "ZONELEDGER_ECHO_MAX_ATTEMPTS", "0"))) {
      PayaraInstance instance = node.launch(0);
      assertThatThrownBy(() -> instance.awaitHealthy(Duration.ofMinutes(3)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("failed to deploy")
          .hasMessageContaining("maxAttempts");
    }
  }
}
