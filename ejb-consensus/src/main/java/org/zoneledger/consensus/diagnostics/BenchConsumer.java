package org.zoneledger.consensus.diagnostics;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Map;
import java.util.Set;
import org.zoneledger.kafka.api.KafkaBatch;
import org.zoneledger.kafka.api.KafkaBatchListener;
import org.zoneledger.kafka.api.PartitionRef;

/**
 * Benchmark consumer without a transaction: counts each batch in {@link
 * BenchCounter#notTransacted()} and does nothing else, so what {@code scripts/bench-adapter}
 * measures is the adapter and the container's endpoint call, not JTA or a database.
 *
 * <p>Idle cost in production: one consumer thread in a 5 s {@code poll} of an empty topic (the
 * broker answers an empty fetch every {@code fetch.max.wait.ms}, 0.5 s, a few bytes), heartbeats of
 * one member in its consumer group, and a one-partition topic created on first subscription where
 * the broker auto-creates topics. The fetch settings stay Kafka's defaults on purpose: they are the
 * ones the plain consumer loop of the benchmark uses. {@code isolation.level=read_committed} lets
 * the benchmark release its records at once (one producer transaction) after the instance is up.
 */
@MessageDriven(
    name = "BenchConsumer",
    messageListenerInterface = KafkaBatchListener.class,
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "resourceAdapter",
          propertyValue = "${ENV=ZONELEDGER_RAR_NAME:zone-kafka-rar}"),
      @ActivationConfigProperty(
          propertyName = "topics",
          propertyValue = "${ENV=ZONELEDGER_BENCH_TOPICS:zoneledger.bench}"),
      @ActivationConfigProperty(
          propertyName = "groupId",
          propertyValue = "${ENV=ZONELEDGER_BENCH_GROUP:zoneledger.bench}"),
      @ActivationConfigProperty(propertyName = "clientId", propertyValue = "bench"),
      @ActivationConfigProperty(propertyName = "deliveryMode", propertyValue = "BATCH"),
      @ActivationConfigProperty(propertyName = "applicationOffsets", propertyValue = "false"),
      @ActivationConfigProperty(
          propertyName = "maxPollRecords",
          propertyValue = "${ENV=ZONELEDGER_BENCH_MAX_POLL_RECORDS:2000}"),
      @ActivationConfigProperty(propertyName = "pollTimeoutMs", propertyValue = "5000"),
      @ActivationConfigProperty(
          propertyName = "consumerProperties",
          propertyValue = "isolation.level=read_committed")
    })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BenchConsumer implements KafkaBatchListener {

  @Override
  public int onBatch(KafkaBatch batch) {
    BenchCounter.notTransacted().count(batch);
    return batch.size();
  }

  /** Not called: {@code applicationOffsets=false}; the group's committed offsets are used. */
  @Override
  public Map<PartitionRef, Long> positions(Set<PartitionRef> assigned) {
    return Map.of();
  }
}
