package org.zoneledger.consensus.domain.drme;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.zoneledger.protocol.crypto.Base64Url;
import org.zoneledger.protocol.crypto.Hashes;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.crypto.Signatures;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.ClientSignature;
import org.zoneledger.protocol.message.Decision;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.EntityKind;
import org.zoneledger.protocol.message.EntityLink;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.message.NodeSignature;
import org.zoneledger.protocol.message.Proof;
import org.zoneledger.protocol.message.RequestId;
import org.zoneledger.protocol.message.RollbackReason;
import org.zoneledger.protocol.message.Vote;
import org.zoneledger.protocol.proof.ClientKeys;
import org.zoneledger.protocol.proof.NodeSigner;
import org.zoneledger.protocol.proof.ProofAssembler;
import org.zoneledger.protocol.proof.ProofDraft;
import org.zoneledger.protocol.proof.ProofVerifier;
import org.zoneledger.protocol.request.PublicCredentials;
import org.zoneledger.protocol.zone.ZoneMembership;

/**
 * The validator's proof check: the zone's keys decide, never this node's (possibly lagging) client
 * keys.
 */
class ProtocolZoneVerifierTest {
  private static final SignatureAlgorithm P256 = SignatureAlgorithm.P256_SHA256;
  private static final KeyPair BOB = Signatures.generateKeyPair(P256);
  private static final EntityLink LINK =
      new EntityLink(
          new EntityKey("asset:acc"),
          EntityKind.ASSET,
          Optional.of(Bytes.of(new byte[32])),
          Bytes.of(Hashes.sha256("next state".getBytes(UTF_8))));

  private final List<NodeSigner> signers = new ArrayList<>();
  private final ZoneMembership zone;

  ProtocolZoneVerifierTest() {
    List<NodeId> members = new ArrayList<>();
    Map<NodeId, java.security.PublicKey> keys = new HashMap<>();
    for (int i = 1; i <= 3; i++) {
      NodeId id = new NodeId("node" + i);
      KeyPair pair = Signatures.generateKeyPair(P256);
      members.add(id);
      keys.put(id, pair.getPublic());
      signers.add(new NodeSigner(id, pair.getPrivate()));
    }
    zone = new ZoneMembership(members, keys);
  }

  @Test
  void aCommitProofOfASignerThisNodeHasNotAppliedIsAccepted() {
    Proof proof = proof(draft("r-1"), List.of(Decision.COMMIT, Decision.COMMIT, Decision.ROLLBACK));

    assertThat(new ProtocolZoneVerifier(zone, 100).proofProblems(proof)).isEmpty();
    assertThat(new ProofVerifier(zone).verify(proof, ClientKeys.of(Map.of())).problems())
        .containsExactly("authorisation of bob (signed by bob): no public key known for bob");
    assertThat(new ProofVerifier(zone).verify(proof, ClientKeys.of(Map.of("bob", bob()))).valid())
        .isTrue();
  }

  @Test
  void aCommitProofWithoutACommitMajorityIsRefused() {
    ProofDraft draft = draft("r-2");
    Proof proof = forged(draft, List.of(vote(0, draft, Decision.COMMIT, LINK)));

    assertThat(new ProtocolZoneVerifier(zone, 100).proofProblems(proof))
        .containsExactly("the votes give no majority, the proof says COMMIT");
  }

  @Test
  void commitVotesForAnotherChangeThanTheLinkDoNotCount() {
    ProofDraft draft = draft("r-3");
    EntityLink other =
        new EntityLink(
            LINK.entity(),
            LINK.kind(),
            LINK.previousProofHash(),
            Bytes.of(Hashes.sha256("another state".getBytes(UTF_8))));
    List<Vote> votes = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      votes.add(vote(i, draft, Decision.COMMIT, i == 0 ? LINK : other));
    }

    assertThat(new ProtocolZoneVerifier(zone, 100).proofProblems(forged(draft, votes)))
        .containsExactly("the votes give no majority, the proof says COMMIT");
  }

  @Test
  void aCommitProofWithATamperedVoteOrCoordinatorSignatureIsRefused() {
    ProofDraft draft = draft("r-4");
    Proof honest = proof(draft, List.of(Decision.COMMIT, Decision.COMMIT, Decision.COMMIT));
    Vote original = honest.votes().get(1);
    Vote tampered =
        new Vote(
            original.requestId(),
            original.entity(),
            original.voter(),
            original.decision(),
            original.reason(),
            original.previousProofHash(),
            original.changeDigest(),
            Bytes.of(signers.get(1).raw("another seal".getBytes(UTF_8))),
            original.signature());
    List<Vote> votes = new ArrayList<>(honest.votes());
    votes.set(1, tampered);

    assertThat(new ProtocolZoneVerifier(zone, 100).proofProblems(forged(draft, votes)))
        .containsExactly("the vote of node2 on asset:acc does not verify");
    assertThat(
            new ProtocolZoneVerifier(zone, 100)
                .proofProblems(honest.withSignature(signers.get(1).sign(honest.signingBytes()))))
        .containsExactly("the coordinator node1 did not sign the proof");
  }

  @Test
  void aRollbackProofOfAnUnknownSignerIsAccepted() {
    Proof proof =
        proof(draft("r-5"), List.of(Decision.ROLLBACK, Decision.ROLLBACK, Decision.COMMIT));

    assertThat(new ProtocolZoneVerifier(zone, 100).proofProblems(proof)).isEmpty();
  }

  @Test
  void oneVerifierSharedByManyThreadsGivesEveryThreadTheRightAnswer() {
    ProtocolZoneVerifier shared = new ProtocolZoneVerifier(zone, 16);
    List<Proof> valid = new ArrayList<>();
    List<Proof> forged = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      ProofDraft draft = draft("r-t" + i);
      valid.add(proof(draft, List.of(Decision.COMMIT, Decision.COMMIT, Decision.ROLLBACK)));
      forged.add(forged(draft, List.of(vote(0, draft, Decision.COMMIT, LINK))));
    }

    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<CompletableFuture<Void>> threads = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      threads.add(
          CompletableFuture.runAsync(
              () -> {
                for (int round = 0; round < 5; round++) {
                  valid.forEach(proof -> assertThat(shared.proofProblems(proof)).isEmpty());
                  forged.forEach(proof -> assertThat(shared.proofProblems(proof)).hasSize(1));
                }
              },
              pool));
    }
    try {
      CompletableFuture.allOf(threads.toArray(CompletableFuture[]::new)).join();
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void theCacheStaysBoundedAndKeepsWhatIsInUse() {
    ProtocolZoneVerifier.Generations<Integer, Boolean> cache =
        new ProtocolZoneVerifier.Generations<>(100);
    for (int i = 0; i < 10_000; i++) {
      cache.put(i, true);
      assertThat(cache.get(0)).as("entry 0, used at every insertion").isTrue();
      assertThat(cache.size()).isLessThanOrEqualTo(100 + 1);
    }
    assertThat(cache.get(1)).isNull();
    assertThat(cache.get(9_999)).isTrue();
  }

  private static PublicCredentials bob() {
    return new PublicCredentials(Base64Url.encode(BOB.getPublic().getEncoded()), P256.protocolId());
  }

  private static ProofDraft draft(String requestId) {
    byte[] body = ("{\"requestId\":\"" + requestId + "\"}").getBytes(UTF_8);
    String signature = Base64Url.encode(Signatures.sign(P256, BOB.getPrivate(), body));
    return new ProofDraft(
        new RequestId(requestId),
        0,
        Bytes.of(body),
        List.of(new ClientSignature("bob", P256.protocolId(), signature, Optional.empty())),
        List.of(LINK));
  }

  private Proof proof(ProofDraft draft, List<Decision> decisions) {
    List<Vote> votes = new ArrayList<>();
    for (int i = 0; i < decisions.size(); i++) {
      votes.add(vote(i, draft, decisions.get(i), LINK));
    }
    return ProofAssembler.assembleAndSign(draft, signers.get(0), zone.members(), votes)
        .orElseThrow();
  }

  /** A COMMIT proof the coordinator signs whatever the votes give. */
  private Proof forged(ProofDraft draft, List<Vote> votes) {
    Proof unsigned =
        new Proof(
            draft.requestId(),
            0,
            signers.get(0).node(),
            draft.requestBody(),
            draft.clientSignatures(),
            draft.links(),
            votes,
            Decision.COMMIT,
            NodeSignature.unsigned());
    return unsigned.withSignature(signers.get(0).sign(unsigned.signingBytes()));
  }

  private Vote vote(int index, ProofDraft draft, Decision decision, EntityLink link) {
    NodeSigner signer = signers.get(index);
    byte[] sealText =
        Vote.iov42SealText(
            draft.requestId(),
            draft.clientSignatures().stream().map(ClientSignature::signature).toList());
    Vote unsigned =
        new Vote(
            draft.requestId(),
            link.entity(),
            signer.node(),
            decision,
            decision == Decision.ROLLBACK
                ? Optional.of(new RollbackReason(2203, "UnknownSigner", "bob is not registered"))
                : Optional.empty(),
            link.previousProofHash(),
            link.changeDigest(),
            Bytes.of(signer.raw(sealText)),
            NodeSignature.unsigned());
    return unsigned.withSignature(signer.sign(unsigned.signingBytes()));
  }
}
