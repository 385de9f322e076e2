package org.zoneledger.protocol.message;

import java.util.Objects;

/**
 * The DECIDE the coordinator appends to {@code entity-log} for one entity of a decided request. It
 * carries the whole proof, whose coordinator signature authenticates it, so it has no signature of
 * its own; validators verify the proof before they apply or release the entity.
 */
public record Decide(EntityKey entity, Proof proof) {
  public Decide {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(proof, "proof");
    if (proof.link(entity).isEmpty()) {
      throw new IllegalArgumentException(
          "entity " + entity + " is not an entity of the proof of " + proof.requestId());
    }
  }

  public Decision outcome() {
    return proof.outcome();
  }

  public byte[] encode() {
    return CanonicalWriter.start(MessageType.DECIDE)
        .string(entity.value())
        .bytes(proof.encode())
        .toByteArray();
  }

  public static Decide decode(byte[] encoded) {
    CanonicalReader in = CanonicalReader.open(encoded, MessageType.DECIDE);
    String entity = in.string();
    Proof proof = Proof.decode(in.bytes().toArray());
    in.end();
    return CanonicalReader.field("decide", () -> new Decide(new EntityKey(entity), proof));
  }
}
