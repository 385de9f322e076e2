package org.zoneledger.consensus.infrastructure.kafka;

import java.math.BigInteger;
import java.security.KeyPair;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zoneledger.protocol.auth.HeaderCodec;
import org.zoneledger.protocol.auth.Iov42Headers;
import org.zoneledger.protocol.auth.RequestSigning;
import org.zoneledger.protocol.auth.Signatory;
import org.zoneledger.protocol.auth.SignatureEntry;
import org.zoneledger.protocol.auth.SignedPut;
import org.zoneledger.protocol.auth.VerificationMode;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.crypto.Signatures;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.Decide;
import org.zoneledger.protocol.message.Decision;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.EntityKind;
import org.zoneledger.protocol.message.EntityLink;
import org.zoneledger.protocol.message.Entropy;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.message.NodeSignature;
import org.zoneledger.protocol.message.Prepare;
import org.zoneledger.protocol.message.Proof;
import org.zoneledger.protocol.message.RequestId;
import org.zoneledger.protocol.message.RollbackReason;
import org.zoneledger.protocol.message.Vote;
import org.zoneledger.protocol.request.AddQuantity;
import org.zoneledger.protocol.request.CreateClaims;
import org.zoneledger.protocol.request.EntityRef;
import org.zoneledger.protocol.request.LedgerRequest;
import org.zoneledger.protocol.request.PropertyOrder;

/** A client with a P-256 key, and messages of every kind. */
final class Fixture {
  static final NodeId NODE = new NodeId("node1");
  static final TopicNames TOPICS = TopicNames.of("zone.test");
  static final String CLAIM = "claim";
  static final String CLAIM_HASH = "3Rs8MSz32BYTA1RFLpYpzjk1WwxTQSndJqCM2aRQLt4";
  static final EntityKey ACCOUNT = new EntityKey("asset:eur:alice-eur");

  final KeyPair aliceKey = Signatures.generateKeyPair(SignatureAlgorithm.P256_SHA256);
  final Signatory alice =
      Signatory.of("alice", SignatureAlgorithm.P256_SHA256, aliceKey.getPrivate());

  ClientEnvelope mint(String requestId) {
    return envelope(
        new AddQuantity(requestId, "alice-eur", "eur", BigInteger.valueOf(100)), alice, null);
  }

  ClientEnvelope claims(String requestId) {
    return envelope(
        new CreateClaims(requestId, EntityRef.identity("alice"), List.of(CLAIM_HASH)),
        alice,
        RequestSigning.claimsHeader(Map.of(CLAIM_HASH, CLAIM)));
  }

  static ClientEnvelope envelope(LedgerRequest request, Signatory signer, String claimsHeader) {
    SignedPut put =
        RequestSigning.sign(request, PropertyOrder.JAVA_SDK, List.of(signer), signer, claimsHeader);
    return new ClientEnvelope(
        new RequestId(request.requestId()),
        Bytes.of(put.body()),
        put.headers(),
        VerificationMode.IOV42,
        NODE,
        1_700_000_000_000L);
  }

  /** A mint signed by an identity no ledger holds. */
  static ClientEnvelope envelopeOfAStranger(String requestId) {
    KeyPair key = Signatures.generateKeyPair(SignatureAlgorithm.P256_SHA256);
    Signatory stranger = Signatory.of("mallory", SignatureAlgorithm.P256_SHA256, key.getPrivate());
    return envelope(
        new AddQuantity(requestId, "alice-eur", "eur", BigInteger.valueOf(100)), stranger, null);
  }

  /** The envelope with its (single) authorisation's signature text replaced. */
  static ClientEnvelope withAuthorisationSignature(ClientEnvelope envelope, String signature) {
    SignatureEntry original =
        HeaderCodec.authorisations(envelope.headers().authorisations()).get(0);
    SignatureEntry replaced =
        new SignatureEntry(
            original.identityId(), original.protocolId(), signature, original.delegateIdentityId());
    return new ClientEnvelope(
        envelope.requestId(),
        envelope.body(),
        new Iov42Headers(
            HeaderCodec.encodeAuthorisations(List.of(replaced)),
            envelope.headers().authentication(),
            envelope.headers().claims()),
        envelope.mode(),
        envelope.receivedBy(),
        envelope.receivedAt());
  }

  /** The envelope with one body byte changed, so its authorisation no longer verifies. */
  static ClientEnvelope tampered(ClientEnvelope envelope) {
    byte[] body = envelope.body().toArray();
    String text = new String(body, java.nio.charset.StandardCharsets.UTF_8).replace("100", "900");
    return new ClientEnvelope(
        envelope.requestId(),
        Bytes.of(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        envelope.headers(),
        envelope.mode(),
        envelope.receivedBy(),
        envelope.receivedAt());
  }

  static Entropy entropy(int partition, long sequence) {
    byte[] random = new byte[Entropy.RANDOM_LENGTH];
    Arrays.fill(random, (byte) 7);
    return new Entropy(NODE, partition, sequence, Bytes.of(random), signature());
  }

  static Prepare prepare(String requestId) {
    return new Prepare(
        new RequestId(requestId), ACCOUNT, EntityKind.ASSET, 0, NODE, digest(1), signature());
  }

  static Vote vote(String requestId, Decision decision) {
    return new Vote(
        new RequestId(requestId),
        ACCOUNT,
        NODE,
        decision,
        decision == Decision.ROLLBACK
            ? Optional.of(new RollbackReason(2901, "Balance", "not enough"))
            : Optional.empty(),
        Optional.of(digest(2)),
        digest(1),
        Bytes.of(new byte[] {9, 9}),
        signature());
  }

  static Decide decide(String requestId) {
    Proof proof =
        new Proof(
            new RequestId(requestId),
            0,
            NODE,
            Bytes.of("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            List.of(),
            List.of(new EntityLink(ACCOUNT, EntityKind.ASSET, Optional.empty(), digest(1))),
            List.of(vote(requestId, Decision.COMMIT)),
            Decision.COMMIT,
            signature());
    return new Decide(ACCOUNT, proof);
  }

  static Bytes digest(int fill) {
    byte[] digest = new byte[32];
    Arrays.fill(digest, (byte) fill);
    return Bytes.of(digest);
  }

  static NodeSignature signature() {
    return new NodeSignature.Direct(Bytes.of(new byte[] {1, 2, 3}));
  }
}
