package org.zoneledger.consensus.diagnostics;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zoneledger.consensus.schema.SchemaStartup;
import org.zoneledger.kafka.api.KafkaBatch;
import org.zoneledger.kafka.api.KafkaConnection;
import org.zoneledger.kafka.api.KafkaConnectionFactory;
import org.zoneledger.kafka.api.KafkaRecord;
import org.zoneledger.kafka.api.OutgoingRecord;
import org.zoneledger.kafka.api.PartitionRef;
import org.zoneledger.persistence.diagnostics.EchoRecord;
import org.zoneledger.persistence.diagnostics.RecordRef;
import org.zoneledger.persistence.offsets.ConsumedOffsets;

/**
 * Stores the effect of a batch of echo records and the partition's next offset in one transaction,
 * so a redelivered batch after a crash is recognised by its offset and not stored twice.
 * Acknowledgements are sent after the records are stored; they are at-least-once.
 */
@Stateless
public class EchoService {

  /** Offsets of the echo path are stored under this consumer name. */
  static final String CONSUMER = "echo";

  @PersistenceContext(unitName = "zoneledger")
  private EntityManager em;

  @Resource(lookup = "java:app/kafka/factory")
  private KafkaConnectionFactory kafka;

  @EJB private SchemaStartup schema;
  @EJB private EchoAttempts attempts;

  private final EchoSettings settings = EchoSettings.fromEnvironment();

  /**
   * The position of every assigned partition. The database is the authority: a partition without a
   * stored position starts at 0, never at whatever Kafka last committed — a commit Kafka kept while
   * the database lost the effects would otherwise skip records silently.
   */
  public Map<PartitionRef, Long> positions(Set<PartitionRef> assigned) {
    schema.awaitMigrated();
    ConsumedOffsets offsets = new ConsumedOffsets(em);
    Map<PartitionRef, Long> positions = new HashMap<>();
    for (PartitionRef ref : assigned) {
      positions.put(
          ref, offsets.positions(CONSUMER, ref.topic()).getOrDefault(ref.partition(), 0L));
    }
    return positions;
  }

  public void store(KafkaBatch batch) {
    schema.awaitMigrated();
    ConsumedOffsets offsets = new ConsumedOffsets(em);
    long stored = offsets.lockPosition(CONSUMER, batch.topic(), batch.partition());
    List<OutgoingRecord> acks = new ArrayList<>();
    for (KafkaRecord r : batch.records()) {
      if (r.offset() < stored) {
        continue; // already took effect before a crash or a rebalance: a redelivery
      }
      String key = r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8);
      RecordRef ref = new RecordRef(r.topic(), r.partition(), r.offset(), key);
      if (settings.isPoison(key)) {
        attempts.record(ref);
        throw new PoisonRecordException(r.topic(), r.partition(), r.offset());
      }
      em.persist(new EchoRecord(ref, instanceName()));
      acks.add(ack(r));
    }
    offsets.advance(CONSUMER, batch.topic(), batch.partition(), batch.lastOffset() + 1);
    em.flush();
    if (settings.acknowledges() && !acks.isEmpty()) {
      try (KafkaConnection connection = kafka.getConnection()) {
        connection.sendAll(acks);
      } catch (jakarta.resource.ResourceException e) {
        throw new IllegalStateException("cannot open a Kafka connection for acknowledgements", e);
      }
    }
  }

  private OutgoingRecord ack(KafkaRecord r) {
    byte[] value =
        (r.topic() + "/" + r.partition() + "/" + r.offset()).getBytes(StandardCharsets.UTF_8);
    return new OutgoingRecord(settings.ackTopic(), r.key(), value, Map.of());
  }

  private static String instanceName() {
    return System.getProperty("zoneledger.instance", "instance");
  }
}
