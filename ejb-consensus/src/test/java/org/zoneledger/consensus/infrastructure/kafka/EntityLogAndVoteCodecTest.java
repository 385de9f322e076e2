package org.zoneledger.consensus.infrastructure.kafka;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.zoneledger.consensus.infrastructure.kafka.RequestRecordCodecTest.assertReason;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.zoneledger.consensus.domain.drme.EntityLogRecord;
import org.zoneledger.consensus.infrastructure.kafka.RecordFormatException.Reason;
import org.zoneledger.protocol.message.Decision;
import org.zoneledger.protocol.message.Vote;

class EntityLogAndVoteCodecTest {
  private static final byte[] ACCOUNT_KEY = "asset:eur:alice-eur".getBytes(UTF_8);

  @Test
  void aPrepareRoundTripsUnderItsEntityKeyWithTag3() {
    EntityLogRecord prepare = new EntityLogRecord.OfPrepare(Fixture.prepare("req-1"));
    byte[] value = EntityLogRecordCodec.encode(prepare);

    assertThat(value[0]).isEqualTo((byte) 1);
    assertThat(value[1]).isEqualTo((byte) 3);
    assertThat(Arrays.copyOfRange(value, 2, value.length))
        .isEqualTo(Fixture.prepare("req-1").encode());
    assertThat(EntityLogRecordCodec.key(prepare.entity())).isEqualTo(ACCOUNT_KEY);
    assertThat(EntityLogRecordCodec.decode(ACCOUNT_KEY, value)).isEqualTo(prepare);
  }

  @Test
  void aDecideRoundTripsUnderItsEntityKeyWithTag4() {
    EntityLogRecord decide = new EntityLogRecord.OfDecide(Fixture.decide("req-1"));
    byte[] value = EntityLogRecordCodec.encode(decide);

    assertThat(value[1]).isEqualTo((byte) 4);
    assertThat(EntityLogRecordCodec.decode(ACCOUNT_KEY, value)).isEqualTo(decide);
  }

  @Test
  void anEntityLogRecordUnderAnotherEntitysKeyIsRefused() {
    byte[] value = EntityLogRecordCodec.encode(new EntityLogRecord.OfPrepare(Fixture.prepare("r")));

    assertReason(
        () -> EntityLogRecordCodec.decode("asset:eur:bob-eur".getBytes(UTF_8), value),
        Reason.KEY_MISMATCH);
  }

  @Test
  void aPrepareTaggedAsDecideIsRefused() {
    byte[] value = EntityLogRecordCodec.encode(new EntityLogRecord.OfPrepare(Fixture.prepare("r")));
    value[1] = 4;

    assertReason(() -> EntityLogRecordCodec.decode(ACCOUNT_KEY, value), Reason.MALFORMED);
  }

  @Test
  void aVoteOnTheEntityLogIsRefusedAsWrongTopic() {
    byte[] vote = VoteRecordCodec.encode(Fixture.vote("r", Decision.COMMIT));

    assertReason(() -> EntityLogRecordCodec.decode(ACCOUNT_KEY, vote), Reason.WRONG_TOPIC);
  }

  @Test
  void votesOfBothDecisionsRoundTripUnderTheRequestId() {
    for (Decision decision : Decision.values()) {
      Vote vote = Fixture.vote("req-7", decision);
      byte[] value = VoteRecordCodec.encode(vote);

      assertThat(value[1]).isEqualTo((byte) 5);
      assertThat(VoteRecordCodec.key(vote)).isEqualTo("req-7".getBytes(UTF_8));
      assertThat(VoteRecordCodec.decode(VoteRecordCodec.key(vote), value)).isEqualTo(vote);
    }
  }

  @Test
  void aVoteUnderAnotherRequestIdOrTruncatedIsRefused() {
    byte[] value = VoteRecordCodec.encode(Fixture.vote("req-7", Decision.COMMIT));

    assertReason(() -> VoteRecordCodec.decode("req-8".getBytes(UTF_8), value), Reason.KEY_MISMATCH);
    assertReason(
        () ->
            VoteRecordCodec.decode("req-7".getBytes(UTF_8), Arrays.copyOf(value, value.length - 2)),
        Reason.MALFORMED);
    assertReason(
        () -> VoteRecordCodec.decode("req-7".getBytes(UTF_8), new byte[] {3, 5}),
        Reason.UNKNOWN_VERSION);
  }
}
