package org.zoneledger.protocol.message;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One node's vote on one entity of one request. A node signs exactly one vote per (request, entity)
 * and re-sends that same vote on redelivery; votes do not depend on the round.
 *
 * <p>{@code previousProofHash} is the hash of the proof that made the entity's current state
 * (absent when the request creates the entity); {@code changeDigest} the digest of the change the
 * node validated (the PREPARE's). {@code iov42Seal} is the node's direct signature over {@link
 * #iov42SealText}: it lets the iov42 proof view show a {@code Vote} seal that the TypeScript SDK
 * can check (spec §7) even when {@code signature} is a batch signature.
 */
public record Vote(
    RequestId requestId,
    EntityKey entity,
    NodeId voter,
    Decision decision,
    Optional<RollbackReason> reason,
    Optional<Bytes> previousProofHash,
    Bytes changeDigest,
    Bytes iov42Seal,
    NodeSignature signature) {
  public Vote {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(voter, "voter");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(iov42Seal, "iov42Seal");
    Objects.requireNonNull(signature, "signature");
    Digests.check("changeDigest", changeDigest);
    previousProofHash.ifPresent(hash -> Digests.check("previousProofHash", hash));
    if ((decision == Decision.ROLLBACK) != reason.isPresent()) {
      throw new IllegalArgumentException("a ROLLBACK vote needs a reason, a COMMIT vote has none");
    }
  }

  /**
   * The text a node signs for its iov42 {@code Vote} seal: {@code requestId}, then every
   * authorisation signature string of the request exactly as the client sent it, in header order,
   * all joined with {@code ;} — the TypeScript SDK's verification text for a {@code Vote} node
   * whose payload is the requestId (spec §7).
   */
  public static byte[] iov42SealText(RequestId requestId, List<String> authorisationSignatures) {
    StringBuilder text = new StringBuilder(requestId.value());
    authorisationSignatures.forEach(signature -> text.append(';').append(signature));
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  public Vote withSignature(NodeSignature newSignature) {
    return new Vote(
        requestId,
        entity,
        voter,
        decision,
        reason,
        previousProofHash,
        changeDigest,
        iov42Seal,
        newSignature);
  }

  /** The bytes the voter signs: the encoding without the signature. */
  public byte[] signingBytes() {
    return content().toByteArray();
  }

  public byte[] encode() {
    CanonicalWriter out = content();
    NodeSignature.write(out, signature);
    return out.toByteArray();
  }

  public static Vote decode(byte[] encoded) {
    CanonicalReader in = CanonicalReader.open(encoded, MessageType.VOTE);
    Vote vote = read(in);
    in.end();
    return vote;
  }

  static void write(CanonicalWriter out, Vote vote) {
    out.bytes(vote.encode());
  }

  /** Reads a vote nested in another message (a proof): its own full encoding, length-prefixed. */
  static Vote readNested(CanonicalReader in) {
    return decode(in.bytes().toArray());
  }

  private static Vote read(CanonicalReader in) {
    String requestId = in.string();
    String entity = in.string();
    String voter = in.string();
    Decision decision = in.enumByte(Decision.class);
    Optional<RollbackReason> reason = in.optional(RollbackReason::read);
    Optional<Bytes> previous = in.optional(r -> r.fixed(Digests.LENGTH));
    Bytes digest = in.fixed(Digests.LENGTH);
    Bytes seal = in.bytes();
    NodeSignature signature = NodeSignature.read(in);
    return CanonicalReader.field(
        "vote",
        () ->
            new Vote(
                new RequestId(requestId),
                new EntityKey(entity),
                new NodeId(voter),
                decision,
                reason,
                previous,
                digest,
                seal,
                signature));
  }

  private CanonicalWriter content() {
    return CanonicalWriter.start(MessageType.VOTE)
        .string(requestId.value())
        .string(entity.value())
        .string(voter.value())
        .enumByte(decision)
        .optional(reason, RollbackReason::write)
        .optional(previousProofHash, CanonicalWriter::fixed)
        .fixed(changeDigest)
        .bytes(iov42Seal);
  }
}
