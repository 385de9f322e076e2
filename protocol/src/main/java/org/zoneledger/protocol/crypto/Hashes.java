package org.zoneledger.protocol.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 over the concatenation of byte arrays. */
public final class Hashes {
  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(Hashes::newSha256);

  private Hashes() {}

  /** SHA-256 of {@code parts[0] || parts[1] || …}. */
  public static byte[] sha256(byte[]... parts) {
    MessageDigest digest = SHA256.get();
    digest.reset();
    for (byte[] part : parts) {
      digest.update(part);
    }
    return digest.digest();
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is mandatory on every Java platform", e);
    }
  }
}
