package org.zoneledger.protocol.proof;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.zoneledger.protocol.request.PublicCredentials;
import org.zoneledger.protocol.zone.ProtocolParameters;
import org.zoneledger.protocol.zone.ZoneDescriptor;
import org.zoneledger.protocol.zone.ZoneMembership;
import org.zoneledger.protocol.zone.ZoneNode;

/** A zone of N nodes with fresh P-256 keys and one client, for tests and the benchmark. */
public final class TestZone {
  public static final String CLIENT = "alice";

  public final ZoneDescriptor descriptor;
  public final ZoneMembership membership;
  public final List<NodeSigner> signers;
  public final KeyPair clientKey;
  public final ClientKeys clientKeys;

  private TestZone(int size) {
    List<ZoneNode> nodes = new ArrayList<>();
    List<NodeSigner> nodeSigners = new ArrayList<>();
    for (int i = 1; i <= size; i++) {
      KeyPair pair = Signatures.generateKeyPair(SignatureAlgorithm.P256_SHA256);
      NodeId id = new NodeId("node" + i);
      nodes.add(
          new ZoneNode(
              id,
              Base64Url.encode(pair.getPublic().getEncoded()),
              "http://127.0.0.1:" + (8080 + i)));
      nodeSigners.add(new NodeSigner(id, pair.getPrivate()));
    }
    descriptor = new ZoneDescriptor("test", nodes, "zone.test", ProtocolParameters.DEFAULTS);
    membership = descriptor.membership();
    signers = List.copyOf(nodeSigners);
    clientKey = Signatures.generateKeyPair(SignatureAlgorithm.P256_SHA256);
    clientKeys =
        ClientKeys.of(
            Map.of(
                CLIENT,
                new PublicCredentials(
                    Base64Url.encode(clientKey.getPublic().getEncoded()), "SHA256WithECDSA")));
  }

  public static TestZone of(int size) {
    return new TestZone(size);
  }

  public NodeSigner signer(int index) {
    return signers.get(index);
  }

  public List<NodeId> members() {
    return membership.members();
  }

  /** A request body signed by the client, with its link(s) for {@code entities}. */
  public ProofDraft draft(String requestId, List<EntityLink> links) {
    byte[] body =
        ("{\"_type\":\"TransfersRequest\",\"requestId\":\"" + requestId + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    String signature =
        Base64Url.encode(
            Signatures.sign(SignatureAlgorithm.P256_SHA256, clientKey.getPrivate(), body));
    return new ProofDraft(
        new RequestId(requestId),
        0,
        Bytes.of(body),
        List.of(new ClientSignature(CLIENT, "SHA256WithECDSA", signature, Optional.empty())),
        links);
  }

  public static EntityLink link(String entity, Optional<Bytes> previous) {
    return new EntityLink(
        new EntityKey(entity),
        EntityKind.ASSET,
        previous,
        Bytes.of(Hashes.sha256(entity.getBytes())));
  }

  /** The signed vote of node {@code index} on one entity of the draft, agreeing with its link. */
  public Vote vote(int index, ProofDraft draft, EntityLink link, Decision decision) {
    NodeSigner signer = signer(index);
    Vote unsigned =
        new Vote(
            draft.requestId(),
            link.entity(),
            signer.node(),
            decision,
            decision == Decision.ROLLBACK
                ? Optional.of(new RollbackReason(2604, "Contention", "the account is busy"))
                : Optional.empty(),
            link.previousProofHash(),
            link.changeDigest(),
            Bytes.of(signer.raw(iov42Text(draft))),
            NodeSignature.unsigned());
    return unsigned.withSignature(signer.sign(unsigned.signingBytes()));
  }

  /** Every node votes {@code decision} on every entity; the coordinator (node 0) signs. */
  public Proof proof(ProofDraft draft, Decision decision) {
    List<Vote> votes = new ArrayList<>();
    for (EntityLink link : draft.links()) {
      for (int i = 0; i < signers.size(); i++) {
        votes.add(vote(i, draft, link, decision));
      }
    }
    return sign(draft, votes);
  }

  public Proof sign(ProofDraft draft, Collection<Vote> votes) {
    return ProofAssembler.assembleAndSign(draft, signer(0), members(), votes).orElseThrow();
  }

  public ProofVerifier verifier() {
    return new ProofVerifier(membership);
  }

  private static byte[] iov42Text(ProofDraft draft) {
    return Vote.iov42SealText(
        draft.requestId(),
        draft.clientSignatures().stream().map(ClientSignature::signature).toList());
  }
}
