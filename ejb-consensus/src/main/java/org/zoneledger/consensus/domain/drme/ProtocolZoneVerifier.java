package org.zoneledger.consensus.domain.drme;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zoneledger.protocol.crypto.Hashes;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.crypto.Signatures;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.Decision;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.message.NodeSignature;
import org.zoneledger.protocol.message.Proof;
import org.zoneledger.protocol.message.Vote;
import org.zoneledger.protocol.proof.ClientKeys;
import org.zoneledger.protocol.proof.ProofVerifier;
import org.zoneledger.protocol.proof.VoteTally;
import org.zoneledger.protocol.zone.ZoneMembership;

/**
 * {@link ZoneVerifier} over the zone's P-256 keys with {@link ProofVerifier}. Verified results are
 * cached (bounded, least recently used first out): a batched signature is checked once per Merkle
 * root, a proof once per node whatever the number of its DECIDEs. Not thread-safe: one per consumer
 * thread.
 */
public final class ProtocolZoneVerifier implements ZoneVerifier {
  private final ZoneMembership zone;
  private final ProofVerifier proofVerifier;
  private final ClientKeys clientKeys;
  private final Map<Bytes, List<String>> proofs;
  private final Map<Bytes, Boolean> signatures;

  public ProtocolZoneVerifier(ZoneMembership zone, ClientKeys clientKeys, int cacheSize) {
    this.zone = zone;
    this.proofVerifier = new ProofVerifier(zone);
    this.clientKeys = clientKeys;
    this.proofs = lru(cacheSize);
    this.signatures = lru(cacheSize);
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
   * A COMMIT proof is verified in full ({@link ProofVerifier}, client authorisations included). A
   * ROLLBACK proof needs only what makes it the zone's decision — the coordinator's signature,
   * valid member votes and a ROLLBACK majority — not client authorisations that verify: a request
   * rolled back because its signer is unknown (or its signature forged) carries exactly such
   * authorisations, and its reservations must still be released and its outcome announced. A
   * ROLLBACK changes no state, and a ROLLBACK majority is as hard to forge as a COMMIT one.
   */
  @Override
  public List<String> proofProblems(Proof proof) {
    return proofs.computeIfAbsent(
        proof.hash(),
        hash ->
            proof.outcome() == Decision.ROLLBACK
                ? rollbackProblems(proof)
                : proofVerifier.verify(proof, clientKeys).problems());
  }

  private List<String> rollbackProblems(Proof proof) {
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
    if (!tallied.equals(Optional.of(Decision.ROLLBACK))) {
      problems.add("the votes give " + tallied.map(Enum::name).orElse("no majority"));
    }
    return problems;
  }

  private boolean raw(NodeId node, PublicKey key, byte[] data, Bytes signature) {
    Bytes id =
        Bytes.of(
            Hashes.sha256(
                node.value().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Hashes.sha256(data),
                signature.toArray()));
    return signatures.computeIfAbsent(
        id, k -> Signatures.verify(SignatureAlgorithm.P256_SHA256, key, data, signature.toArray()));
  }

  private static <K, V> Map<K, V> lru(int size) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > size;
      }
    };
  }
}
