package org.zoneledger.consensus.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.Objects;
import org.zoneledger.consensus.domain.drme.NodeStores;
import org.zoneledger.consensus.domain.drme.RequestSource;
import org.zoneledger.protocol.message.NodeId;

/**
 * Builds a node's {@link NodeStores} on one {@link EntityManager} for one transaction: the caller
 * (an MDB batch, a timer tick) builds it inside its JTA transaction and drops it at the end, since
 * the stores keep what they read in that transaction.
 *
 * @param node the node the database belongs to (one database per node, architecture §5)
 * @param consumer the consumer name the consumed offsets are stored under, e.g. {@code
 *     <nodeId>.coordinator}
 * @param states decodes committed entity states from their canonical bytes
 * @param log finds a request on the {@code requests} log: how a stored request gets its claim
 *     plaintexts back, which the database never holds
 */
public record JpaNodeStores(NodeId node, String consumer, StateCodec states, RequestSource log) {
  public JpaNodeStores {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(consumer, "consumer");
    Objects.requireNonNull(states, "states");
    Objects.requireNonNull(log, "log");
  }

  public NodeStores open(EntityManager em) {
    Objects.requireNonNull(em, "em");
    return new NodeStores(
        new JpaOffsetStore(em, consumer),
        new JpaBeaconStore(em),
        new JpaRequestStore(em, log),
        new JpaVoteStore(em),
        new JpaBallotStore(em),
        new JpaEntityStore(em, states),
        new JpaProofStore(em),
        new JpaHistoryStore(em));
  }
}
