package org.zoneledger.consensus.domain.drme;

import java.util.Objects;

/** The repositories of one node, all written in the transaction of the batch being handled. */
public record NodeStores(
    OffsetStore offsets,
    BeaconStore beacons,
    RequestStore requests,
    VoteStore votes,
    BallotStore ballots,
    EntityStore entities,
    ProofStore proofs,
    HistoryStore history) {
  public NodeStores {
    Objects.requireNonNull(offsets, "offsets");
    Objects.requireNonNull(beacons, "beacons");
    Objects.requireNonNull(requests, "requests");
    Objects.requireNonNull(votes, "votes");
    Objects.requireNonNull(ballots, "ballots");
    Objects.requireNonNull(entities, "entities");
    Objects.requireNonNull(proofs, "proofs");
    Objects.requireNonNull(history, "history");
  }
}
