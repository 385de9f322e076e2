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
 * Benchmark consumer in a container transaction ({@code REQUIRED}): like {@link BenchConsumer}, but
 * the adapter wraps each batch in {@code beforeDelivery}/{@code afterDelivery}, so the difference
 * between the two is the cost of one JTA transaction (with no resource enlisted) per batch. Counts
 * into {@link BenchCounter#transacted()}. Same idle cost as {@link BenchConsumer}.
 */
@MessageDriven(
    name = "BenchTransactedConsumer",
    messageListenerInterface = KafkaBatchListener.class,
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "resourceAdapter",
          propertyValue = "${ENV=ZONELEDGER_RAR_NAME:zone-kafka-rar}"),
      @ActivationConfigProperty(
          propertyName = "topics",
          propertyValue = "${ENV=ZONELEDGER_BENCH_TX_TOPICS:zoneledger.bench.tx}"),
      @ActivationConfigProperty(
          propertyName = "groupId",
          propertyValue = "${ENV=ZONELEDGER_BENCH_TX_GROUP:zoneledger.bench.tx}"),
      @ActivationConfigProperty(propertyName = "clientId", propertyValue = "bench-tx"),
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
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class BenchTransactedConsumer implements KafkaBatchListener {

  @Override
  public int onBatch(KafkaBatch batch) {
    BenchCounter.transacted().count(batch);
    return batch.size();
  }

  /** Not called: {@code applicationOffsets=false}; the group's committed offsets are used. */
  @Override
  public Map<PartitionRef, Long> positions(Set<PartitionRef> assigned) {
    return Map.of();
  }
}
