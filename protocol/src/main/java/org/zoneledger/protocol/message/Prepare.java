package org.zoneledger.protocol.message;

import java.util.Objects;

/**
 * The coordinator's PREPARE for one entity of a request, appended to {@code entity-log} keyed by
 * the entity: validators check their rules for the entity and reserve it. {@code changeDigest} is
 * the SHA-256 of the state change the coordinator proposes for this entity.
 */
public record Prepare(
    RequestId requestId,
    EntityKey entity,
    EntityKind kind,
    int round,
    NodeId coordinator,
    Bytes changeDigest,
    NodeSignature signature) {
  public Prepare {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(coordinator, "coordinator");
    Objects.requireNonNull(signature, "signature");
    Digests.check("changeDigest", changeDigest);
    if (round < 0) {
      throw new IllegalArgumentException("round must not be negative");
    }
  }

  public Prepare withSignature(NodeSignature newSignature) {
    return new Prepare(requestId, entity, kind, round, coordinator, changeDigest, newSignature);
  }

  /** The bytes the coordinator signs: the encoding without the signature. */
  public byte[] signingBytes() {
    return content().toByteArray();
  }

  public byte[] encode() {
    CanonicalWriter out = content();
    NodeSignature.write(out, signature);
    return out.toByteArray();
  }

  public static Prepare decode(byte[] encoded) {
    CanonicalReader in = CanonicalReader.open(encoded, MessageType.PREPARE);
    String requestId = in.string();
    String entity = in.string();
    EntityKind kind = in.enumByte(EntityKind.class);
    int round = in.u32();
    String coordinator = in.string();
    Bytes digest = in.fixed(Digests.LENGTH);
    NodeSignature signature = NodeSignature.read(in);
    in.end();
    return CanonicalReader.field(
        "prepare",
        () ->
            new Prepare(
                new RequestId(requestId),
                new EntityKey(entity),
                kind,
                round,
                new NodeId(coordinator),
                digest,
                signature));
  }

  private CanonicalWriter content() {
    return CanonicalWriter.start(MessageType.PREPARE)
        .string(requestId.value())
        .string(entity.value())
        .enumByte(kind)
        .u32(round)
        .string(coordinator.value())
        .fixed(changeDigest);
  }
}
