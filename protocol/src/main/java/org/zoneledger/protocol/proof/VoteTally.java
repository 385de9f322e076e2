package org.zoneledger.protocol.proof;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
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
 * The majority rule of architecture §2 step 6, a pure function. With {@code n} zone members and
 * {@code m = n/2 + 1} (integer division; strictly more than half):
 *
 * <ul>
 *   <li>ROLLBACK iff some entity has at least {@code m} counted ROLLBACK votes;
 *   <li>COMMIT iff every entity has at least {@code m} counted COMMIT votes;
 *   <li>otherwise undecided. A COMMIT and a ROLLBACK majority on one entity would need one node
 *       counted on both sides, which the counting rules below exclude, so at most one applies.
 * </ul>
 *
 * <p>Counting, per (node, entity), at most one vote:
 *
 * <ul>
 *   <li>votes of non-members, and votes for entities the links do not name, are ignored;
 *   <li>copies of one vote (same decision, previous-proof hash and change digest — a redelivery, or
 *       the same vote signed again) count once;
 *   <li>a node with two <em>different</em> votes on one entity has equivocated: none of its votes
 *       on that entity count, and it is reported in {@link TallyResult#equivocators()}. Counting
 *       either vote would let two coordinators that saw different copies count the node on opposite
 *       sides. Honest nodes never do this (they store and re-send their one vote);
 *   <li>a COMMIT vote counts only if it agrees with the entity's link — the same previous-proof
 *       hash and change digest — since it approves that change on that state and no other. A
 *       ROLLBACK vote counts whatever state it saw.
 * </ul>
 *
 * Because counts only grow as votes arrive (equivocation aside), a decided tally stays decided the
 * same way when more votes arrive: two coordinators that saw different subsets of the votes cannot
 * decide differently.
 */
public final class VoteTally {
  private VoteTally() {}

  public static TallyResult tally(
      List<NodeId> members, List<EntityLink> links, Collection<Vote> votes) {
    if (members.isEmpty() || links.isEmpty()) {
      throw new IllegalArgumentException("a tally needs members and at least one entity");
    }
    Set<NodeId> memberSet = Set.copyOf(members);
    Map<EntityKey, EntityLink> byEntity = new HashMap<>();
    links.forEach(link -> byEntity.put(link.entity(), link));
    Map<Ballot, Stance> stances = new HashMap<>();
    Set<Ballot> conflicting = new HashSet<>();
    for (Vote vote : votes) {
      if (!memberSet.contains(vote.voter()) || !byEntity.containsKey(vote.entity())) {
        continue;
      }
      Ballot ballot = new Ballot(vote.voter(), vote.entity());
      Stance stance = Stance.of(vote);
      Stance earlier = stances.putIfAbsent(ballot, stance);
      if (earlier != null && !earlier.equals(stance)) {
        conflicting.add(ballot);
      }
    }
    Map<EntityKey, int[]> counts = new HashMap<>();
    links.forEach(link -> counts.put(link.entity(), new int[2]));
    stances.forEach(
        (ballot, stance) -> {
          if (!conflicting.contains(ballot)) {
            count(stance, byEntity.get(ballot.entity()), counts.get(ballot.entity()));
          }
        });
    return result(members.size() / 2 + 1, counts, conflicting);
  }

  private static void count(Stance stance, EntityLink link, int[] count) {
    if (stance.decision() == Decision.ROLLBACK) {
      count[1]++;
    } else if (stance.previousProofHash().equals(link.previousProofHash())
        && stance.changeDigest().equals(link.changeDigest())) {
      count[0]++;
    }
  }

  private static TallyResult result(
      int majority, Map<EntityKey, int[]> counts, Set<Ballot> conflicting) {
    boolean allCommit = true;
    boolean anyRollback = false;
    Map<EntityKey, TallyResult.EntityCount> entityCounts = new HashMap<>();
    for (Map.Entry<EntityKey, int[]> entry : counts.entrySet()) {
      int[] count = entry.getValue();
      entityCounts.put(entry.getKey(), new TallyResult.EntityCount(count[0], count[1]));
      allCommit &= count[0] >= majority;
      anyRollback |= count[1] >= majority;
    }
    Optional<Decision> outcome =
        anyRollback
            ? Optional.of(Decision.ROLLBACK)
            : allCommit ? Optional.of(Decision.COMMIT) : Optional.empty();
    Set<NodeId> equivocators = new HashSet<>();
    conflicting.forEach(ballot -> equivocators.add(ballot.node()));
    return new TallyResult(outcome, entityCounts, equivocators);
  }

  private record Ballot(NodeId node, EntityKey entity) {}

  private record Stance(Decision decision, Optional<Bytes> previousProofHash, Bytes changeDigest) {
    static Stance of(Vote vote) {
      return new Stance(vote.decision(), vote.previousProofHash(), vote.changeDigest());
    }
  }
}
