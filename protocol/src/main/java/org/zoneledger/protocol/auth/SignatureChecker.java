package org.zoneledger.protocol.auth;

import java.util.List;
import org.zoneledger.protocol.crypto.Base64Url;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;
import org.zoneledger.protocol.request.PublicCredentials;

/**
 * Checks one signature object against the signer's keys, in the order: protocol id known and
 * allowed, signer known, delegation registered, a key of that protocol id, signature valid. Each
 * failure is a distinct {@link ErrorCode} with a message naming who and what. Thread-safe.
 */
final class SignatureChecker {
  private final IdentityDirectory directory;
  private final VerificationMode mode;
  private final SignatureCache cache;

  SignatureChecker(IdentityDirectory directory, VerificationMode mode, SignatureCache cache) {
    this.directory = directory;
    this.mode = mode;
    this.cache = cache;
  }

  /** The algorithm of a wire protocol id, if this mode allows it. */
  SignatureAlgorithm algorithm(String protocolId) {
    SignatureAlgorithm algorithm = SignatureAlgorithm.fromProtocolId(protocolId);
    if (!mode.accepts(algorithm)) {
      throw new ProtocolException(
          ErrorCode.UNSUPPORTED_PROTOCOL,
          "protocolId " + protocolId + " is only accepted on native paths, not on the iov42 API");
    }
    return algorithm;
  }

  /**
   * Verifies {@code entry} over {@code data}.
   *
   * @param what what was signed, for messages ("the authorisation", "the authentication")
   * @param signerKeys the keys of {@code entry.signer()}; empty when the signer is unknown
   * @param failure the code of a signature that does not verify
   * @return the credentials that verified
   */
  PublicCredentials check(
      SignatureEntry entry,
      byte[] data,
      String what,
      List<PublicCredentials> signerKeys,
      ErrorCode failure) {
    SignatureAlgorithm algorithm = algorithm(entry.protocolId());
    if (signerKeys.isEmpty()) {
      throw new ProtocolException(
          ErrorCode.UNKNOWN_SIGNER,
          "The identity '" + entry.signer() + "' that signed " + what + " is not registered");
    }
    if (entry.isDelegated()
        && !directory.isDelegate(entry.identityId(), entry.delegateIdentityId())) {
      throw new ProtocolException(
          ErrorCode.DELEGATE_NOT_REGISTERED,
          "'"
              + entry.delegateIdentityId()
              + "' signed "
              + what
              + " on behalf of '"
              + entry.identityId()
              + "' but is not a registered delegate of '"
              + entry.identityId()
              + "'");
    }
    List<PublicCredentials> candidates =
        signerKeys.stream().filter(k -> k.protocolId().equals(entry.protocolId())).toList();
    if (candidates.isEmpty()) {
      throw new ProtocolException(
          ErrorCode.PROTOCOL_MISMATCH,
          what.substring(0, 1).toUpperCase()
              + what.substring(1)
              + " by "
              + entry.describe()
              + " names protocolId "
              + entry.protocolId()
              + " but the key of '"
              + entry.signer()
              + "' is registered for "
              + signerKeys.get(0).protocolId());
    }
    byte[] signature = decodeSignature(entry, what);
    for (PublicCredentials credentials : candidates) {
      if (cache.verifies(algorithm, credentials, data, signature)) {
        return credentials;
      }
    }
    throw new ProtocolException(
        failure,
        "The signature of "
            + what
            + " by "
            + entry.describe()
            + " cannot be verified with the public credentials of identity '"
            + entry.signer()
            + "'");
  }

  /** The checks of {@link #check} that need no key: protocol id accepted, signature base64url. */
  void requireWellFormed(SignatureEntry entry, String what) {
    algorithm(entry.protocolId());
    decodeSignature(entry, what);
  }

  /** Whether {@code signature} over {@code data} verifies with {@code credentials}; cached. */
  boolean verifies(
      SignatureAlgorithm algorithm, PublicCredentials credentials, byte[] data, byte[] signature) {
    return cache.verifies(algorithm, credentials, data, signature);
  }

  List<PublicCredentials> registeredKeys(String identityId) {
    return directory.credentials(identityId);
  }

  /** Decodes a body-supplied key, so a bad one is rejected before anything else. */
  void requireUsable(PublicCredentials credentials) {
    cache.decode(algorithm(credentials.protocolId()), credentials);
  }

  private static byte[] decodeSignature(SignatureEntry entry, String what) {
    try {
      return Base64Url.decode(entry.signature());
    } catch (ProtocolException e) {
      throw new ProtocolException(
          ErrorCode.MALFORMED_HEADER,
          "The signature of " + what + " by " + entry.describe() + " is not base64url");
    }
  }
}
