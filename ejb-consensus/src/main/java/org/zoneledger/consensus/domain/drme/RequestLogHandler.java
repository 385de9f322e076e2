package org.zoneledger.consensus.domain.drme;

import java.util.List;
import java.util.Optional;
import org.zoneledger.protocol.drme.Beacon;
import org.zoneledger.protocol.drme.Election;
import org.zoneledger.protocol.error.ProtocolException;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.Entropy;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.message.RequestId;

/**
 * The coordinator role on the {@code requests} topic (phases 1–3, and the PREPAREs of phase 4),
 * handling a batch of one partition in log order:
 *
 * <ul>
 *   <li>DRME entropy signed by a member for this partition, and newer than that member's last, is
 *       folded into the partition's beacon;
 *   <li>the first copy of a requestId is sequenced: its entities come from the ledger rules (a
 *       request they reject is rejected alike on every node), round 0's coordinator is elected with
 *       the beacon at its offset, and if that is this node it sends the PREPAREs;
 *   <li>a later copy with the same body is a status poll, with another body a conflict.
 * </ul>
 */
public final class RequestLogHandler {
  private final DrmeNode node;
  private final NodeStores stores;

  public RequestLogHandler(DrmeNode node, NodeStores stores) {
    this.node = node;
    this.stores = stores;
  }

  public Effects handle(List<Delivery<RequestLogRecord>> batch) {
    Effects.Builder effects = new Effects.Builder();
    Coordination coordination = new Coordination(node, stores);
    for (Delivery<RequestLogRecord> delivery : batch) {
      LogPosition at = delivery.position();
      if (at.offset() < stores.offsets().next(Topic.REQUESTS, at.partition())) {
        continue;
      }
      if (delivery.record() instanceof RequestLogRecord.DrmeEntropy entropy) {
        fold(entropy.entropy(), at.partition());
      } else if (delivery.record() instanceof RequestLogRecord.ClientRequest request) {
        sequence(request, at, coordination, effects);
      }
      stores.offsets().advance(Topic.REQUESTS, at.partition(), at.offset() + 1);
    }
    coordination.close(effects);
    return effects.build();
  }

  private void fold(Entropy entropy, int partition) {
    PartitionBeacon beacon = stores.beacons().of(partition);
    if (entropy.partition() == partition
        && beacon.isFresh(entropy)
        && node.verifier().signedBy(entropy.node(), entropy.signingBytes(), entropy.signature())) {
      stores.beacons().put(partition, beacon.fold(entropy));
    }
  }

  private void sequence(
      RequestLogRecord.ClientRequest record,
      LogPosition at,
      Coordination coordination,
      Effects.Builder effects) {
    RequestId id = record.id();
    Optional<RequestEntry> existing = stores.requests().find(id);
    if (existing.isPresent()) {
      effects.outcome(
          existing.get().bodyDigest().equals(record.bodyDigest())
              ? new Outcome.Duplicate(id, stores.requests().outcome(id))
              : new Outcome.Conflict(id));
      return;
    }
    Beacon beacon = stores.beacons().of(at.partition()).beacon();
    NodeId coordinator = Election.coordinator(beacon, id, 0, node.members());
    List<EntityKey> entities;
    try {
      entities = node.rules().touchedEntities(record.request());
    } catch (ProtocolException e) {
      stores
          .requests()
          .put(
              new RequestEntry(
                  id,
                  record.bodyDigest(),
                  record.request(),
                  List.of(),
                  at,
                  beacon,
                  0,
                  coordinator,
                  false));
      stores
          .requests()
          .putOutcome(new RequestOutcome(id, RequestOutcome.Status.REJECTED, 0, Optional.empty()));
      effects.outcome(new Outcome.Rejected(id, e.errorCode(), e.getMessage()));
      return;
    }
    RequestEntry entry =
        new RequestEntry(
            id, record.bodyDigest(), record.request(), entities, at, beacon, 0, coordinator, false);
    stores.requests().put(entry);
    if (coordinator.equals(node.self())) {
      coordination.prepare(entry);
    }
  }
}
