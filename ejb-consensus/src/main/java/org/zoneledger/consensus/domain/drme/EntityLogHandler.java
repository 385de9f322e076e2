package org.zoneledger.consensus.domain.drme;

import java.lang.System.Logger.Level;
import java.util.List;
import org.zoneledger.protocol.crypto.Hashes;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.Decide;
import org.zoneledger.protocol.message.Decision;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.Prepare;
import org.zoneledger.protocol.message.Proof;
import org.zoneledger.protocol.message.RequestId;

/**
 * The validator (phases 4, 5 and 7): handles a batch of {@code entity-log} records in log order.
 * Records below the stored offset are skipped; the offset advances with the state. Votes produced
 * by the batch are signed together at its end.
 *
 * <p>PREPARE: a PREPARE not signed by a member is ignored. If this node already voted on (request,
 * entity) the stored vote is re-sent; if the entity is already decided for the request, or the
 * request already waits in the entity's queue, nothing happens; otherwise {@link Reservations}
 * checks, reserves, refuses or queues. DECIDE: a duplicate (the entity already decided for the
 * request) or an invalid proof is ignored; otherwise {@link DecideApplier} applies it and the queue
 * is served.
 *
 * <p>Both need the request itself, which this node reads from its own sequenced copy: a PREPARE (or
 * a COMMIT) of a request this node's coordinator role has not sequenced yet — another node's
 * requests consumer ran ahead — stops the batch there. What came before it is committed with its
 * offset, and the rest is delivered again shortly ({@link Effects#deferredFrom}), so the partition
 * waits for the requests log without failing or redoing anything.
 */
public final class EntityLogHandler {
  private static final System.Logger LOG = System.getLogger(EntityLogHandler.class.getName());

  private final DrmeNode node;
  private final NodeStores stores;

  public EntityLogHandler(DrmeNode node, NodeStores stores) {
    this.node = node;
    this.stores = stores;
  }

  public Effects handle(List<Delivery<EntityLogRecord>> batch) {
    Effects.Builder effects = new Effects.Builder();
    VoteBox box = new VoteBox(node, stores.ballots());
    Reservations reservations = new Reservations(node, stores, box);
    DecideApplier decides = new DecideApplier(node, stores);
    for (Delivery<EntityLogRecord> delivery : batch) {
      LogPosition at = delivery.position();
      if (at.offset() < stores.offsets().next(Topic.ENTITY_LOG, at.partition())) {
        continue;
      }
      if (!requestSequenced(delivery.record())) {
        effects.deferFrom(at.offset());
        break;
      }
      EntitySlot slot = stores.entities().slot(delivery.record().entity());
      slot = reservations.expire(slot, at.timestamp());
      if (delivery.record() instanceof EntityLogRecord.OfPrepare p) {
        slot = prepare(slot, p.prepare(), at, box, reservations);
      } else if (delivery.record() instanceof EntityLogRecord.OfDecide d) {
        slot = decide(slot, d.decide(), decides, effects);
      }
      stores.entities().put(reservations.serve(slot, at.timestamp()));
      stores.offsets().advance(Topic.ENTITY_LOG, at.partition(), at.offset() + 1);
    }
    return effects.votes(box.close()).build();
  }

  /** Whether this node can read the request the record needs, if it needs one. */
  private boolean requestSequenced(EntityLogRecord record) {
    if (record instanceof EntityLogRecord.OfPrepare p) {
      return readable(p.prepare().requestId(), p.prepare().changeDigest());
    }
    if (record instanceof EntityLogRecord.OfDecide d
        && d.decide().proof().outcome() == Decision.COMMIT) {
      Proof proof = d.decide().proof();
      return readable(proof.requestId(), Bytes.of(Hashes.sha256(proof.requestBody().toArray())));
    }
    return true;
  }

  private boolean readable(RequestId id, Bytes bodyDigest) {
    return stores.requests().isSequenced(id)
        || node.requestSource().find(id, bodyDigest).isPresent();
  }

  private EntitySlot prepare(
      EntitySlot slot, Prepare prepare, LogPosition at, VoteBox box, Reservations reservations) {
    if (!node.verifier()
        .signedBy(prepare.coordinator(), prepare.signingBytes(), prepare.signature())) {
      LOG.log(
          Level.WARNING, "ignored a PREPARE of {0} not signed by a member", prepare.requestId());
      return slot;
    }
    RequestId id = prepare.requestId();
    EntityKey entity = prepare.entity();
    if (box.hasVoted(id, entity)) {
      box.resend(id, entity);
      return slot;
    }
    if (stores.proofs().appliedOn(id, entity).isPresent() || slot.queues(id)) {
      return slot;
    }
    return reservations.admit(slot, id, prepare.changeDigest(), at.timestamp());
  }

  private EntitySlot decide(
      EntitySlot slot, Decide decide, DecideApplier decides, Effects.Builder effects) {
    Proof proof = decide.proof();
    if (stores.proofs().appliedOn(proof.requestId(), decide.entity()).isPresent()) {
      return slot;
    }
    List<String> problems = node.verifier().proofProblems(proof);
    if (!problems.isEmpty()) {
      LOG.log(
          Level.WARNING, "ignored the DECIDE of {0}: {1}", proof.requestId(), problems.toString());
      return slot;
    }
    return decides.apply(slot, decide.entity(), proof, effects);
  }
}
