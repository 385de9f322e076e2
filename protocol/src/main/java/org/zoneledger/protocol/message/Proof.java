package org.zoneledger.protocol.message;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.zoneledger.protocol.crypto.Hashes;

/**
 * The coordinator's signed record of a decided request: the raw request body and its client
 * authorisations, one {@link EntityLink} per entity (in the order the coordinator split the
 * request), every vote it received, and the outcome. Its {@link #hash()} is what the next request
 * on each of its entities names as {@code previousProofHash}.
 */
public record Proof(
    RequestId requestId,
    int round,
    NodeId coordinator,
    Bytes requestBody,
    List<ClientSignature> clientSignatures,
    List<EntityLink> links,
    List<Vote> votes,
    Decision outcome,
    NodeSignature signature) {
  public Proof {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(coordinator, "coordinator");
    Objects.requireNonNull(requestBody, "requestBody");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(signature, "signature");
    clientSignatures = List.copyOf(clientSignatures);
    links = List.copyOf(links);
    votes = List.copyOf(votes);
    if (round < 0) {
      throw new IllegalArgumentException("round must not be negative");
    }
    checkEntities(requestId, links, votes);
  }

  private static void checkEntities(RequestId requestId, List<EntityLink> links, List<Vote> votes) {
    if (links.isEmpty()) {
      throw new IllegalArgumentException("a proof names at least one entity");
    }
    Set<EntityKey> entities = new HashSet<>();
    for (EntityLink link : links) {
      if (!entities.add(link.entity())) {
        throw new IllegalArgumentException("entity " + link.entity() + " is linked twice");
      }
    }
    for (Vote vote : votes) {
      if (!vote.requestId().equals(requestId) || !entities.contains(vote.entity())) {
        throw new IllegalArgumentException(
            "vote of "
                + vote.voter()
                + " is for "
                + vote.requestId()
                + "/"
                + vote.entity()
                + ", not an entity of this proof");
      }
    }
  }

  public Proof withSignature(NodeSignature newSignature) {
    return new Proof(
        requestId,
        round,
        coordinator,
        requestBody,
        clientSignatures,
        links,
        votes,
        outcome,
        newSignature);
  }

  /** SHA-256 of the full encoding, signature included: the proof's name in the proofmesh. */
  public Bytes hash() {
    return Bytes.of(Hashes.sha256(encode()));
  }

  /** The link of {@code entity}, if the proof names it. */
  public java.util.Optional<EntityLink> link(EntityKey entity) {
    return links.stream().filter(link -> link.entity().equals(entity)).findFirst();
  }

  /** The authorisation signature strings in header order (what the authentication signed). */
  public List<String> authorisationSignatures() {
    return clientSignatures.stream().map(ClientSignature::signature).toList();
  }

  /** The bytes the coordinator signs: the encoding without the signature. */
  public byte[] signingBytes() {
    return content().toByteArray();
  }

  public byte[] encode() {
    CanonicalWriter out = content();
    NodeSignature.write(out, signature);
    return out.toByteArray();
  }

  public static Proof decode(byte[] encoded) {
    CanonicalReader in = CanonicalReader.open(encoded, MessageType.PROOF);
    String requestId = in.string();
    int round = in.u32();
    String coordinator = in.string();
    Bytes body = in.bytes();
    List<ClientSignature> clientSignatures = in.list(ClientSignature::read);
    List<EntityLink> links = in.list(EntityLink::read);
    List<Vote> votes = in.list(Vote::readNested);
    Decision outcome = in.enumByte(Decision.class);
    NodeSignature signature = NodeSignature.read(in);
    in.end();
    return CanonicalReader.field(
        "proof",
        () ->
            new Proof(
                new RequestId(requestId),
                round,
                new NodeId(coordinator),
                body,
                clientSignatures,
                links,
                votes,
                outcome,
                signature));
  }

  private CanonicalWriter content() {
    return CanonicalWriter.start(MessageType.PROOF)
        .string(requestId.value())
        .u32(round)
        .string(coordinator.value())
        .bytes(requestBody)
        .list(clientSignatures, ClientSignature::write)
        .list(links, EntityLink::write)
        .list(votes, Vote::write)
        .enumByte(outcome);
  }
}
