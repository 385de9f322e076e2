package org.zoneledger.consensus.infrastructure.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.zoneledger.consensus.domain.drme.Delivery;
import org.zoneledger.consensus.domain.drme.Effects;
import org.zoneledger.consensus.domain.drme.EntityLogRecord;
import org.zoneledger.consensus.domain.drme.LogPosition;
import org.zoneledger.consensus.domain.drme.Outcome;
import org.zoneledger.consensus.domain.drme.RequestLogRecord;
import org.zoneledger.consensus.domain.drme.Topic;
import org.zoneledger.kafka.api.KafkaBatch;
import org.zoneledger.kafka.api.KafkaRecord;
import org.zoneledger.kafka.api.OutgoingRecord;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;
import org.zoneledger.protocol.message.Entropy;
import org.zoneledger.protocol.message.Vote;

/**
 * Between the adapter's records and the engine: a batch of a topic partition to {@link Delivery}s
 * (position = partition, offset and log timestamp), and the engine's {@link Effects} to {@link
 * OutgoingRecord}s. A client request is checked again here with what needs no ledger state ({@link
 * EnvelopeVerifier}); one that fails, and any undecodable record, becomes a {@link Refusal} instead
 * of an exception, so a bad record never blocks its partition. Nothing here reads this node's
 * state: every node delivers the same requests of a partition to its engine, so sequencing (beacon,
 * elections, request store) is a function of the log alone. Thread-safe.
 */
public final class RecordMapper {
  private final TopicNames topics;

  public RecordMapper(TopicNames topics) {
    this.topics = topics;
  }

  public static LogPosition position(KafkaRecord record) {
    return new LogPosition(record.partition(), record.offset(), record.timestamp());
  }

  public DecodedBatch<RequestLogRecord> requests(KafkaBatch batch) {
    return decode(batch, Topic.REQUESTS, this::request);
  }

  public DecodedBatch<EntityLogRecord> entityLog(KafkaBatch batch) {
    return decode(batch, Topic.ENTITY_LOG, EntityLogRecordCodec::decode);
  }

  public DecodedBatch<Vote> votes(KafkaBatch batch) {
    return decode(batch, Topic.VOTES, VoteRecordCodec::decode);
  }

  /** The records to produce for the engine's messages; outcomes go to the API, not to Kafka. */
  public List<OutgoingRecord> outgoing(Effects effects) {
    List<OutgoingRecord> records = new ArrayList<>();
    for (EntityLogRecord record : effects.entityLog()) {
      records.add(
          new OutgoingRecord(
              topics.entityLog(),
              EntityLogRecordCodec.key(record.entity()),
              EntityLogRecordCodec.encode(record)));
    }
    for (Vote vote : effects.votes()) {
      records.add(
          new OutgoingRecord(
              topics.votes(), VoteRecordCodec.key(vote), VoteRecordCodec.encode(vote)));
    }
    return records;
  }

  /** What the API appends for a client PUT. */
  public OutgoingRecord request(ClientEnvelope envelope) {
    return new OutgoingRecord(
        topics.requests(),
        RequestRecordCodec.key(envelope.requestId()),
        RequestRecordCodec.encode(envelope));
  }

  /** What the entropy publisher sends, to the partition the entropy names. */
  public TargetedRecord entropy(Entropy entropy) {
    return new TargetedRecord(
        topics.requests(),
        entropy.partition(),
        RequestRecordCodec.entropyKey(entropy.node()),
        RequestRecordCodec.encode(entropy));
  }

  private RequestLogRecord request(byte[] key, byte[] value) {
    RequestRecordCodec.Value decoded = RequestRecordCodec.decode(key, value);
    if (decoded instanceof RequestRecordCodec.Drme drme) {
      return new RequestLogRecord.DrmeEntropy(drme.entropy());
    }
    ClientEnvelope envelope = ((RequestRecordCodec.Client) decoded).envelope();
    try {
      return new RequestLogRecord.ClientRequest(EnvelopeVerifier.checkWithoutSigners(envelope));
    } catch (ProtocolException e) {
      throw new Unverified(envelope, e);
    }
  }

  private <T> DecodedBatch<T> decode(
      KafkaBatch batch, Topic topic, BiFunction<byte[], byte[], T> decoder) {
    if (!topics.name(topic).equals(batch.topic())) {
      throw new IllegalArgumentException(
          "a batch of " + batch.topic() + " is not of " + topics.name(topic));
    }
    List<Delivery<T>> deliveries = new ArrayList<>();
    List<Refusal> refusals = new ArrayList<>();
    for (KafkaRecord record : batch.records()) {
      LogPosition at = position(record);
      try {
        deliveries.add(new Delivery<>(at, decoder.apply(record.key(), record.value())));
      } catch (RecordFormatException e) {
        refusals.add(malformed(topic, record, at, e));
      } catch (Unverified e) {
        refusals.add(e.refusal(at));
      }
    }
    return new DecodedBatch<>(batch.partition(), deliveries, refusals, batch.lastOffset() + 1);
  }

  private static Refusal malformed(
      Topic topic, KafkaRecord record, LogPosition at, RecordFormatException e) {
    Optional<Outcome.Rejected> rejection =
        topic == Topic.REQUESTS
            ? RequestRecordCodec.requestIdOf(record.key())
                .map(id -> new Outcome.Rejected(id, ErrorCode.BAD_ENCODING, e.getMessage()))
            : Optional.empty();
    return new Refusal(at, record + ": " + e.getMessage(), rejection);
  }

  /** A client request that decoded but failed a check that needs no ledger state. */
  private static final class Unverified extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ClientEnvelope envelope;
    private final ProtocolException failure;

    Unverified(ClientEnvelope envelope, ProtocolException failure) {
      super(failure.getMessage(), failure, false, false);
      this.envelope = envelope;
      this.failure = failure;
    }

    Refusal refusal(LogPosition at) {
      ErrorCode code = failure.errorCode();
      return new Refusal(
          at,
          "request " + envelope.requestId() + " is refused: " + failure.getMessage(),
          Optional.of(new Outcome.Rejected(envelope.requestId(), code, failure.getMessage())));
    }
  }
}
