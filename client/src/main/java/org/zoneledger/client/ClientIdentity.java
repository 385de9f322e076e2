package org.zoneledger.client;

import java.security.KeyPair;
import java.util.Objects;
import org.zoneledger.protocol.auth.Signatory;
import org.zoneledger.protocol.crypto.Base64Url;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.crypto.Signatures;
import org.zoneledger.protocol.request.PublicCredentials;

/** An identity id with its key pair, as a client holds it. The private key never leaves here. */
public record ClientIdentity(String identityId, SignatureAlgorithm algorithm, KeyPair keys) {
  public ClientIdentity {
    Objects.requireNonNull(identityId);
    Objects.requireNonNull(algorithm);
    Objects.requireNonNull(keys);
  }

  /** A new identity with a fresh key pair (P-256, RSA-2048 or Ed25519). */
  public static ClientIdentity generate(String identityId, SignatureAlgorithm algorithm) {
    return new ClientIdentity(identityId, algorithm, Signatures.generateKeyPair(algorithm));
  }

  /** The public key as registered: base64url SPKI and protocol id. */
  public PublicCredentials credentials() {
    return new PublicCredentials(
        Base64Url.encode(keys.getPublic().getEncoded()), algorithm.protocolId());
  }

  /** This identity signing for itself. */
  public Signatory signatory() {
    return Signatory.of(identityId, algorithm, keys.getPrivate());
  }

  /** This identity signing as a delegate on behalf of {@code delegatorId}. */
  public Signatory onBehalfOf(String delegatorId) {
    return signatory().onBehalfOf(delegatorId);
  }
}
