package org.zoneledger.protocol.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zoneledger.protocol.crypto.Base64Url;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.crypto.Signatures;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.ClientSignature;
import org.zoneledger.protocol.message.Decision;
import org.zoneledger.protocol.message.EntityLink;
import org.zoneledger.protocol.message.MessageDecodingException;
import org.zoneledger.protocol.message.NodeSignature;
import org.zoneledger.protocol.message.Proof;
import org.zoneledger.protocol.message.RollbackReason;
import org.zoneledger.protocol.message.Vote;
import org.zoneledger.protocol.request.PublicCredentials;

class ProofVerifierTest {
  private static final TestZone ZONE = TestZone.of(3);
  private static final Optional<Bytes> PREVIOUS = Optional.of(Bytes.of(new byte[32]));

  @Test
  void aProofSignedByTheZoneVerifies() {
    ProofDraft draft = ZONE.draft("req-1", List.of(TestZone.link("asset:a", PREVIOUS)));
    assertThat(
            ZONE.verifier().verify(ZONE.proof(draft, Decision.COMMIT), ZONE.clientKeys).problems())
        .isEmpty();
    assertThat(
            ZONE.verifier().verify(ZONE.proof(draft, Decision.ROLLBACK), ZONE.clientKeys).valid())
        .isTrue();
  }

  @Test
  void aFiveNodeProofWithTwoEntitiesVerifies() {
    TestZone zone = TestZone.of(5);
    ProofDraft draft =
        zone.draft(
            "req-5",
            List.of(
                TestZone.link("asset:a", PREVIOUS), TestZone.link("asset:b", Optional.empty())));
    assertThat(
            zone.verifier().verify(zone.proof(draft, Decision.COMMIT), zone.clientKeys).problems())
        .isEmpty();
  }

  @Test
  void flippingAnySingleByteOfAProofIsDetected() {
    ProofDraft draft = ZONE.draft("req-2", List.of(TestZone.link("asset:a", PREVIOUS)));
    assertEveryFlipDetected(ZONE.proof(draft, Decision.COMMIT));
  }

  @Test
  void flippingAnySingleByteOfAProofWithBatchSignedVotesIsDetected() {
    ProofDraft draft = ZONE.draft("req-3", List.of(TestZone.link("asset:a", PREVIOUS)));
    assertEveryFlipDetected(ZONE.sign(draft, batchSignedVotes(draft)));
  }

  @Test
  void flippingAnySingleByteOfAVoteIsDetected() {
    ProofDraft draft = ZONE.draft("req-4", List.of(TestZone.link("asset:a", PREVIOUS)));
    Vote vote = ZONE.vote(1, draft, draft.links().get(0), Decision.ROLLBACK);
    byte[] encoded = vote.encode();
    for (int i = 0; i < encoded.length; i++) {
      byte[] flipped = encoded.clone();
      flipped[i] ^= 0x01;
      assertThat(voteStillValid(flipped)).as("flip of byte %d of %d", i, encoded.length).isFalse();
    }
  }

  @Test
  void batchSignedVotesVerify() {
    ProofDraft draft = ZONE.draft("req-6", List.of(TestZone.link("asset:a", PREVIOUS)));
    Proof proof = ZONE.sign(draft, batchSignedVotes(draft));
    assertThat(proof.votes()).allMatch(v -> v.signature() instanceof NodeSignature.Batched);
    assertThat(ZONE.verifier().verify(proof, ZONE.clientKeys).problems()).isEmpty();
  }

  @Test
  void aProofClaimingAnOutcomeTheVotesDoNotGiveIsRejected() {
    ProofDraft draft = ZONE.draft("req-7", List.of(TestZone.link("asset:a", PREVIOUS)));
    Proof honest = ZONE.proof(draft, Decision.ROLLBACK);
    Proof lying = honest.withSignature(NodeSignature.unsigned());
    lying =
        new Proof(
            lying.requestId(),
            0,
            lying.coordinator(),
            lying.requestBody(),
            lying.clientSignatures(),
            lying.links(),
            lying.votes(),
            Decision.COMMIT,
            NodeSignature.unsigned());
    lying = lying.withSignature(ZONE.signer(0).sign(lying.signingBytes()));
    assertThat(ZONE.verifier().verify(lying, ZONE.clientKeys).problems())
        .containsExactly("the votes give ROLLBACK, the proof says COMMIT");
  }

  @Test
  void aProofSignedByANonMemberIsRejected() {
    TestZone other = TestZone.of(3);
    ProofDraft draft = other.draft("req-8", List.of(TestZone.link("asset:a", PREVIOUS)));
    Proof foreign = other.proof(draft, Decision.COMMIT);
    assertThat(ZONE.verifier().verify(foreign, other.clientKeys).problems())
        .anyMatch(p -> p.contains("coordinator's signature does not verify"))
        .anyMatch(p -> p.contains("vote of node2 on asset:a: the signature does not verify"));
  }

  @Test
  void anUnknownClientKeyIsReported() {
    ProofDraft draft = ZONE.draft("req-9", List.of(TestZone.link("asset:a", PREVIOUS)));
    Proof proof = ZONE.proof(draft, Decision.COMMIT);
    assertThat(ZONE.verifier().verify(proof, ClientKeys.of(Map.of())).problems())
        .containsExactly("authorisation of alice (signed by alice): no public key known for alice");
  }

  @Test
  void aDelegatedClientSignatureNeedsARegisteredDelegation() {
    ProofDraft own = ZONE.draft("req-10", List.of(TestZone.link("asset:a", PREVIOUS)));
    ClientSignature byAlice = own.clientSignatures().get(0);
    ProofDraft draft =
        new ProofDraft(
            own.requestId(),
            own.round(),
            own.requestBody(),
            List.of(
                new ClientSignature(
                    "bob", byAlice.protocolId(), byAlice.signature(), Optional.of("alice"))),
            own.links());
    Proof proof = ZONE.proof(draft, Decision.COMMIT);
    PublicCredentials aliceKey = ZONE.clientKeys.credentialsOf("alice").orElseThrow();

    assertThat(ZONE.verifier().verify(proof, ZONE.clientKeys).problems())
        .containsExactly(
            "authorisation of bob (signed by alice): alice is not a registered delegate of bob");
    ClientKeys withDelegation =
        ClientKeys.of(Map.of("alice", aliceKey), Map.of("bob", Set.of("alice")));
    assertThat(ZONE.verifier().verify(proof, withDelegation).problems()).isEmpty();
  }

  @Test
  void aRollbackProofOfARequestSignedByAnIdentityUnknownToTheMeshVerifies() {
    ProofDraft draft = draftSignedBy("mallory", "req-11");
    Proof proof = ZONE.proof(draft, Decision.ROLLBACK);

    assertThat(ZONE.verifier().verify(proof, ZONE.clientKeys).problems()).isEmpty();
    assertThat(ZONE.verifier().verify(proof, ClientKeys.of(Map.of())).valid()).isTrue();
  }

  @Test
  void aRollbackProofWhoseVotesWereTamperedWithFails() {
    ProofDraft draft = draftSignedBy("mallory", "req-12");
    Proof honest = ZONE.proof(draft, Decision.ROLLBACK);
    List<Vote> tampered = new ArrayList<>();
    for (Vote vote : honest.votes()) {
      tampered.add(
          vote.voter().equals(ZONE.signer(2).node())
              ? new Vote(
                  vote.requestId(),
                  vote.entity(),
                  vote.voter(),
                  vote.decision(),
                  Optional.of(new RollbackReason(2604, "Contention", "another reason")),
                  vote.previousProofHash(),
                  vote.changeDigest(),
                  vote.iov42Seal(),
                  vote.signature())
              : vote);
    }
    Proof forged = ZONE.sign(draft, tampered);

    assertThat(forged.outcome()).isEqualTo(Decision.ROLLBACK);
    assertThat(ZONE.verifier().verify(forged, ClientKeys.of(Map.of())).problems())
        .containsExactly("vote of node3 on asset:a: the signature does not verify");
  }

  @Test
  void aRollbackProofWithoutARollbackMajorityFails() {
    ProofDraft draft = draftSignedBy("mallory", "req-13");
    EntityLink link = draft.links().get(0);
    Proof honest = ZONE.proof(draft, Decision.ROLLBACK);
    Proof oneVote =
        new Proof(
            honest.requestId(),
            0,
            honest.coordinator(),
            honest.requestBody(),
            honest.clientSignatures(),
            honest.links(),
            List.of(ZONE.vote(0, draft, link, Decision.ROLLBACK)),
            Decision.ROLLBACK,
            NodeSignature.unsigned());
    oneVote = oneVote.withSignature(ZONE.signer(0).sign(oneVote.signingBytes()));

    assertThat(ZONE.verifier().verify(oneVote, ClientKeys.of(Map.of())).problems())
        .containsExactly("the votes give no majority, the proof says ROLLBACK");
  }

  @Test
  void aCommitProofWithAClientSignatureThatCannotBeVerifiedFails() {
    Proof unknownSigner = ZONE.proof(draftSignedBy("mallory", "req-14"), Decision.COMMIT);
    assertThat(ZONE.verifier().verify(unknownSigner, ZONE.clientKeys).problems())
        .containsExactly(
            "authorisation of mallory (signed by mallory): no public key known for mallory");

    ProofDraft draft = draftSignedBy(TestZone.CLIENT, "req-15");
    Proof wrongKey = ZONE.proof(draft, Decision.COMMIT);
    assertThat(ZONE.verifier().verify(wrongKey, ZONE.clientKeys).problems())
        .containsExactly(
            "authorisation of alice (signed by alice): the signature does not verify over the"
                + " request body");
  }

  /** A draft whose body is signed with a fresh key, not the one {@code ZONE} knows. */
  private static ProofDraft draftSignedBy(String identityId, String requestId) {
    ProofDraft own = ZONE.draft(requestId, List.of(TestZone.link("asset:a", PREVIOUS)));
    KeyPair key = Signatures.generateKeyPair(SignatureAlgorithm.P256_SHA256);
    String signature =
        Base64Url.encode(
            Signatures.sign(
                SignatureAlgorithm.P256_SHA256, key.getPrivate(), own.requestBody().toArray()));
    return new ProofDraft(
        own.requestId(),
        own.round(),
        own.requestBody(),
        List.of(new ClientSignature(identityId, "SHA256WithECDSA", signature, Optional.empty())),
        own.links());
  }

  private static List<Vote> batchSignedVotes(ProofDraft draft) {
    List<Vote> votes = new ArrayList<>();
    for (int node = 0; node < 3; node++) {
      List<Vote> unsigned = new ArrayList<>();
      for (EntityLink link : draft.links()) {
        unsigned.add(ZONE.vote(node, draft, link, Decision.COMMIT));
      }
      // two votes in each batch, so every path has a step
      unsigned.add(
          ZONE.vote(
              node,
              ZONE.draft("other-" + node, draft.links()),
              draft.links().get(0),
              Decision.COMMIT));
      List<NodeSignature> signatures =
          ZONE.signer(node).signBatch(unsigned.stream().map(Vote::signingBytes).toList());
      for (int i = 0; i < draft.links().size(); i++) {
        votes.add(unsigned.get(i).withSignature(signatures.get(i)));
      }
    }
    return votes;
  }

  private static void assertEveryFlipDetected(Proof proof) {
    assertThat(ZONE.verifier().verify(proof, ZONE.clientKeys).problems()).isEmpty();
    byte[] encoded = proof.encode();
    for (int i = 0; i < encoded.length; i++) {
      byte[] flipped = encoded.clone();
      flipped[i] ^= 0x01;
      assertThat(proofStillValid(flipped)).as("flip of byte %d of %d", i, encoded.length).isFalse();
    }
  }

  private static boolean proofStillValid(byte[] encoded) {
    try {
      return ZONE.verifier().verify(Proof.decode(encoded), ZONE.clientKeys).valid();
    } catch (MessageDecodingException e) {
      return false;
    }
  }

  private static boolean voteStillValid(byte[] encoded) {
    try {
      Vote vote = Vote.decode(encoded);
      return NodeSignatures.verify(
          ZONE.membership.keyOf(vote.voter()).orElseThrow(), vote.signingBytes(), vote.signature());
    } catch (MessageDecodingException | java.util.NoSuchElementException e) {
      return false;
    }
  }
}
