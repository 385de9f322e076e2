package org.zoneledger.consensus.domain.drme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.EntityLink;
import org.zoneledger.protocol.message.Proof;
import org.zoneledger.protocol.message.Vote;
import org.zoneledger.protocol.proof.ProofAssembler;
import org.zoneledger.protocol.proof.ProofDraft;

/**
 * Phase 6: the unsigned proof of a request once the votes this node read decide it. Votes are
 * tallied first as read (cheap); only when they decide are their signatures and seals checked and
 * the tally repeated over the valid ones, so an invalid vote can never make a proof fail
 * verification elsewhere.
 */
final class ProofBuilder {
  private final DrmeNode node;
  private final NodeStores stores;

  ProofBuilder(DrmeNode node, NodeStores stores) {
    this.node = node;
    this.stores = stores;
  }

  Optional<Proof> tryDecide(RequestEntry entry) {
    Set<EntityKey> entities = Set.copyOf(entry.entities());
    List<Vote> read =
        stores.votes().votesFor(entry.id()).stream()
            .filter(v -> entities.contains(v.entity()) && node.isMember(v.voter()))
            .toList();
    if (assemble(entry, read).isEmpty()) {
      return Optional.empty();
    }
    byte[] sealText = ClientSignatures.sealText(entry.id(), entry.request());
    List<Vote> valid = read.stream().filter(v -> node.verifier().voteValid(v, sealText)).toList();
    return assemble(entry, valid);
  }

  private Optional<Proof> assemble(RequestEntry entry, List<Vote> votes) {
    List<EntityLink> links = new ArrayList<>();
    for (EntityKey entity : entry.entities()) {
      Optional<EntityLink> link = LinkChoice.of(entity, votes);
      if (link.isEmpty()) {
        return Optional.empty();
      }
      links.add(link.get());
    }
    ProofDraft draft =
        new ProofDraft(
            entry.id(),
            entry.round(),
            Bytes.of(entry.request().parsed().body()),
            ClientSignatures.of(entry.request()),
            links);
    return ProofAssembler.assemble(draft, node.self(), node.members(), votes);
  }
}
