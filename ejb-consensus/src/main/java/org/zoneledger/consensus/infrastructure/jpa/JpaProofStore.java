package org.zoneledger.consensus.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.zoneledger.consensus.domain.drme.ProofStore;
import org.zoneledger.persistence.consensus.DrmeAppliedProof;
import org.zoneledger.persistence.consensus.DrmeProof;
import org.zoneledger.persistence.consensus.RequestEntityId;
import org.zoneledger.protocol.crypto.Hashes;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.Proof;
import org.zoneledger.protocol.message.RequestId;

/** The proofmesh in {@code DRME_PROOF} (first copy kept) and {@code DRME_APPLIED_PROOF}. */
final class JpaProofStore implements ProofStore {
  private final EntityManager em;
  private final Map<Bytes, Optional<Proof>> read = new HashMap<>();

  JpaProofStore(EntityManager em) {
    this.em = em;
  }

  @Override
  public void put(Proof proof) {
    byte[] encoded = proof.encode();
    Bytes hash = Bytes.of(Hashes.sha256(encoded));
    if (find(hash).isEmpty()) {
      em.persist(new DrmeProof(hash.toHex(), proof.requestId().value(), encoded));
      read.put(hash, Optional.of(proof));
    }
  }

  @Override
  public Optional<Proof> find(Bytes proofHash) {
    return read.computeIfAbsent(
        proofHash,
        hash ->
            Optional.ofNullable(em.find(DrmeProof.class, hash.toHex()))
                .map(row -> Proof.decode(row.encoded())));
  }

  @Override
  public Optional<Bytes> appliedOn(RequestId requestId, EntityKey entity) {
    return Optional.ofNullable(em.find(DrmeAppliedProof.class, id(requestId, entity)))
        .map(row -> Bytes.fromHex(row.proofHash()));
  }

  @Override
  public void markApplied(RequestId requestId, EntityKey entity, Bytes proofHash) {
    DrmeAppliedProof row = em.find(DrmeAppliedProof.class, id(requestId, entity));
    if (row == null) {
      em.persist(new DrmeAppliedProof(requestId.value(), entity.value(), proofHash.toHex()));
    } else {
      row.setProofHash(proofHash.toHex());
    }
  }

  private static RequestEntityId id(RequestId requestId, EntityKey entity) {
    return new RequestEntityId(requestId.value(), entity.value());
  }
}
