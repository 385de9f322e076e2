package org.zoneledger.protocol.proof;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zoneledger.protocol.crypto.Base64Url;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.crypto.Signatures;
import org.zoneledger.protocol.error.ProtocolException;
import org.zoneledger.protocol.message.ClientSignature;
import org.zoneledger.protocol.message.Decision;
import org.zoneledger.protocol.message.Proof;
import org.zoneledger.protocol.message.Vote;
import org.zoneledger.protocol.request.PublicCredentials;
import org.zoneledger.protocol.zone.ZoneMembership;

/**
 * Verifies a proof with nothing but the zone's membership and the clients' public keys:
 *
 * <ol>
 *   <li>the coordinator is a member and signed the proof (directly or in a batch);
 *   <li>for a COMMIT proof, there is at least one client authorisation and each verifies over the
 *       raw request body with the signer's registered key and protocol; a delegated one needs a
 *       registered delegation (keys and delegations come from {@link ClientKeys}, whose contract
 *       says where a third party gets them);
 *   <li>every vote is from a member, carries a valid signature and a valid iov42 seal over {@code
 *       requestId;sig1;…} ({@link Vote#iov42SealText});
 *   <li>the votes, tallied by {@link VoteTally} against the proof's links, give the proof's
 *       outcome.
 * </ol>
 *
 * A ROLLBACK proof is valid without client authorisations that verify: a request is rolled back
 * precisely when its signer is unknown to the zone ({@code UNKNOWN_SIGNER}), its delegation is
 * missing or its signature forged, and the zone's decision to refuse it must still be verifiable.
 * Its votes still seal the client signature texts it carries, and a ROLLBACK changes no entity, so
 * no later proof links to it and no key or delegation is ever derived from it ({@link
 * EntityChain}).
 *
 * <p>Links to previous proofs are checked by {@link EntityHistoryVerifier}, which needs the proofs.
 */
public final class ProofVerifier {
  private final ZoneMembership zone;

  public ProofVerifier(ZoneMembership zone) {
    this.zone = zone;
  }

  public ProofVerification verify(Proof proof, ClientKeys clientKeys) {
    List<String> problems = new ArrayList<>();
    Optional<PublicKey> coordinatorKey = zone.keyOf(proof.coordinator());
    if (coordinatorKey.isEmpty()) {
      problems.add("coordinator " + proof.coordinator() + " is not a member of the zone");
    } else if (!NodeSignatures.verify(
        coordinatorKey.get(), proof.signingBytes(), proof.signature())) {
      problems.add("the coordinator's signature does not verify");
    }
    if (proof.outcome() == Decision.COMMIT) {
      problems.addAll(clientProblems(proof, clientKeys));
    }
    byte[] sealText = Vote.iov42SealText(proof.requestId(), proof.authorisationSignatures());
    for (Vote vote : proof.votes()) {
      voteProblem(vote, sealText).ifPresent(problems::add);
    }
    TallyResult tally = VoteTally.tally(zone.members(), proof.links(), proof.votes());
    if (!tally.outcome().equals(Optional.of(proof.outcome()))) {
      problems.add(
          "the votes give "
              + tally.outcome().map(Enum::name).orElse("no majority")
              + ", the proof says "
              + proof.outcome());
    }
    return new ProofVerification(problems);
  }

  private Optional<String> voteProblem(Vote vote, byte[] sealText) {
    Optional<PublicKey> key = zone.keyOf(vote.voter());
    String what = "vote of " + vote.voter() + " on " + vote.entity();
    if (key.isEmpty()) {
      return Optional.of(what + ": the voter is not a member of the zone");
    }
    if (!NodeSignatures.verify(key.get(), vote.signingBytes(), vote.signature())) {
      return Optional.of(what + ": the signature does not verify");
    }
    if (!Signatures.verify(
        SignatureAlgorithm.P256_SHA256, key.get(), sealText, vote.iov42Seal().toArray())) {
      return Optional.of(what + ": the iov42 seal does not verify");
    }
    return Optional.empty();
  }

  private static List<String> clientProblems(Proof proof, ClientKeys clientKeys) {
    List<String> problems = new ArrayList<>();
    if (proof.clientSignatures().isEmpty()) {
      problems.add("the proof carries no client authorisation");
    }
    byte[] body = proof.requestBody().toArray();
    for (ClientSignature signature : proof.clientSignatures()) {
      clientProblem(signature, body, clientKeys).ifPresent(problems::add);
    }
    return problems;
  }

  private static Optional<String> clientProblem(
      ClientSignature signature, byte[] body, ClientKeys clientKeys) {
    String what =
        "authorisation of " + signature.identityId() + " (signed by " + signature.signer() + ")";
    if (signature.delegateIdentityId().isPresent()
        && !clientKeys.isDelegate(signature.identityId(), signature.signer())) {
      return Optional.of(
          what
              + ": "
              + clientKeys.missingDelegationReason(signature.identityId(), signature.signer()));
    }
    Optional<PublicCredentials> credentials = clientKeys.credentialsOf(signature.signer());
    if (credentials.isEmpty()) {
      return Optional.of(what + ": " + clientKeys.missingKeyReason(signature.signer()));
    }
    if (!credentials.get().protocolId().equals(signature.protocolId())) {
      return Optional.of(
          what
              + ": protocolId "
              + signature.protocolId()
              + " is not the key's "
              + credentials.get().protocolId());
    }
    try {
      SignatureAlgorithm alg = SignatureAlgorithm.fromProtocolId(signature.protocolId());
      PublicKey key = Signatures.decodePublicKey(alg, Base64Url.decode(credentials.get().key()));
      if (!Signatures.verify(alg, key, body, Base64Url.decode(signature.signature()))) {
        return Optional.of(what + ": the signature does not verify over the request body");
      }
      return Optional.empty();
    } catch (ProtocolException e) {
      return Optional.of(what + ": " + e.getMessage());
    }
  }
}
