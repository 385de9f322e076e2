package org.zoneledger.consensus.infrastructure.messaging;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zoneledger.consensus.application.DrmeService;
import org.zoneledger.kafka.api.KafkaBatch;
import org.zoneledger.kafka.api.KafkaBatchListener;
import org.zoneledger.kafka.api.PartitionRef;

/** The coordinator role on the `requests` topic (phases 1–4): entropy and client requests. */
@MessageDriven(
    name = "RequestsConsumer",
    messageListenerInterface = KafkaBatchListener.class,
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "resourceAdapter",
          propertyValue = "${ENV=ZONELEDGER_RAR_NAME:zone-kafka-rar}"),
      @ActivationConfigProperty(
          propertyName = "enabled",
          propertyValue = "${ENV=ZONELEDGER_CONSENSUS:false}"),
      @ActivationConfigProperty(
          propertyName = "topics",
          propertyValue = "${ENV=ZONELEDGER_TOPIC_REQUESTS:zone.requests}"),
      @ActivationConfigProperty(
          propertyName = "groupId",
          propertyValue = "${ENV=ZONELEDGER_COORDINATOR_GROUP:node.coordinator}"),
      @ActivationConfigProperty(propertyName = "clientId", propertyValue = "requests"),
      @ActivationConfigProperty(propertyName = "deliveryMode", propertyValue = "BATCH"),
      @ActivationConfigProperty(propertyName = "applicationOffsets", propertyValue = "true"),
      @ActivationConfigProperty(
          propertyName = "maxAttempts",
          propertyValue = "${ENV=ZONELEDGER_CONSENSUS_MAX_ATTEMPTS:1000000}"),
      @ActivationConfigProperty(
          propertyName = "retryBackoffMs",
          propertyValue = "${ENV=ZONELEDGER_CONSENSUS_RETRY_BACKOFF_MS:50}"),
      @ActivationConfigProperty(
          propertyName = "consumerProperties",
          propertyValue =
              "${ENV=ZONELEDGER_CONSENSUS_CONSUMER_PROPERTIES:session.timeout.ms=10000}")
    })
public class RequestsConsumer implements KafkaBatchListener {

  @EJB private DrmeService drme;

  @Override
  public int onBatch(KafkaBatch batch) {
    return drme.onBatches(List.of(batch))[0];
  }

  @Override
  public Map<PartitionRef, Long> positions(Set<PartitionRef> assigned) {
    return drme.positions("coordinator", assigned);
  }
}
