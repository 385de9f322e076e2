package org.zoneledger.protocol.proof;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.message.NodeSignature;
import org.zoneledger.protocol.message.Proof;
import org.zoneledger.protocol.message.Vote;

/**
 * Builds the coordinator's proof once the votes decide: every distinct vote received from a member
 * for the request's entities (in arrival order, copies dropped, conflicting votes kept as evidence
 * — the tally does not count them), the outcome of {@link VoteTally}, and the links of the draft.
 */
public final class ProofAssembler {
  private ProofAssembler() {}

  /** The unsigned proof, or empty while the votes received do not decide. */
  public static Optional<Proof> assemble(
      ProofDraft draft, NodeId coordinator, List<NodeId> members, Collection<Vote> received) {
    Set<NodeId> memberSet = Set.copyOf(members);
    Set<EntityKey> entities = new java.util.HashSet<>();
    draft.links().forEach(link -> entities.add(link.entity()));
    Set<Vote> votes = new LinkedHashSet<>();
    for (Vote vote : received) {
      if (vote.requestId().equals(draft.requestId())
          && memberSet.contains(vote.voter())
          && entities.contains(vote.entity())) {
        votes.add(vote);
      }
    }
    TallyResult tally = VoteTally.tally(members, draft.links(), votes);
    return tally
        .outcome()
        .map(
            outcome ->
                new Proof(
                    draft.requestId(),
                    draft.round(),
                    coordinator,
                    draft.requestBody(),
                    draft.clientSignatures(),
                    draft.links(),
                    List.copyOf(votes),
                    outcome,
                    NodeSignature.unsigned()));
  }

  /** The proof signed directly by the coordinator, or empty while undecided. */
  public static Optional<Proof> assembleAndSign(
      ProofDraft draft, NodeSigner coordinator, List<NodeId> members, Collection<Vote> received) {
    return assemble(draft, coordinator.node(), members, received)
        .map(proof -> proof.withSignature(coordinator.sign(proof.signingBytes())));
  }
}
