package org.zoneledger.consensus.infrastructure.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zoneledger.consensus.domain.drme.LogPosition;
import org.zoneledger.consensus.domain.drme.RequestLogRecord;
import org.zoneledger.kafka.api.KafkaRecord;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.RequestId;

class LogRequestSourceTest {
  private static final RequestId ID = new RequestId("req-1");
  private final Fixture fixture = new Fixture();
  private final ClientEnvelope envelope = fixture.claims("req-1");
  private final Map<RequestId, LogPosition> sequenced = new HashMap<>();
  private final Map<Long, KafkaRecord> log = new HashMap<>();
  private final LogRequestSource source =
      new LogRequestSource(
          id -> Optional.ofNullable(sequenced.get(id)),
          (topic, partition, offset) ->
              Optional.ofNullable(log.get(offset))
                  .filter(r -> r.topic().equals(topic) && r.partition() == partition),
          Fixture.TOPICS);

  @Test
  void aSequencedRequestIsReadBackFromTheLogWithItsClaimPlaintexts() {
    sequence(ID, 4, RequestRecordCodec.key(ID), RequestRecordCodec.encode(envelope));

    Optional<VerifiedRequest> found = source.find(ID, digest());

    VerifiedRequest verified = EnvelopeVerifier.checkWithoutSigners(envelope);
    assertThat(found).contains(verified);
    assertThat(found.get().claimPlaintexts()).containsEntry(Fixture.CLAIM_HASH, Fixture.CLAIM);
  }

  @Test
  void aRequestThisNodeHasNotSequencedIsNotFound() {
    log.put(4L, record(4, RequestRecordCodec.key(ID), RequestRecordCodec.encode(envelope)));

    assertThat(source.find(ID, digest())).isEmpty();
  }

  @Test
  void anotherBodyDigestIsNotFound() {
    sequence(ID, 4, RequestRecordCodec.key(ID), RequestRecordCodec.encode(envelope));

    assertThat(source.find(ID, Fixture.digest(5))).isEmpty();
  }

  @Test
  void aPositionTheLogNoLongerHoldsOrThatHoldsSomethingElseIsNotFound() {
    sequenced.put(ID, new LogPosition(1, 4, 0));
    assertThat(source.find(ID, digest())).isEmpty();

    sequence(
        ID,
        4,
        RequestRecordCodec.entropyKey(Fixture.NODE),
        RequestRecordCodec.encode(Fixture.entropy(1, 1)));
    assertThat(source.find(ID, digest())).isEmpty();

    ClientEnvelope other = fixture.mint("req-2");
    sequence(ID, 4, RequestRecordCodec.key(other.requestId()), RequestRecordCodec.encode(other));
    assertThat(source.find(ID, digest())).isEmpty();
  }

  private Bytes digest() {
    return RequestLogRecord.ClientRequest.digest(EnvelopeVerifier.checkWithoutSigners(envelope));
  }

  private void sequence(RequestId id, long offset, byte[] key, byte[] value) {
    sequenced.put(id, new LogPosition(1, offset, 0));
    log.put(offset, record(offset, key, value));
  }

  private static KafkaRecord record(long offset, byte[] key, byte[] value) {
    return new KafkaRecord(Fixture.TOPICS.requests(), 1, offset, 0, key, value, Map.of());
  }
}
