package org.zoneledger.consensus.domain.drme;

import java.util.ArrayList;
import java.util.List;
import org.zoneledger.protocol.message.Decide;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.EntityLink;
import org.zoneledger.protocol.message.NodeSignature;
import org.zoneledger.protocol.message.Prepare;
import org.zoneledger.protocol.message.Proof;

/**
 * The coordinator's work within one handler call: PREPAREs for the requests it coordinates (phase
 * 4) and proofs for the ones the votes decide (phase 6). Messages are collected unsigned and signed
 * together by {@link #close}, PREPAREs before DECIDEs.
 *
 * <p>A PREPARE names the request, not its content: {@code changeDigest} carries the SHA-256 of the
 * request body, and validators read the request itself from the {@code requests} log ({@link
 * RequestSource}). The log already holds every request durably and in order for every node, a
 * request touching many entities is not copied into each PREPARE, claim plaintexts stay on one
 * topic, and the digest pins the PREPARE to the first copy of the requestId. The coordinator cannot
 * know an entity's state change when it prepares (the entity may be reserved by requests in
 * flight); the change digests come back in the votes and the proof links are chosen from them
 * ({@link LinkChoice}). {@link Prepare} is therefore used unchanged.
 */
final class Coordination {
  private final DrmeNode node;
  private final NodeStores stores;
  private final ProofBuilder proofs;
  private final List<Prepare> prepares = new ArrayList<>();
  private final List<Proof> decided = new ArrayList<>();

  Coordination(DrmeNode node, NodeStores stores) {
    this.node = node;
    this.stores = stores;
    this.proofs = new ProofBuilder(node, stores);
  }

  /** One PREPARE per entity for the entry's current round; the entry names this node. */
  void prepare(RequestEntry entry) {
    for (EntityKey entity : entry.entities()) {
      prepares.add(
          new Prepare(
              entry.id(),
              entity,
              EntityKinds.of(entity),
              entry.round(),
              node.self(),
              entry.bodyDigest(),
              NodeSignature.unsigned()));
    }
  }

  /** Assembles the proof if this node coordinates the entry's round and the votes decide. */
  void decideIfReady(RequestEntry entry) {
    if (!entry.coordinator().equals(node.self())
        || entry.proofSent()
        || entry.entities().isEmpty()
        || stores.requests().outcome(entry.id()).isPresent()) {
      return;
    }
    proofs
        .tryDecide(entry)
        .ifPresent(
            proof -> {
              decided.add(proof);
              stores.requests().put(entry.withProofSent());
            });
  }

  void close(Effects.Builder effects) {
    BatchSigning.sign(node, prepares, Prepare::signingBytes, Prepare::withSignature)
        .forEach(p -> effects.entityLog(new EntityLogRecord.OfPrepare(p)));
    for (Proof proof :
        BatchSigning.sign(node, decided, Proof::signingBytes, Proof::withSignature)) {
      for (EntityLink link : proof.links()) {
        effects.entityLog(new EntityLogRecord.OfDecide(new Decide(link.entity(), proof)));
      }
    }
  }
}
