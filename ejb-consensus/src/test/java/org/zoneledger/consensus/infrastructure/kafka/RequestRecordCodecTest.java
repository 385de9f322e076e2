package org.zoneledger.consensus.infrastructure.kafka;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.zoneledger.consensus.infrastructure.kafka.RecordFormatException.Reason;
import org.zoneledger.protocol.auth.Iov42Headers;
import org.zoneledger.protocol.auth.VerificationMode;
import org.zoneledger.protocol.message.CanonicalWriter;
import org.zoneledger.protocol.message.Entropy;
import org.zoneledger.protocol.message.RequestId;

class RequestRecordCodecTest {
  private final Fixture fixture = new Fixture();

  @Test
  void aClientRequestKeepsItsBodyBytesAndHeaderValuesExactlyAsReceived() {
    ClientEnvelope envelope = fixture.claims("req-1");

    RequestRecordCodec.Value decoded =
        RequestRecordCodec.decode("req-1".getBytes(UTF_8), RequestRecordCodec.encode(envelope));

    assertThat(decoded).isEqualTo(new RequestRecordCodec.Client(envelope));
    ClientEnvelope back = ((RequestRecordCodec.Client) decoded).envelope();
    assertThat(back.body().toArray()).isEqualTo(envelope.body().toArray());
    assertThat(back.headers().claims()).isEqualTo(envelope.headers().claims()).isNotNull();
    assertThat(back.receivedBy()).isEqualTo(Fixture.NODE);
    assertThat(back.receivedAt()).isEqualTo(1_700_000_000_000L);
  }

  @Test
  void aClientRequestWithoutClaimsHeaderFromANativePathRoundTrips() {
    ClientEnvelope mint = fixture.mint("req-2");
    ClientEnvelope envelope =
        new ClientEnvelope(
            mint.requestId(),
            mint.body(),
            new Iov42Headers(mint.headers().authorisations(), "e30", null),
            VerificationMode.NATIVE,
            Fixture.NODE,
            0);

    assertThat(
            RequestRecordCodec.decode(
                RequestRecordCodec.key(envelope.requestId()), RequestRecordCodec.encode(envelope)))
        .isEqualTo(new RequestRecordCodec.Client(envelope));
  }

  @Test
  void theEnvelopeLayoutStartsWithVersionTagAndRequestId() {
    byte[] value = RequestRecordCodec.encode(fixture.mint("req-3"));

    assertThat(value[0]).isEqualTo((byte) 1);
    assertThat(value[1]).isEqualTo((byte) 1);
    assertThat(Arrays.copyOfRange(value, 2, 6)).containsExactly(0, 0, 0, 5);
    assertThat(new String(Arrays.copyOfRange(value, 6, 11), UTF_8)).isEqualTo("req-3");
  }

  @Test
  void entropyIsItsOwnEncodingAfterVersionAndTagUnderTheNodesEntropyKey() {
    Entropy entropy = Fixture.entropy(3, 42);
    byte[] value = RequestRecordCodec.encode(entropy);

    assertThat(Arrays.copyOfRange(value, 2, value.length)).isEqualTo(entropy.encode());
    assertThat(new String(RequestRecordCodec.entropyKey(Fixture.NODE), UTF_8))
        .isEqualTo("entropy/node1");
    assertThat(RequestRecordCodec.decode(RequestRecordCodec.entropyKey(Fixture.NODE), value))
        .isEqualTo(new RequestRecordCodec.Drme(entropy));
  }

  @Test
  void anEntropyKeyIsNeverARequestId() {
    assertThat(RequestRecordCodec.requestIdOf(RequestRecordCodec.entropyKey(Fixture.NODE)))
        .isEmpty();
    assertThat(RequestRecordCodec.requestIdOf("req-1".getBytes(UTF_8)))
        .contains(new RequestId("req-1"));
  }

  @Test
  void aClientRequestUnderAnotherKeyIsRefused() {
    byte[] value = RequestRecordCodec.encode(fixture.mint("req-1"));

    assertReason(
        () -> RequestRecordCodec.decode("req-2".getBytes(UTF_8), value), Reason.KEY_MISMATCH);
    assertReason(() -> RequestRecordCodec.decode(null, value), Reason.KEY_MISMATCH);
  }

  @Test
  void entropyUnderARequestIdKeyIsRefused() {
    byte[] value = RequestRecordCodec.encode(Fixture.entropy(0, 1));

    assertReason(
        () -> RequestRecordCodec.decode("req-1".getBytes(UTF_8), value), Reason.KEY_MISMATCH);
  }

  @Test
  void anUnknownFormatVersionIsRefused() {
    byte[] value = RequestRecordCodec.encode(fixture.mint("req-1"));
    value[0] = 2;

    assertReason(
        () -> RequestRecordCodec.decode("req-1".getBytes(UTF_8), value), Reason.UNKNOWN_VERSION);
    assertReason(() -> RequestRecordCodec.decode(null, new byte[] {1}), Reason.UNKNOWN_VERSION);
    assertReason(() -> RequestRecordCodec.decode(null, null), Reason.UNKNOWN_VERSION);
  }

  @Test
  void anUnknownTagAndATagOfAnotherTopicAreRefused() {
    assertReason(() -> RequestRecordCodec.decode(null, new byte[] {1, 99}), Reason.UNKNOWN_TYPE);
    byte[] vote =
        VoteRecordCodec.encode(
            Fixture.vote("req-1", org.zoneledger.protocol.message.Decision.COMMIT));
    assertReason(
        () -> RequestRecordCodec.decode("req-1".getBytes(UTF_8), vote), Reason.WRONG_TOPIC);
  }

  @Test
  void truncatedAndTrailingBytesAreRefused() {
    byte[] value = RequestRecordCodec.encode(fixture.mint("req-1"));
    byte[] key = "req-1".getBytes(UTF_8);

    assertReason(
        () -> RequestRecordCodec.decode(key, Arrays.copyOf(value, value.length - 1)),
        Reason.MALFORMED);
    assertReason(
        () -> RequestRecordCodec.decode(key, Arrays.copyOf(value, value.length + 1)),
        Reason.MALFORMED);
  }

  @Test
  void aBadRequestIdModeTagOrStringIsRefused() {
    assertReason(
        () -> RequestRecordCodec.decode(null, envelope("bad id", 1, "node1")), Reason.MALFORMED);
    assertReason(
        () -> RequestRecordCodec.decode(null, envelope("req-1", 7, "node1")), Reason.MALFORMED);
    byte[] badUtf8 = envelope("req-1", 1, "node1");
    badUtf8[6] = (byte) 0xff;
    assertReason(() -> RequestRecordCodec.decode(null, badUtf8), Reason.MALFORMED);
  }

  @Test
  void entropyWhoseOwnEncodingIsBrokenIsRefused() {
    byte[] value = RequestRecordCodec.encode(Fixture.entropy(0, 1));
    value[2] = 9;

    assertReason(
        () -> RequestRecordCodec.decode(RequestRecordCodec.entropyKey(Fixture.NODE), value),
        Reason.MALFORMED);
  }

  private static byte[] envelope(String requestId, int mode, String node) {
    return new CanonicalWriter()
        .u8(1)
        .u8(1)
        .string(requestId)
        .bytes(new byte[] {'{', '}'})
        .string("a")
        .string("b")
        .u8(0)
        .u8(mode)
        .string(node)
        .u64(0)
        .toByteArray();
  }

  static void assertReason(Runnable decode, Reason reason) {
    assertThatThrownBy(decode::run)
        .isInstanceOfSatisfying(
            RecordFormatException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }
}
