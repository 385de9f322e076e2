package org.zoneledger.protocol.proof;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.EntityLink;
import org.zoneledger.protocol.message.Proof;
import org.zoneledger.protocol.zone.ZoneDescriptor;
import org.zoneledger.protocol.zone.ZoneMembership;

/**
 * What a third party holding only the zone descriptor and a proof store can establish about a proof
 * (architecture §2, "Proofmesh"): the proof verifies ({@link ProofVerifier}) with client keys and
 * delegations taken from the mesh itself ({@link ProofmeshClientKeys}), and the history of every
 * entity it names walks back to that entity's creation ({@link EntityHistoryVerifier}), every proof
 * on the way verified the same way.
 *
 * <p>One instance remembers the keys it derived; use a new one when the store changes. Not
 * thread-safe.
 */
public final class OfflineProofCheck {
  private final ProofStore store;
  private final ProofVerifier verifier;
  private final ProofmeshClientKeys clientKeys;

  public OfflineProofCheck(ZoneMembership zone, ProofStore store, IdentityKeyScheme identities) {
    this.store = store;
    this.verifier = new ProofVerifier(zone);
    this.clientKeys = new ProofmeshClientKeys(zone, store, identities);
  }

  /** With the ledger's entity keys ({@link IdentityKeyScheme#LEDGER}). */
  public static OfflineProofCheck of(ZoneDescriptor zone, ProofStore store) {
    return new OfflineProofCheck(zone.membership(), store, IdentityKeyScheme.LEDGER);
  }

  /** The client keys this check derives from the mesh, e.g. to show a signer's creation proof. */
  public ProofmeshClientKeys clientKeys() {
    return clientKeys;
  }

  /** Checks the stored proof with this hash. */
  public OfflineCheck check(Bytes proofHash) {
    Optional<Proof> proof = store.byHash(proofHash);
    if (proof.isEmpty()) {
      return new OfflineCheck(
          Optional.empty(),
          new ProofVerification(List.of("proof " + proofHash.toHex() + " is not in the store")),
          Map.of());
    }
    return check(proof.get());
  }

  /** Checks {@code proof}, which need not be in the store (e.g. a ROLLBACK proof just received). */
  public OfflineCheck check(Proof proof) {
    ProofVerification verification = verifier.verify(proof, clientKeys);
    Map<EntityKey, EntityHistory> histories = new LinkedHashMap<>();
    if (verification.valid()) {
      Bytes hash = proof.hash();
      ProofLookup lookup = h -> h.equals(hash) ? Optional.of(proof) : store.byHash(h);
      EntityHistoryVerifier walker = new EntityHistoryVerifier(verifier);
      for (EntityLink link : proof.links()) {
        histories.put(link.entity(), walker.walk(link.entity(), hash, lookup, clientKeys));
      }
    }
    return new OfflineCheck(Optional.of(proof), verification, histories);
  }
}
