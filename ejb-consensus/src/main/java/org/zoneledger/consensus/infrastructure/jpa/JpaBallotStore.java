package org.zoneledger.consensus.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.zoneledger.consensus.domain.drme.BallotStore;
import org.zoneledger.persistence.consensus.DrmeBallot;
import org.zoneledger.persistence.consensus.RequestEntityId;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.RequestId;
import org.zoneledger.protocol.message.Vote;

/** This node's own votes in {@code DRME_BALLOT}; a second vote on one (request, entity) throws. */
final class JpaBallotStore implements BallotStore {
  private final EntityManager em;
  private final Map<RequestEntityId, Optional<Vote>> read = new HashMap<>();

  JpaBallotStore(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Vote> find(RequestId requestId, EntityKey entity) {
    return read.computeIfAbsent(
        id(requestId, entity),
        id ->
            Optional.ofNullable(em.find(DrmeBallot.class, id)).map(b -> Vote.decode(b.encoded())));
  }

  @Override
  public void put(Vote vote) {
    if (find(vote.requestId(), vote.entity()).isPresent()) {
      throw new IllegalStateException(
          "second vote on " + vote.requestId() + "/" + vote.entity() + " must never be stored");
    }
    em.persist(new DrmeBallot(vote.requestId().value(), vote.entity().value(), vote.encode()));
    read.put(id(vote.requestId(), vote.entity()), Optional.of(vote));
  }

  private static RequestEntityId id(RequestId requestId, EntityKey entity) {
    return new RequestEntityId(requestId.value(), entity.value());
  }
}
