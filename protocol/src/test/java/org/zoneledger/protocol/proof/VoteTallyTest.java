package org.zoneledger.protocol.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.Decision;
import org.zoneledger.protocol.message.EntityLink;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.message.NodeSignature;
import org.zoneledger.protocol.message.RequestId;
import org.zoneledger.protocol.message.RollbackReason;
import org.zoneledger.protocol.message.Vote;

class VoteTallyTest {
  private static final RequestId REQUEST = new RequestId("req-1");

  /**
   * Every assignment of COMMIT / ROLLBACK / no vote to each (node, entity). For each one the
   * outcome must follow the majority rule, and removing any single vote must give either no
   * decision or the same decision. By induction over removals, any two subsets of one set of votes
   * — what two coordinators may have seen — never decide differently: no COMMIT proof and ROLLBACK
   * proof for one request.
   */
  @ParameterizedTest(name = "{0} nodes, {1} entities")
  @CsvSource({"3,1", "3,2", "5,1", "5,2"})
  void noCombinationOfVotesYieldsBothACommitAndARollbackProof(int nodes, int entities) {
    List<NodeId> members = members(nodes);
    List<EntityLink> links = links(entities);
    int cells = nodes * entities;
    Vote[][] votes = new Vote[cells][2];
    for (int cell = 0; cell < cells; cell++) {
      votes[cell][0] = vote(members.get(cell % nodes), links.get(cell / nodes), Decision.COMMIT);
      votes[cell][1] = vote(members.get(cell % nodes), links.get(cell / nodes), Decision.ROLLBACK);
    }
    int combinations = (int) Math.pow(3, cells);
    int[] outcomes = new int[3];
    for (int code = 0; code < combinations; code++) {
      int[] choice = digits(code, cells);
      List<Vote> cast = cast(votes, choice, -1);
      Optional<Decision> outcome = VoteTally.tally(members, links, cast).outcome();
      assertThat(outcome).as("combination %s", code).isEqualTo(expected(choice, nodes, entities));
      outcomes[outcome.map(Enum::ordinal).orElse(2)]++;
      for (int removed = 0; removed < cells; removed++) {
        if (choice[removed] == 2) {
          continue;
        }
        Optional<Decision> partial =
            VoteTally.tally(members, links, cast(votes, choice, removed)).outcome();
        if (partial.isPresent()) {
          assertThat(partial)
              .as("combination %s without cell %s", code, removed)
              .isEqualTo(outcome);
        }
      }
    }
    assertThat(outcomes[0]).as("COMMIT outcomes").isPositive();
    assertThat(outcomes[1]).as("ROLLBACK outcomes").isPositive();
    assertThat(outcomes[2]).as("undecided").isPositive();
  }

  @Test
  void aRedeliveredVoteCountsOnce() {
    List<NodeId> members = members(3);
    List<EntityLink> links = links(1);
    Vote vote = vote(members.get(0), links.get(0), Decision.COMMIT);
    TallyResult result = VoteTally.tally(members, links, List.of(vote, vote, vote));
    assertThat(result.outcome()).isEmpty();
    assertThat(result.counts().get(links.get(0).entity()).commits()).isEqualTo(1);
  }

  @Test
  void aNodeThatVotesBothWaysIsCountedOnNeitherSide() {
    List<NodeId> members = members(3);
    List<EntityLink> links = links(1);
    EntityLink link = links.get(0);
    List<Vote> votes =
        List.of(
            vote(members.get(0), link, Decision.COMMIT),
            vote(members.get(0), link, Decision.ROLLBACK),
            vote(members.get(1), link, Decision.COMMIT),
            vote(members.get(2), link, Decision.ROLLBACK));
    TallyResult result = VoteTally.tally(members, links, votes);
    assertThat(result.outcome()).isEmpty();
    assertThat(result.equivocators()).containsExactly(members.get(0));
    assertThat(result.counts().get(link.entity())).isEqualTo(new TallyResult.EntityCount(1, 1));
  }

  @Test
  void aCommitVoteOnAnotherPreviousStateDoesNotCount() {
    List<NodeId> members = members(3);
    EntityLink link = links(1).get(0);
    EntityLink otherState =
        new EntityLink(
            link.entity(), link.kind(), Optional.of(Bytes.of(new byte[32])), link.changeDigest());
    List<Vote> votes =
        List.of(
            vote(members.get(0), link, Decision.COMMIT),
            vote(members.get(1), otherState, Decision.COMMIT));
    assertThat(VoteTally.tally(members, List.of(link), votes).outcome()).isEmpty();
  }

  @Test
  void votesOfNonMembersAreIgnored() {
    List<NodeId> members = members(3);
    List<EntityLink> links = links(1);
    List<Vote> votes =
        List.of(
            vote(members.get(0), links.get(0), Decision.COMMIT),
            vote(new NodeId("intruder"), links.get(0), Decision.COMMIT));
    assertThat(VoteTally.tally(members, links, votes).outcome()).isEmpty();
  }

  private static Optional<Decision> expected(int[] choice, int nodes, int entities) {
    int majority = nodes / 2 + 1;
    boolean allCommit = true;
    boolean anyRollback = false;
    for (int e = 0; e < entities; e++) {
      int commits = 0;
      int rollbacks = 0;
      for (int n = 0; n < nodes; n++) {
        commits += choice[e * nodes + n] == 0 ? 1 : 0;
        rollbacks += choice[e * nodes + n] == 1 ? 1 : 0;
      }
      allCommit &= commits >= majority;
      anyRollback |= rollbacks >= majority;
    }
    return anyRollback
        ? Optional.of(Decision.ROLLBACK)
        : allCommit ? Optional.of(Decision.COMMIT) : Optional.empty();
  }

  private static List<Vote> cast(Vote[][] votes, int[] choice, int skipped) {
    List<Vote> cast = new ArrayList<>();
    for (int cell = 0; cell < choice.length; cell++) {
      if (cell != skipped && choice[cell] < 2) {
        cast.add(votes[cell][choice[cell]]);
      }
    }
    return cast;
  }

  private static int[] digits(int code, int cells) {
    int[] digits = new int[cells];
    for (int i = 0; i < cells; i++) {
      digits[i] = code % 3;
      code /= 3;
    }
    return digits;
  }

  private static List<NodeId> members(int count) {
    List<NodeId> members = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      members.add(new NodeId("node" + i));
    }
    return members;
  }

  private static List<EntityLink> links(int count) {
    List<EntityLink> links = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      links.add(TestZone.link("asset:a" + i, Optional.empty()));
    }
    return links;
  }

  private static Vote vote(NodeId voter, EntityLink link, Decision decision) {
    return new Vote(
        REQUEST,
        link.entity(),
        voter,
        decision,
        decision == Decision.ROLLBACK
            ? Optional.of(new RollbackReason(2604, "Contention", "busy"))
            : Optional.empty(),
        link.previousProofHash(),
        link.changeDigest(),
        Bytes.of(new byte[] {1}),
        NodeSignature.unsigned());
  }
}
