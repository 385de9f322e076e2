package org.zoneledger.consensus.domain.drme;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.zoneledger.protocol.crypto.Hashes;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.crypto.Signatures;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.Decision;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.message.NodeSignature;
import org.zoneledger.protocol.message.Proof;
import org.zoneledger.protocol.message.Vote;
import org.zoneledger.protocol.proof.ProofVerifier;
import org.zoneledger.protocol.proof.VoteTally;
import org.zoneledger.protocol.zone.ZoneMembership;

/**
 * {@link ZoneVerifier} over the zone's P-256 keys: one per node, shared by all its consumer threads
 * (thread-safe). Verified results are cached, bounded (see {@link Generations}), and keyed by
 * (node, hash of the data, signature bytes): a batched signature is checked once per Merkle root, a
 * node's iov42 seal once per request (node signatures are deterministic, so a node's seals on every
 * entity of a request are the same bytes), a vote once whether the coordinator's thread or a
 * validator's checks it first, and a proof once per node whatever the number of its DECIDEs. Two
 * threads asking about the same signature at the same moment may both verify it; the results agree.
 *
 * <p>Proofs are checked for what makes them the zone's decision, with nothing but the zone's keys —
 * see {@link #proofProblems}. Third parties verify client authorisations as well ({@link
 * ProofVerifier}, {@link org.zoneledger.protocol.proof.OfflineProofCheck}).
 */
public final class ProtocolZoneVerifier implements ZoneVerifier {
  private final ZoneMembership zone;
  private final KeyCheck check;
  private final Generations<Bytes, List<String>> proofs;
  private final Generations<Bytes, Boolean> signatures;

  /** A verifier keeping about {@code cacheSize} proofs and {@code cacheSize} signatures. */
  public ProtocolZoneVerifier(ZoneMembership zone, int cacheSize) {
    this(
        zone,
        cacheSize,
        (key, data, signature) ->
            Signatures.verify(SignatureAlgorithm.P256_SHA256, key, data, signature));
  }

  /** With another signature check (tests count the checks). */
  ProtocolZoneVerifier(ZoneMembership zone, int cacheSize, KeyCheck check) {
    this.zone = zone;
    this.check = check;
    this.proofs = new Generations<>(cacheSize);
    this.signatures = new Generations<>(cacheSize);
  }

  /** One P-256 verification of a member's signature; what the caches save. */
  @FunctionalInterface
  interface KeyCheck {
    boolean verify(PublicKey key, byte[] data, byte[] signature);
  }

  @Override
  public boolean signedBy(NodeId node, byte[] signingBytes, NodeSignature signature) {
    Optional<PublicKey> key = zone.keyOf(node);
    if (key.isEmpty()) {
      return false;
    }
    if (signature instanceof NodeSignature.Direct direct) {
      return raw(node, key.get(), signingBytes, direct.signature());
    }
    if (signature instanceof NodeSignature.Batched batched) {
      return raw(node, key.get(), batched.path().rootFor(signingBytes), batched.rootSignature());
    }
    return false;
  }

  @Override
  public boolean voteValid(Vote vote, byte[] sealText) {
    Optional<PublicKey> key = zone.keyOf(vote.voter());
    return key.isPresent()
        && signedBy(vote.voter(), vote.signingBytes(), vote.signature())
        && raw(vote.voter(), key.get(), sealText, vote.iov42Seal());
  }

  /**
   * The coordinator signed the proof, every vote in it is a member's with a valid signature and
   * iov42 seal, and the votes, tallied against the proof's links ({@link VoteTally}: a COMMIT vote
   * counts only for the previous-proof hash and change digest its entity's link names), give the
   * proof's outcome. Client authorisations are not checked, whatever the outcome, so the answer
   * depends on the zone's keys alone and is the same on every node.
   *
   * <p><b>Why a COMMIT proof is safe to apply without its client signatures.</b> This node's client
   * keys are its committed identities, which may lag the majority's (an identity created in another
   * partition not yet applied here); checking them here would make a node that lags refuse the
   * DECIDE of a request the zone committed, keep the entity reserved and diverge. A valid COMMIT
   * proof carries, for every entity, a majority of member votes that seal the request's
   * authorisation signatures, and an honest node votes COMMIT only after {@link
   * org.zoneledger.consensus.domain.LedgerRules#signerProblem} verified every signature with the
   * signer's registered keys and delegations. Forging a COMMIT therefore needs a majority of
   * members to sign for an unauthorised request — the assumption every majority decision of the
   * zone already rests on — not merely a dishonest coordinator, whose signature alone decides
   * nothing. The change applied is not taken from the proof: the node applies its own sequenced
   * request of that requestId and body digest (one body per requestId in the requests log) to the
   * state the link names, and the link's change digest is the one the majority approved.
   *
   * <p>A ROLLBACK proof is checked the same way: a request rolled back because its signer is
   * unknown (or its signature forged) carries exactly such authorisations, and its reservations
   * must still be released. A ROLLBACK changes no state.
   */
  @Override
  public List<String> proofProblems(Proof proof) {
    Bytes hash = proof.hash();
    List<String> problems = proofs.get(hash);
    if (problems == null) {
      problems = List.copyOf(decisionProblems(proof));
      proofs.put(hash, problems);
    }
    return problems;
  }

  private List<String> decisionProblems(Proof proof) {
    List<String> problems = new ArrayList<>();
    if (!signedBy(proof.coordinator(), proof.signingBytes(), proof.signature())) {
      problems.add("the coordinator " + proof.coordinator() + " did not sign the proof");
    }
    byte[] sealText = Vote.iov42SealText(proof.requestId(), proof.authorisationSignatures());
    for (Vote vote : proof.votes()) {
      if (!voteValid(vote, sealText)) {
        problems.add("the vote of " + vote.voter() + " on " + vote.entity() + " does not verify");
      }
    }
    Optional<Decision> tallied =
        VoteTally.tally(zone.members(), proof.links(), proof.votes()).outcome();
    if (!tallied.equals(Optional.of(proof.outcome()))) {
      problems.add(
          "the votes give "
              + tallied.map(Enum::name).orElse("no majority")
              + ", the proof says "
              + proof.outcome());
    }
    return problems;
  }

  private boolean raw(NodeId node, PublicKey key, byte[] data, Bytes signature) {
    Bytes id =
        Bytes.of(
            Hashes.sha256(
                node.value().getBytes(StandardCharsets.UTF_8),
                Hashes.sha256(data),
                signature.toArray()));
    Boolean valid = signatures.get(id);
    if (valid == null) {
      // Verified outside any lock: a concurrent miss on the same id costs one more verification.
      valid = check.verify(key, data, signature.toArray());
      signatures.put(id, valid);
    }
    return valid;
  }

  /**
   * A bounded concurrent cache that approximates least-recently-used with two generations: entries
   * go into the young map; when it holds {@code capacity / 2} entries it becomes the old one and
   * the previous old one is dropped whole; an entry found in the old map is copied back into the
   * young one. So it holds at most about {@code capacity} entries, keeps everything used within the
   * last {@code capacity / 2} insertions, and never locks a lookup (a rotation swaps two
   * references). Under concurrent insertions the young map may briefly exceed its share by the
   * number of inserting threads.
   */
  static final class Generations<K, V> {
    private final int generation;
    private volatile Map<K, V> young = new ConcurrentHashMap<>();
    private volatile Map<K, V> old = Map.of();

    Generations(int capacity) {
      this.generation = Math.max(1, capacity / 2);
    }

    V get(K key) {
      V value = young.get(key);
      if (value == null) {
        value = old.get(key);
        if (value != null) {
          put(key, value);
        }
      }
      return value;
    }

    void put(K key, V value) {
      Map<K, V> current = young;
      current.put(key, value);
      if (current.size() >= generation) {
        rotate(current);
      }
    }

    /** Entries held now (young and old; an entry in both counts twice). */
    int size() {
      return young.size() + old.size();
    }

    private synchronized void rotate(Map<K, V> full) {
      if (young == full) {
        old = full;
        young = new ConcurrentHashMap<>();
      }
    }
  }
}
