package org.zoneledger.protocol.proof.iov42;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zoneledger.protocol.crypto.Base64Url;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.ClientSignature;
import org.zoneledger.protocol.message.EntityLink;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.message.Proof;
import org.zoneledger.protocol.message.RequestId;
import org.zoneledger.protocol.message.Vote;
import org.zoneledger.protocol.proof.ClientKeys;
import org.zoneledger.protocol.proof.NodeSigner;
import org.zoneledger.protocol.request.PublicCredentials;
import org.zoneledger.protocol.zone.ZoneDescriptor;
import org.zoneledger.protocol.zone.ZoneNode;

/**
 * Renders a proof in the layout recommended by spec §7, so that the TypeScript SDK's {@code
 * validateProof} finds every seal valid:
 *
 * <ul>
 *   <li>a {@code Root} node, without payload or links;
 *   <li>an {@code Authorisation} node ({@code id = <requestId>:authorisation}) whose payload is the
 *       raw request body and which has one link per client authorisation, in header order, with a
 *       target of {@code _type Root} without id and one seal: the signing identity (the delegate
 *       when delegated) and the client's signature text as received — so the SDK verifies it over
 *       the payload alone;
 *   <li>one {@code Vote} node per voting zone node ({@code id = <requestId>:vote:<nodeId>}),
 *       payload the requestId, one link to the Authorisation node sealed with the vote's {@link
 *       Vote#iov42Seal()} — the node's signature over {@code requestId;sig1;…;sigN}, which is the
 *       SDK's verification text;
 *   <li>{@code signatories}: every sealing identity with its key as registered, every voting node
 *       with its descriptor key ({@code SHA256WithECDSA});
 *   <li>{@code parentFingerprints}: for each entity's previous proof whose requestId {@code
 *       parents} knows, that requestId and a seal of the serving node over {@code
 *       <parentRequestId>;<base64url parent proof hash>}.
 * </ul>
 *
 * A client authorisation made with a native-only protocol (Ed25519) is shown as it is: such
 * requests only come through native paths, whose clients are not iov42 SDKs.
 */
public final class Iov42ProofRenderer {
  private static final String ECDSA = SignatureAlgorithm.P256_SHA256.protocolId();
  private final ZoneDescriptor zone;
  private final NodeSigner servingNode;

  public Iov42ProofRenderer(ZoneDescriptor zone, NodeSigner servingNode) {
    this.zone = zone;
    this.servingNode = servingNode;
  }

  /** Finds the requestId of an earlier proof by its hash. */
  @FunctionalInterface
  public interface ParentRequests {
    Optional<RequestId> requestIdOf(Bytes proofHash);
  }

  /**
   * @throws IllegalArgumentException when {@code clientKeys} lacks a signer's key or a voter is not
   *     in the zone descriptor
   */
  public Iov42ProofView render(Proof proof, ClientKeys clientKeys, ParentRequests parents) {
    String requestId = proof.requestId().value();
    Iov42ProofView.Ref authorisation =
        new Iov42ProofView.Ref("Authorisation", requestId + ":authorisation");
    List<Iov42ProofView.Node> nodes = new ArrayList<>();
    nodes.add(
        new Iov42ProofView.Node(
            new Iov42ProofView.Ref("Root", requestId + ":root"), null, List.of()));
    Map<String, Iov42ProofView.Credentials> signatories = new LinkedHashMap<>();
    List<Iov42ProofView.Link> authorisationLinks = new ArrayList<>();
    for (ClientSignature signature : proof.clientSignatures()) {
      Iov42ProofView.Seal seal =
          new Iov42ProofView.Seal(
              signature.signer(), signature.protocolId(), signature.signature());
      authorisationLinks.add(
          new Iov42ProofView.Link(new Iov42ProofView.Ref("Root", null), List.of(seal)));
      signatories.computeIfAbsent(signature.signer(), id -> clientCredentials(clientKeys, id));
    }
    String body = new String(proof.requestBody().toArray(), StandardCharsets.UTF_8);
    nodes.add(new Iov42ProofView.Node(authorisation, body, authorisationLinks));
    Map<NodeId, Vote> firstVotes = new LinkedHashMap<>();
    proof.votes().forEach(vote -> firstVotes.putIfAbsent(vote.voter(), vote));
    for (Vote vote : firstVotes.values()) {
      String node = vote.voter().value();
      Iov42ProofView.Seal seal =
          new Iov42ProofView.Seal(node, ECDSA, vote.iov42Seal().toBase64Url());
      nodes.add(
          new Iov42ProofView.Node(
              new Iov42ProofView.Ref("Vote", requestId + ":vote:" + node),
              requestId,
              List.of(new Iov42ProofView.Link(authorisation, List.of(seal)))));
      signatories.put(node, new Iov42ProofView.Credentials(nodeKey(vote.voter()), ECDSA));
    }
    return new Iov42ProofView(
        requestId,
        new Iov42ProofView.Graph(nodes),
        signatories.entrySet().stream()
            .map(e -> new Iov42ProofView.Signatory(e.getKey(), e.getValue()))
            .toList(),
        parentFingerprints(proof, parents));
  }

  private List<Iov42ProofView.ParentFingerprint> parentFingerprints(
      Proof proof, ParentRequests parents) {
    List<Iov42ProofView.ParentFingerprint> fingerprints = new ArrayList<>();
    for (EntityLink link : proof.links()) {
      if (link.previousProofHash().isEmpty()) {
        continue;
      }
      Bytes hash = link.previousProofHash().get();
      parents
          .requestIdOf(hash)
          .ifPresent(
              parent -> {
                String text = parent.value() + ";" + hash.toBase64Url();
                byte[] signature = servingNode.raw(text.getBytes(StandardCharsets.UTF_8));
                fingerprints.add(
                    new Iov42ProofView.ParentFingerprint(
                        parent.value(),
                        new Iov42ProofView.Seal(
                            servingNode.node().value(), ECDSA, Base64Url.encode(signature))));
              });
    }
    return fingerprints;
  }

  private static Iov42ProofView.Credentials clientCredentials(ClientKeys keys, String identity) {
    PublicCredentials credentials =
        keys.credentialsOf(identity)
            .orElseThrow(() -> new IllegalArgumentException("no public key known for " + identity));
    return new Iov42ProofView.Credentials(credentials.key(), credentials.protocolId());
  }

  private String nodeKey(NodeId node) {
    return zone.nodes().stream()
        .filter(n -> n.id().equals(node))
        .map(ZoneNode::publicKey)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(node + " is not in the zone descriptor"));
  }
}
