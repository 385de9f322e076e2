package org.zoneledger.consensus.domain.drme;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.Decision;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.EntityLink;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.message.Vote;

/**
 * The link a coordinator proposes for one entity. The coordinator cannot know the entity's state
 * when it sends PREPAREs (the entity may be reserved by requests in flight), so the link comes from
 * the votes: the (previous proof, change) that most distinct members voted COMMIT on, the first in
 * arrival order on a tie; with no COMMIT vote, the state the first vote saw. {@link
 * org.zoneledger.protocol.proof.VoteTally} counts a COMMIT only when it agrees with the link, so a
 * COMMIT outcome always names the state a majority approved.
 */
final class LinkChoice {
  private LinkChoice() {}

  static Optional<EntityLink> of(EntityKey entity, List<Vote> votes) {
    Map<Stance, Set<NodeId>> commits = new LinkedHashMap<>();
    Stance first = null;
    for (Vote vote : votes) {
      if (!vote.entity().equals(entity)) {
        continue;
      }
      Stance stance = new Stance(vote.previousProofHash(), vote.changeDigest());
      first = first == null ? stance : first;
      if (vote.decision() == Decision.COMMIT) {
        commits.computeIfAbsent(stance, s -> new HashSet<>()).add(vote.voter());
      }
    }
    Stance best = first;
    int most = 0;
    for (Map.Entry<Stance, Set<NodeId>> entry : commits.entrySet()) {
      if (entry.getValue().size() > most) {
        best = entry.getKey();
        most = entry.getValue().size();
      }
    }
    return Optional.ofNullable(best)
        .map(s -> new EntityLink(entity, EntityKinds.of(entity), s.previous(), s.change()));
  }

  private record Stance(Optional<Bytes> previous, Bytes change) {}
}
