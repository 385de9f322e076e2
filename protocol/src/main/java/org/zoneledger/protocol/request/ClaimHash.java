package org.zoneledger.protocol.request;

import static java.nio.charset.StandardCharsets.UTF_8;

import org.zoneledger.protocol.crypto.Base64Url;
import org.zoneledger.protocol.crypto.Hashes;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;

/** Claim hashes (spec §2.3): base64url, unpadded, of SHA-256 over the UTF-8 plaintext. */
public final class ClaimHash {
  /** Length of every claim hash. */
  public static final int LENGTH = 43;

  private ClaimHash() {}

  /** The on-ledger hash of a plaintext claim. */
  public static String of(String plaintext) {
    return Base64Url.encode(Hashes.sha256(plaintext.getBytes(UTF_8)));
  }

  /** Whether {@code hash} has the shape of a claim hash (43 base64url characters). */
  public static boolean isWellFormed(String hash) {
    return hash != null
        && hash.length() == LENGTH
        && Ids.isValid(hash)
        && hash.indexOf('.') < 0
        && hash.indexOf('~') < 0;
  }

  /**
   * Returns {@code hash} when well formed.
   *
   * @throws ProtocolException with {@link ErrorCode#INVALID_FIELD} otherwise
   */
  public static String require(String hash) {
    if (!isWellFormed(hash)) {
      throw new ProtocolException(
          ErrorCode.INVALID_FIELD,
          "A claim hash must be 43 base64url characters (SHA-256 of the claim) but was '"
              + hash
              + "'");
    }
    return hash;
  }

  /**
   * Checks that {@code plaintext} hashes to {@code hash}.
   *
   * @throws ProtocolException with {@link ErrorCode#CLAIM_HASH_MISMATCH} otherwise
   */
  public static void requireMatch(String hash, String plaintext) {
    if (!of(plaintext).equals(hash)) {
      throw new ProtocolException(
          ErrorCode.CLAIM_HASH_MISMATCH,
          "The plaintext given in X-IOV42-Claims for claim "
              + hash
              + " does not hash to it (expected base64url(SHA-256(plaintext)))");
    }
  }
}
