package org.zoneledger.protocol.message;

import org.zoneledger.protocol.merkle.MerklePath;

/**
 * A node's signature on a message: either {@link Direct} over the message's signing bytes, or
 * {@link Batched}: one signature over the root of a {@link
 * org.zoneledger.protocol.merkle.MerkleTree} whose leaves are the signing bytes of a batch of
 * messages, plus this message's path to that root. {@link Unsigned} marks a message under
 * construction; it cannot be encoded and never verifies.
 */
public sealed interface NodeSignature {
  /** Tag byte of a direct signature in the encoding. */
  int DIRECT = 1;

  /** Tag byte of a batched signature in the encoding. */
  int BATCHED = 2;

  static NodeSignature unsigned() {
    return Unsigned.INSTANCE;
  }

  /** A DER ECDSA signature (or other scheme of the node key) over the signing bytes. */
  record Direct(Bytes signature) implements NodeSignature {}

  /** A signature over a Merkle root, and the path from this message's leaf to that root. */
  record Batched(Bytes rootSignature, MerklePath path) implements NodeSignature {}

  /** Not signed yet. */
  enum Unsigned implements NodeSignature {
    INSTANCE
  }

  static void write(CanonicalWriter out, NodeSignature signature) {
    if (signature instanceof Direct direct) {
      out.u8(DIRECT).bytes(direct.signature());
    } else if (signature instanceof Batched batched) {
      out.u8(BATCHED).bytes(batched.rootSignature());
      out.list(
          batched.path().steps(),
          (w, step) -> w.u8(step.siblingOnLeft() ? 1 : 0).fixed(Bytes.of(step.sibling())));
    } else {
      throw new IllegalStateException("an unsigned message cannot be encoded");
    }
  }

  static NodeSignature read(CanonicalReader in) {
    int tag = in.u8();
    return switch (tag) {
      case DIRECT -> new Direct(in.bytes());
      case BATCHED -> {
        Bytes rootSignature = in.bytes();
        var steps = in.list(NodeSignature::readStep);
        yield CanonicalReader.field(
            "merkle path", () -> new Batched(rootSignature, new MerklePath(steps)));
      }
      default ->
          throw new MessageDecodingException(
              MessageDecodingException.Reason.INVALID_FIELD, "signature tag " + tag);
    };
  }

  private static MerklePath.Step readStep(CanonicalReader in) {
    int side = in.u8();
    if (side > 1) {
      throw new MessageDecodingException(
          MessageDecodingException.Reason.INVALID_FIELD, "merkle step side " + side);
    }
    return new MerklePath.Step(side == 1, in.fixed(32).toArray());
  }
}
