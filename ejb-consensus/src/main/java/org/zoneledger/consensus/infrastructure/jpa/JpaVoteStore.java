package org.zoneledger.consensus.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zoneledger.consensus.domain.drme.VoteStore;
import org.zoneledger.persistence.consensus.DrmeVote;
import org.zoneledger.protocol.message.RequestId;
import org.zoneledger.protocol.message.Vote;

/**
 * Every node's votes in {@code DRME_VOTE}, one per (request, entity, voter): the first one read
 * wins, so a second, different vote by the same node for the same (request, entity) — which an
 * honest node never signs — is not stored and {@link #add} returns false for it too. The votes of a
 * request are read with one query per transaction and kept in read order.
 */
final class JpaVoteStore implements VoteStore {
  private final EntityManager em;
  private final Map<RequestId, List<Vote>> read = new HashMap<>();

  JpaVoteStore(EntityManager em) {
    this.em = em;
  }

  @Override
  public boolean add(Vote vote) {
    List<Vote> votes = load(vote.requestId());
    boolean known =
        votes.stream()
            .anyMatch(v -> v.entity().equals(vote.entity()) && v.voter().equals(vote.voter()));
    if (known) {
      return false;
    }
    em.persist(
        new DrmeVote(
            vote.requestId().value(),
            vote.entity().value(),
            vote.voter().value(),
            votes.size(),
            vote.encode()));
    votes.add(vote);
    return true;
  }

  @Override
  public List<Vote> votesFor(RequestId requestId) {
    return List.copyOf(load(requestId));
  }

  /** Once per request and transaction, before any vote of it is added here: no flush needed. */
  private List<Vote> load(RequestId requestId) {
    return read.computeIfAbsent(
        requestId,
        id ->
            new ArrayList<>(
                em.createNamedQuery(DrmeVote.OF_REQUEST, DrmeVote.class)
                    .setParameter("requestId", id.value())
                    .setFlushMode(FlushModeType.COMMIT)
                    .getResultStream()
                    .map(row -> Vote.decode(row.encoded()))
                    .toList()));
  }
}
