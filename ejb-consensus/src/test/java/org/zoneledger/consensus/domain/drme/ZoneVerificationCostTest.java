package org.zoneledger.consensus.domain.drme;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
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
import org.zoneledger.protocol.message.Vote;
import org.zoneledger.protocol.proof.NodeSigner;
import org.zoneledger.protocol.proof.ProofAssembler;
import org.zoneledger.protocol.proof.ProofDraft;
import org.zoneledger.protocol.zone.ZoneMembership;

/**
 * How many P-256 verifications a node pays for one 3-entity request in a 3-node zone. Before: seals
 * signed with a random nonce (each of a voter's 3 seals different) and one verifier per consumer
 * thread; now: deterministic seals and one verifier per node. Each vote is signed on its own, as
 * when the request's entities sit in different entity-log partitions (different batches).
 */
class ZoneVerificationCostTest {
  private static final int ENTITIES = 3;
  private static final int VOTES = 9;

  private final List<NodeId> members = new ArrayList<>();
  private final List<NodeSigner> signers = new ArrayList<>();
  private final Map<NodeId, PublicKey> keys = new HashMap<>();
  private final ZoneMembership zone;
  private final AtomicInteger checks = new AtomicInteger();

  ZoneVerificationCostTest() {
    for (int i = 1; i <= 3; i++) {
      NodeId id = new NodeId("node" + i);
      KeyPair pair = Signatures.generateKeyPair(SignatureAlgorithm.P256_SHA256);
      members.add(id);
      keys.put(id, pair.getPublic());
      signers.add(new NodeSigner(id, pair.getPrivate()));
    }
    zone = new ZoneMembership(members, keys);
  }

  @Test
  void aProofOfNineVotesFromThreeVotersCostsThreeSealVerificationsInsteadOfNine() {
    Proof deterministic = proof("r-det", false);
    Proof randomized = proof("r-rnd", true);

    assertThat(counting().proofProblems(deterministic)).isEmpty();
    int now = checks.getAndSet(0);
    assertThat(counting().proofProblems(randomized)).isEmpty();
    int before = checks.getAndSet(0);

    // 1 coordinator signature + 9 vote signatures + 3 seals (one per voter), against 9 seals.
    assertThat(now).isEqualTo(1 + VOTES + 3);
    assertThat(before).isEqualTo(1 + VOTES + VOTES);
  }

  @Test
  void aValidatorThreadVerifiesNothingTheCoordinatorThreadOfItsNodeAlreadyVerified() {
    Proof deterministic = proof("r-shared", false);
    ProtocolZoneVerifier shared = counting();

    coordinatorThenValidator(deterministic, shared, shared);
    int now = checks.getAndSet(0);
    coordinatorThenValidator(proof("r-per-thread", true), counting(), counting());
    int before = checks.getAndSet(0);

    // Now: the coordinator's thread checks 9 votes and 3 seals, the validator's thread only the
    // proof's own signature. Before: 9 + 9 on one thread, then 1 + 9 + 9 again on the other.
    assertThat(now).isEqualTo(VOTES + 3 + 1);
    assertThat(before).isEqualTo(2 * VOTES + 1 + 2 * VOTES);
  }

  @Test
  void everyVoteOfOneNodeOnARequestInASimulatedZoneCarriesTheSameSeal() {
    SimulatedZone sim = simulatedZone();
    sim.submit(TestClients.mint("mint-a", "acc-a", 100));
    sim.submit(TestClients.mint("mint-b", "acc-b", 100));
    sim.submit(TestClients.mint("mint-c", "acc-c", 1));
    sim.runUntilQuiet(Duration.ofMinutes(5));
    sim.submit(
        TestClients.transfers(
            "swap",
            List.of(
                TestClients.item("acc-a", "acc-c", 40), TestClients.item("acc-b", "acc-c", 50))));
    sim.runUntilQuiet(Duration.ofMinutes(5));

    Proof proof = sim.decided(members.get(0), new RequestId("swap")).orElseThrow().proof();
    assertThat(proof.links()).hasSizeGreaterThanOrEqualTo(ENTITIES);
    Map<NodeId, List<Bytes>> seals =
        proof.votes().stream()
            .collect(
                Collectors.groupingBy(
                    Vote::voter, Collectors.mapping(Vote::iov42Seal, Collectors.toList())));
    assertThat(proof.votes()).hasSizeGreaterThan(seals.size());
    assertThat(seals.values())
        .allSatisfy(ofOneVoter -> assertThat(ofOneVoter).containsOnly(ofOneVoter.get(0)));
  }

  private SimulatedZone simulatedZone() {
    Map<NodeId, NodeCrypto> crypto = new HashMap<>();
    signers.forEach(signer -> crypto.put(signer.node(), new ProtocolNodeCrypto(signer)));
    ProtocolZoneVerifier verifier = new ProtocolZoneVerifier(zone, 100_000);
    return new SimulatedZone(
        new ZoneKeys(members, crypto, id -> verifier, zone), 4, 17, SimulatedZone.Options.DEFAULTS);
  }

  private ProtocolZoneVerifier counting() {
    return new ProtocolZoneVerifier(
        zone,
        1000,
        (key, data, signature) -> {
          checks.incrementAndGet();
          return Signatures.verify(SignatureAlgorithm.P256_SHA256, key, data, signature);
        });
  }

  /** {@code ProofBuilder.tryDecide} on the votes consumer, then the DECIDE on the entity log. */
  private static void coordinatorThenValidator(
      Proof proof, ZoneVerifier coordinatorThread, ZoneVerifier validatorThread) {
    byte[] sealText = Vote.iov42SealText(proof.requestId(), proof.authorisationSignatures());
    CompletableFuture.runAsync(
            () ->
                assertThat(proof.votes())
                    .allSatisfy(
                        vote -> assertThat(coordinatorThread.voteValid(vote, sealText)).isTrue()))
        .join();
    CompletableFuture.runAsync(() -> assertThat(validatorThread.proofProblems(proof)).isEmpty())
        .join();
  }

  /** Three voters' COMMIT votes on three entities, each vote signed on its own. */
  private Proof proof(String requestId, boolean randomizedSeals) {
    byte[] body = ("{\"requestId\":\"" + requestId + "\"}").getBytes(UTF_8);
    List<EntityLink> links = new ArrayList<>();
    for (int e = 0; e < ENTITIES; e++) {
      links.add(
          new EntityLink(
              new EntityKey("asset:acc-" + e),
              EntityKind.ASSET,
              Optional.empty(),
              Bytes.of(Hashes.sha256(("state " + e).getBytes(UTF_8)))));
    }
    ProofDraft draft =
        new ProofDraft(
            new RequestId(requestId),
            0,
            Bytes.of(body),
            List.of(new ClientSignature("alice", "SHA256WithECDSA", "c2ln", Optional.empty())),
            links);
    byte[] sealText =
        Vote.iov42SealText(
            draft.requestId(),
            draft.clientSignatures().stream().map(ClientSignature::signature).toList());
    List<Vote> votes = new ArrayList<>();
    for (EntityLink link : links) {
      for (NodeSigner signer : signers) {
        Bytes seal =
            Bytes.of(randomizedSeals ? randomized(signer.key(), sealText) : signer.raw(sealText));
        Vote unsigned =
            new Vote(
                draft.requestId(),
                link.entity(),
                signer.node(),
                Decision.COMMIT,
                Optional.empty(),
                link.previousProofHash(),
                link.changeDigest(),
                seal,
                NodeSignature.unsigned());
        votes.add(unsigned.withSignature(signer.sign(unsigned.signingBytes())));
      }
    }
    return ProofAssembler.assembleAndSign(draft, signers.get(0), members, votes).orElseThrow();
  }

  /** A seal as nodes signed it before: ECDSA with a random nonce. */
  private static byte[] randomized(PrivateKey key, byte[] text) {
    try {
      Signature ecdsa = Signature.getInstance("SHA256withECDSA", Signatures.provider());
      ecdsa.initSign(key);
      ecdsa.update(text);
      return ecdsa.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
