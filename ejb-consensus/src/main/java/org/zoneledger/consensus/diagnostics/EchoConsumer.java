package org.zoneledger.consensus.diagnostics;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import java.util.Map;
import java.util.Set;
import org.zoneledger.kafka.api.KafkaBatch;
import org.zoneledger.kafka.api.KafkaBatchListener;
import org.zoneledger.kafka.api.PartitionRef;

/**
 * Receives batches of echo records (one partition each) and hands them to {@link EchoService}.
 * Activation values come from the environment through Payara's {@code ${ENV=NAME:default}}
 * substitution; the Kafka bootstrap servers from {@code ZONELEDGER_KAFKA_BOOTSTRAP}.
 */
@MessageDriven(
    name = "EchoConsumer",
    messageListenerInterface = KafkaBatchListener.class,
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "resourceAdapter",
          propertyValue = "${ENV=ZONELEDGER_RAR_NAME:zone-kafka-rar}"),
      @ActivationConfigProperty(
          propertyName = "topics",
          propertyValue = "${ENV=ZONELEDGER_ECHO_TOPICS:zoneledger.echo}"),
      @ActivationConfigProperty(
          propertyName = "groupId",
          propertyValue = "${ENV=ZONELEDGER_ECHO_GROUP:zoneledger.echo}"),
      @ActivationConfigProperty(propertyName = "clientId", propertyValue = "echo"),
      @ActivationConfigProperty(propertyName = "deliveryMode", propertyValue = "BATCH"),
      @ActivationConfigProperty(propertyName = "applicationOffsets", propertyValue = "true"),
      @ActivationConfigProperty(
          propertyName = "maxPollRecords",
          propertyValue = "${ENV=ZONELEDGER_ECHO_MAX_POLL_RECORDS:500}"),
      @ActivationConfigProperty(
          propertyName = "maxAttempts",
          propertyValue = "${ENV=ZONELEDGER_ECHO_MAX_ATTEMPTS:5}"),
      @ActivationConfigProperty(
          propertyName = "retryBackoffMs",
          propertyValue = "${ENV=ZONELEDGER_ECHO_RETRY_BACKOFF_MS:200}"),
      @ActivationConfigProperty(
          propertyName = "consumerProperties",
          propertyValue = "${ENV=ZONELEDGER_ECHO_CONSUMER_PROPERTIES:session.timeout.ms=10000}"),
      @ActivationConfigProperty(
          propertyName = "deadLetterTopic",
          propertyValue = "${ENV=ZONELEDGER_ECHO_DLQ:zoneledger.echo.dlq}")
    })
public class EchoConsumer implements KafkaBatchListener {

  @EJB private EchoService echo;

  @Override
  public int onBatch(KafkaBatch batch) {
    echo.store(batch);
    return batch.size();
  }

  @Override
  public Map<PartitionRef, Long> positions(Set<PartitionRef> assigned) {
    return echo.positions(assigned);
  }
}
