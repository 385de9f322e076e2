package org.zoneledger.protocol.message;

import java.util.Objects;
import java.util.Optional;

/**
 * One entity of a proof: its key and kind, the hash of the proof that made its state before this
 * request (absent when this request creates it) — the proofmesh link — and the digest of the change
 * this request makes to it.
 */
public record EntityLink(
    EntityKey entity, EntityKind kind, Optional<Bytes> previousProofHash, Bytes changeDigest) {
  public EntityLink {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(kind, "kind");
    previousProofHash.ifPresent(hash -> Digests.check("previousProofHash", hash));
    Digests.check("changeDigest", changeDigest);
  }

  static void write(CanonicalWriter out, EntityLink link) {
    out.string(link.entity.value())
        .enumByte(link.kind)
        .optional(link.previousProofHash, CanonicalWriter::fixed)
        .fixed(link.changeDigest);
  }

  static EntityLink read(CanonicalReader in) {
    String entity = in.string();
    EntityKind kind = in.enumByte(EntityKind.class);
    Optional<Bytes> previous = in.optional(r -> r.fixed(Digests.LENGTH));
    Bytes digest = in.fixed(Digests.LENGTH);
    return CanonicalReader.field(
        "entity link", () -> new EntityLink(new EntityKey(entity), kind, previous, digest));
  }
}
