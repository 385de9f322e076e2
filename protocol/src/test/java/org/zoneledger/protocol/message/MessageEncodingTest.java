package org.zoneledger.protocol.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.zoneledger.protocol.merkle.MerkleTree;
import org.zoneledger.protocol.message.MessageDecodingException.Reason;

class MessageEncodingTest {
  private static final Bytes DIGEST = Bytes.of(filled(32, 7));
  private static final NodeSignature DIRECT =
      new NodeSignature.Direct(Bytes.of(new byte[] {1, 2, 3}));
  private static final NodeSignature BATCHED =
      new NodeSignature.Batched(
          Bytes.of(new byte[] {9}),
          MerkleTree.of(List.of(new byte[] {1}, new byte[] {2}, new byte[] {3})).path(2));

  static final Entropy ENTROPY = new Entropy(new NodeId("node1"), 3, 42, DIGEST, DIRECT);
  static final Prepare PREPARE =
      new Prepare(
          new RequestId("req-1"),
          new EntityKey("asset:car:1"),
          EntityKind.ASSET,
          2,
          new NodeId("node2"),
          DIGEST,
          DIRECT);
  static final Vote COMMIT =
      new Vote(
          new RequestId("req-1"),
          new EntityKey("asset:car:1"),
          new NodeId("node3"),
          Decision.COMMIT,
          Optional.empty(),
          Optional.of(DIGEST),
          DIGEST,
          Bytes.of(new byte[] {5}),
          BATCHED);
  static final Vote ROLLBACK =
      new Vote(
          new RequestId("req-1"),
          new EntityKey("identity:bob"),
          new NodeId("node1"),
          Decision.ROLLBACK,
          Optional.of(new RollbackReason(2604, "Contention", "queue full — réessayer")),
          Optional.empty(),
          DIGEST,
          Bytes.of(new byte[] {6}),
          DIRECT);
  static final Proof PROOF =
      new Proof(
          new RequestId("req-1"),
          1,
          new NodeId("node2"),
          Bytes.of("{\"a\":1}".getBytes()),
          List.of(
              new ClientSignature("alice", "SHA256WithECDSA", "MEUC", Optional.of("alice-bot"))),
          List.of(
              new EntityLink(
                  new EntityKey("asset:car:1"), EntityKind.ASSET, Optional.of(DIGEST), DIGEST),
              new EntityLink(
                  new EntityKey("identity:bob"), EntityKind.IDENTITY, Optional.empty(), DIGEST)),
          List.of(COMMIT, ROLLBACK),
          Decision.ROLLBACK,
          DIRECT);

  @Test
  void everyMessageSurvivesARoundTrip() {
    assertThat(Entropy.decode(ENTROPY.encode())).isEqualTo(ENTROPY);
    assertThat(Prepare.decode(PREPARE.encode())).isEqualTo(PREPARE);
    assertThat(Vote.decode(COMMIT.encode())).isEqualTo(COMMIT);
    assertThat(Vote.decode(ROLLBACK.encode())).isEqualTo(ROLLBACK);
    assertThat(Proof.decode(PROOF.encode())).isEqualTo(PROOF);
    Decide decide = new Decide(new EntityKey("identity:bob"), PROOF);
    assertThat(Decide.decode(decide.encode())).isEqualTo(decide);
  }

  @Test
  void encodingStartsWithVersionAndTypeAndIsDeterministic() {
    assertThat(ENTROPY.encode()).startsWith(1, MessageType.ENTROPY.tag());
    assertThat(PROOF.encode())
        .startsWith(1, MessageType.PROOF.tag())
        .isEqualTo(Proof.decode(PROOF.encode()).encode());
    assertThat(Bytes.of(ENTROPY.encode()).toHex())
        .isEqualTo(
            "0101"
                + "00000005"
                + "6e6f646531"
                + "00000003"
                + "000000000000002a"
                + DIGEST.toHex()
                + "01"
                + "00000003"
                + "010203");
  }

  @Test
  void signingBytesAreTheEncodingWithoutTheSignature() {
    byte[] encoded = PREPARE.encode();
    assertThat(PREPARE.signingBytes())
        .isEqualTo(Arrays.copyOf(encoded, PREPARE.signingBytes().length));
    assertThat(PREPARE.withSignature(NodeSignature.unsigned()).signingBytes())
        .isEqualTo(PREPARE.signingBytes());
  }

  @Test
  void everyTruncationIsRejected() {
    assertEveryTruncationRejected(PROOF.encode(), Proof::decode);
    assertEveryTruncationRejected(ENTROPY.encode(), Entropy::decode);
    assertEveryTruncationRejected(ROLLBACK.encode(), Vote::decode);
  }

  @Test
  void trailingBytesAreRejected() {
    byte[] encoded = Arrays.copyOf(PREPARE.encode(), PREPARE.encode().length + 1);
    assertReason(() -> Prepare.decode(encoded), Reason.TRAILING_BYTES);
  }

  @Test
  void anUnknownVersionIsRejected() {
    byte[] encoded = VoteOf(COMMIT);
    encoded[0] = 2;
    assertReason(() -> Vote.decode(encoded), Reason.UNKNOWN_VERSION);
  }

  @Test
  void anotherMessageTypeOrAnUnknownTagIsRejected() {
    assertReason(() -> Vote.decode(PREPARE.encode()), Reason.UNKNOWN_TYPE);
    byte[] encoded = PREPARE.encode();
    encoded[1] = 99;
    assertReason(() -> Prepare.decode(encoded), Reason.UNKNOWN_TYPE);
  }

  @Test
  void invalidFieldValuesAreRejected() {
    byte[] badDecision = COMMIT.encode();
    int decisionOffset = 2 + 4 + 5 + 4 + 11 + 4 + 5;
    badDecision[decisionOffset] = 7;
    assertReason(() -> Vote.decode(badDecision), Reason.INVALID_FIELD);

    byte[] badId = ENTROPY.encode();
    badId[2 + 4] = ';';
    assertReason(() -> Entropy.decode(badId), Reason.INVALID_FIELD);

    byte[] commitWithReason = COMMIT.encode();
    commitWithReason[decisionOffset] = 1; // ROLLBACK without a reason
    assertReason(() -> Vote.decode(commitWithReason), Reason.INVALID_FIELD);
  }

  @Test
  void aHugeDeclaredLengthIsRejectedWithoutAllocating() {
    byte[] encoded = ENTROPY.encode();
    encoded[2] = (byte) 0x7f;
    assertReason(() -> Entropy.decode(encoded), Reason.INVALID_FIELD);
  }

  @Test
  void anUnsignedMessageCannotBeEncoded() {
    assertThatThrownBy(() -> ENTROPY.withSignature(NodeSignature.unsigned()).encode())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aDecideMustNameAnEntityOfItsProof() {
    assertThatThrownBy(() -> new Decide(new EntityKey("asset:other"), PROOF))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static byte[] VoteOf(Vote vote) {
    return vote.encode();
  }

  private static void assertEveryTruncationRejected(byte[] encoded, Function<byte[], ?> decoder) {
    for (int length = 0; length < encoded.length; length++) {
      byte[] truncated = Arrays.copyOf(encoded, length);
      assertThatThrownBy(() -> decoder.apply(truncated))
          .as("truncated to %d of %d", length, encoded.length)
          .isInstanceOf(MessageDecodingException.class);
    }
  }

  private static void assertReason(Runnable decode, Reason reason) {
    assertThatThrownBy(decode::run)
        .isInstanceOfSatisfying(
            MessageDecodingException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  private static byte[] filled(int length, int value) {
    byte[] bytes = new byte[length];
    Arrays.fill(bytes, (byte) value);
    return bytes;
  }
}
