package org.zoneledger.consensus.infrastructure.kafka;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zoneledger.consensus.domain.drme.Delivery;
import org.zoneledger.consensus.domain.drme.Effects;
import org.zoneledger.consensus.domain.drme.EntityLogRecord;
import org.zoneledger.consensus.domain.drme.LogPosition;
import org.zoneledger.consensus.domain.drme.Outcome;
import org.zoneledger.consensus.domain.drme.RequestLogRecord;
import org.zoneledger.kafka.api.KafkaBatch;
import org.zoneledger.kafka.api.KafkaRecord;
import org.zoneledger.kafka.api.OutgoingRecord;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.message.Decision;
import org.zoneledger.protocol.message.Entropy;
import org.zoneledger.protocol.message.RequestId;
import org.zoneledger.protocol.message.Vote;

class RecordMapperTest {
  private static final int PARTITION = 2;
  private final Fixture fixture = new Fixture();
  private final RecordMapper mapper = new RecordMapper(Fixture.TOPICS);
  private final List<KafkaRecord> records = new ArrayList<>();

  @Test
  void requestsBecomeDeliveriesAtTheirPartitionOffsetAndLogTimestamp() {
    Entropy entropy = Fixture.entropy(PARTITION, 1);
    add(
        Fixture.TOPICS.requests(),
        RequestRecordCodec.entropyKey(Fixture.NODE),
        RequestRecordCodec.encode(entropy));
    addRequest(fixture.claims("req-1"));

    DecodedBatch<RequestLogRecord> batch = mapper.requests(batch(Fixture.TOPICS.requests()));

    assertThat(batch.refusals()).isEmpty();
    assertThat(batch.deliveries())
        .extracting(Delivery::position)
        .containsExactly(
            new LogPosition(PARTITION, 10, 5000), new LogPosition(PARTITION, 11, 5001));
    assertThat(batch.deliveries().get(0).record())
        .isEqualTo(new RequestLogRecord.DrmeEntropy(entropy));
    RequestLogRecord.ClientRequest request =
        (RequestLogRecord.ClientRequest) batch.deliveries().get(1).record();
    assertThat(request.id()).isEqualTo(new RequestId("req-1"));
    assertThat(request.request().claimPlaintexts())
        .containsEntry(Fixture.CLAIM_HASH, Fixture.CLAIM);
    assertThat(batch.nextOffset()).isEqualTo(12);
  }

  @Test
  void aRequestWithASignatureThatIsNotBase64urlIsRejectedAndTheRestOfTheBatchIsDelivered() {
    addRequest(Fixture.withAuthorisationSignature(fixture.mint("req-bad"), "not*base64url"));
    addRequest(fixture.mint("req-good"));

    DecodedBatch<RequestLogRecord> batch = mapper.requests(batch(Fixture.TOPICS.requests()));

    assertThat(batch.deliveries()).extracting(d -> d.position().offset()).containsExactly(11L);
    assertThat(batch.refusals())
        .singleElement()
        .satisfies(r -> assertThat(r.position().offset()).isEqualTo(10));
    assertThat(batch.rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.requestId()).isEqualTo(new RequestId("req-bad"));
              assertThat(r.errorCode()).isEqualTo(ErrorCode.MALFORMED_HEADER);
            });
  }

  @Test
  void everyNodeMapsTheSameRecordsToTheSameDeliveriesAndRefusals() {
    addRequest(Fixture.withAuthorisationSignature(fixture.mint("req-bad"), "not*base64url"));
    addRequest(Fixture.tampered(fixture.mint("req-tampered")));
    addRequest(Fixture.envelopeOfAStranger("req-stranger"));
    KafkaBatch records = batch(Fixture.TOPICS.requests());

    DecodedBatch<RequestLogRecord> here = mapper.requests(records);
    DecodedBatch<RequestLogRecord> elsewhere = new RecordMapper(Fixture.TOPICS).requests(records);

    assertThat(elsewhere).isEqualTo(here);
    assertThat(here.refusals()).hasSize(1);
  }

  @Test
  void aSignerNoNodeMayKnowYetAndATamperedBodyAreSequencedForTheValidatorsToJudge() {
    addRequest(Fixture.envelopeOfAStranger("req-stranger"));
    addRequest(Fixture.tampered(fixture.mint("req-tampered")));

    DecodedBatch<RequestLogRecord> batch = mapper.requests(batch(Fixture.TOPICS.requests()));

    assertThat(batch.refusals()).isEmpty();
    assertThat(batch.deliveries())
        .extracting(d -> ((RequestLogRecord.ClientRequest) d.record()).id().value())
        .containsExactly("req-stranger", "req-tampered");
    assertThat(batch.nextOffset()).isEqualTo(12);
  }

  @Test
  void undecodableRequestsRecordsAreRefusedAndRejectedOnlyWhenTheKeyIsARequestId() {
    add(Fixture.TOPICS.requests(), "req-1".getBytes(UTF_8), new byte[] {1, 1, 0});
    add(Fixture.TOPICS.requests(), RequestRecordCodec.entropyKey(Fixture.NODE), new byte[] {9});

    DecodedBatch<RequestLogRecord> batch = mapper.requests(batch(Fixture.TOPICS.requests()));

    assertThat(batch.deliveries()).isEmpty();
    assertThat(batch.refusals()).hasSize(2);
    assertThat(batch.rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.requestId()).isEqualTo(new RequestId("req-1"));
              assertThat(r.errorCode()).isEqualTo(ErrorCode.BAD_ENCODING);
            });
  }

  @Test
  void entityLogRecordsAreDecodedAndAGarbledOneIsSkippedWithoutRejection() {
    EntityLogRecord prepare = new EntityLogRecord.OfPrepare(Fixture.prepare("req-1"));
    EntityLogRecord decide = new EntityLogRecord.OfDecide(Fixture.decide("req-1"));
    byte[] key = EntityLogRecordCodec.key(Fixture.ACCOUNT);
    add(Fixture.TOPICS.entityLog(), key, EntityLogRecordCodec.encode(prepare));
    add(Fixture.TOPICS.entityLog(), key, new byte[] {1, 3, 0});
    add(Fixture.TOPICS.entityLog(), key, EntityLogRecordCodec.encode(decide));

    DecodedBatch<EntityLogRecord> batch = mapper.entityLog(batch(Fixture.TOPICS.entityLog()));

    assertThat(batch.deliveries()).extracting(Delivery::record).containsExactly(prepare, decide);
    assertThat(batch.refusals())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.position().offset()).isEqualTo(11);
              assertThat(r.rejection()).isEmpty();
            });
    assertThat(batch.rejections()).isEmpty();
  }

  @Test
  void votesAreDecoded() {
    Vote vote = Fixture.vote("req-1", Decision.ROLLBACK);
    add(Fixture.TOPICS.votes(), VoteRecordCodec.key(vote), VoteRecordCodec.encode(vote));

    assertThat(mapper.votes(batch(Fixture.TOPICS.votes())).deliveries())
        .extracting(Delivery::record)
        .containsExactly(vote);
  }

  @Test
  void aBatchOfAnotherTopicIsAWiringErrorNotARefusal() {
    add("zone.other.votes", "r".getBytes(UTF_8), new byte[] {1, 5});

    assertThatThrownBy(() -> mapper.votes(batch("zone.other.votes")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("zone.test.votes");
  }

  @Test
  void effectsBecomeEntityLogRecordsKeyedByEntityAndVotesKeyedByRequestId() {
    EntityLogRecord prepare = new EntityLogRecord.OfPrepare(Fixture.prepare("req-1"));
    Vote vote = Fixture.vote("req-1", Decision.COMMIT);
    Effects effects =
        new Effects(
            List.of(prepare), List.of(vote), List.of(new Outcome.Conflict(new RequestId("x"))));

    List<OutgoingRecord> out = mapper.outgoing(effects);

    assertThat(out)
        .extracting(OutgoingRecord::topic)
        .containsExactly("zone.test.entity-log", "zone.test.votes");
    assertThat(EntityLogRecordCodec.decode(out.get(0).key(), out.get(0).value()))
        .isEqualTo(prepare);
    assertThat(VoteRecordCodec.decode(out.get(1).key(), out.get(1).value())).isEqualTo(vote);
    assertThat(mapper.outgoing(Effects.NONE)).isEmpty();
  }

  @Test
  void aClientRequestIsAppendedUnderItsRequestIdAndEntropyTargetsItsPartition() {
    ClientEnvelope envelope = fixture.mint("req-1");
    OutgoingRecord request = mapper.request(envelope);
    TargetedRecord entropy = mapper.entropy(Fixture.entropy(5, 3));

    assertThat(request.topic()).isEqualTo("zone.test.requests");
    assertThat(request.key()).isEqualTo("req-1".getBytes(UTF_8));
    assertThat(RequestRecordCodec.decode(request.key(), request.value()))
        .isEqualTo(new RequestRecordCodec.Client(envelope));
    assertThat(entropy.topic()).isEqualTo("zone.test.requests");
    assertThat(entropy.partition()).isEqualTo(5);
    assertThat(RequestRecordCodec.decode(entropy.key(), entropy.value()))
        .isEqualTo(new RequestRecordCodec.Drme(Fixture.entropy(5, 3)));
  }

  private void addRequest(ClientEnvelope envelope) {
    add(
        Fixture.TOPICS.requests(),
        RequestRecordCodec.key(envelope.requestId()),
        RequestRecordCodec.encode(envelope));
  }

  private void add(String topic, byte[] key, byte[] value) {
    int i = records.size();
    records.add(new KafkaRecord(topic, PARTITION, 10 + i, 5000 + i, key, value, Map.of()));
  }

  private KafkaBatch batch(String topic) {
    return new KafkaBatch(topic, PARTITION, records);
  }
}
