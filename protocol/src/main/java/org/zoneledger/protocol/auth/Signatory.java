package org.zoneledger.protocol.auth;

import java.security.PrivateKey;
import java.util.Objects;
import org.zoneledger.protocol.crypto.Base64Url;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.crypto.Signatures;

/**
 * A party that signs as {@code identityId} with {@code privateKey}. When {@code delegateIdentityId}
 * is set, the key is that delegate's and the signature counts for {@code identityId} (spec §3.6).
 */
public record Signatory(
    String identityId,
    SignatureAlgorithm algorithm,
    PrivateKey privateKey,
    String delegateIdentityId) {
  public Signatory {
    Objects.requireNonNull(identityId);
    Objects.requireNonNull(algorithm);
    Objects.requireNonNull(privateKey);
  }

  /** The identity itself, signing with its own key. */
  public static Signatory of(String identityId, SignatureAlgorithm algorithm, PrivateKey key) {
    return new Signatory(identityId, algorithm, key, null);
  }

  /** This identity's key signing as a delegate on behalf of {@code delegatorId}. */
  public Signatory onBehalfOf(String delegatorId) {
    return new Signatory(delegatorId, algorithm, privateKey, signer());
  }

  /**
   * The key holder signing for itself: the delegate's own identity when this signatory is a
   * delegate, otherwise this signatory. (The TypeScript SDK authenticates every PUT this way.)
   */
  public Signatory asKeyHolder() {
    return delegateIdentityId == null
        ? this
        : Signatory.of(delegateIdentityId, algorithm, privateKey);
  }

  /** The identity whose key signs. */
  public String signer() {
    return delegateIdentityId != null ? delegateIdentityId : identityId;
  }

  /** The raw signature over {@code data}. */
  public byte[] signRaw(byte[] data) {
    return Signatures.sign(algorithm, privateKey, data);
  }

  /** The signature object over {@code data}, as it goes into a header. */
  public SignatureEntry sign(byte[] data) {
    return new SignatureEntry(
        identityId, algorithm.protocolId(), Base64Url.encode(signRaw(data)), delegateIdentityId);
  }
}
