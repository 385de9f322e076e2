package org.zoneledger.protocol.message;

import java.util.Objects;

/**
 * A DRME entropy message: 32 random bytes a node publishes to one partition of the {@code requests}
 * topic. {@code sequence} counts the node's entropy messages on that partition, so a replayed or
 * duplicated message is recognisable.
 */
public record Entropy(
    NodeId node, int partition, long sequence, Bytes random, NodeSignature signature) {
  public static final int RANDOM_LENGTH = 32;

  public Entropy {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(signature, "signature");
    if (partition < 0 || sequence < 0) {
      throw new IllegalArgumentException("partition and sequence must not be negative");
    }
    if (random.length() != RANDOM_LENGTH) {
      throw new IllegalArgumentException("entropy must be 32 bytes, got " + random.length());
    }
  }

  public Entropy withSignature(NodeSignature newSignature) {
    return new Entropy(node, partition, sequence, random, newSignature);
  }

  /** The bytes the node signs: the encoding without the signature. */
  public byte[] signingBytes() {
    return content().toByteArray();
  }

  public byte[] encode() {
    CanonicalWriter out = content();
    NodeSignature.write(out, signature);
    return out.toByteArray();
  }

  public static Entropy decode(byte[] encoded) {
    CanonicalReader in = CanonicalReader.open(encoded, MessageType.ENTROPY);
    String node = in.string();
    int partition = in.u32();
    long sequence = in.u64();
    Bytes random = in.fixed(RANDOM_LENGTH);
    NodeSignature signature = NodeSignature.read(in);
    in.end();
    return CanonicalReader.field(
        "entropy", () -> new Entropy(new NodeId(node), partition, sequence, random, signature));
  }

  private CanonicalWriter content() {
    return CanonicalWriter.start(MessageType.ENTROPY)
        .string(node.value())
        .u32(partition)
        .u64(sequence)
        .fixed(random);
  }
}
