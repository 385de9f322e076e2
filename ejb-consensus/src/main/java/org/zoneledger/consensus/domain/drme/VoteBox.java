package org.zoneledger.consensus.domain.drme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.Decision;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.NodeSignature;
import org.zoneledger.protocol.message.RequestId;
import org.zoneledger.protocol.message.RollbackReason;
import org.zoneledger.protocol.message.Vote;

/**
 * The votes of one validator batch: new votes are staged unsigned, then signed together and stored
 * by {@link #close}; a ballot already cast (stored or staged) is only re-sent. The iov42 seal is
 * per request, so it is signed once per request in the batch; node signatures being deterministic,
 * a later batch voting on another entity of the request signs the same seal bytes again, which
 * verifiers then find in their cache.
 */
final class VoteBox {
  private final DrmeNode node;
  private final BallotStore ballots;
  private final Map<Ballot, Vote> staged = new LinkedHashMap<>();
  private final Map<Ballot, Vote> resent = new LinkedHashMap<>();
  private final Map<RequestId, Bytes> seals = new HashMap<>();

  VoteBox(DrmeNode node, BallotStore ballots) {
    this.node = node;
    this.ballots = ballots;
  }

  boolean hasVoted(RequestId id, EntityKey entity) {
    Ballot ballot = new Ballot(id, entity);
    return staged.containsKey(ballot) || ballots.find(id, entity).isPresent();
  }

  /** Appends the stored vote again (a redelivered or re-sent PREPARE). */
  void resend(RequestId id, EntityKey entity) {
    Ballot ballot = new Ballot(id, entity);
    if (!staged.containsKey(ballot)) {
      ballots.find(id, entity).ifPresent(vote -> resent.put(ballot, vote));
    }
  }

  void cast(
      VerifiedRequest request,
      RequestId id,
      EntityKey entity,
      Decision decision,
      Optional<RollbackReason> reason,
      Optional<Bytes> previousProofHash,
      Bytes changeDigest) {
    Ballot ballot = new Ballot(id, entity);
    if (hasVoted(id, entity)) {
      throw new IllegalStateException("a second vote on " + ballot + " must never be signed");
    }
    Bytes seal =
        seals.computeIfAbsent(
            id, key -> node.crypto().seal(ClientSignatures.sealText(key, request)));
    staged.put(
        ballot,
        new Vote(
            id,
            entity,
            node.self(),
            decision,
            reason,
            previousProofHash,
            changeDigest,
            seal,
            NodeSignature.unsigned()));
  }

  /** Signs and stores the new votes; returns them followed by the re-sent ones. */
  List<Vote> close() {
    List<Vote> signed =
        BatchSigning.sign(
            node, List.copyOf(staged.values()), Vote::signingBytes, Vote::withSignature);
    signed.forEach(ballots::put);
    List<Vote> all = new ArrayList<>(signed);
    all.addAll(resent.values());
    return all;
  }

  private record Ballot(RequestId requestId, EntityKey entity) {}
}
