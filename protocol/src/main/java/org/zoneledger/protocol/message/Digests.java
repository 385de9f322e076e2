package org.zoneledger.protocol.message;

/** Checks for the 32-byte SHA-256 values carried by messages. */
final class Digests {
  static final int LENGTH = 32;

  private Digests() {}

  static Bytes check(String what, Bytes digest) {
    if (digest.length() != LENGTH) {
      throw new IllegalArgumentException(
          what + " must be a 32-byte SHA-256 digest, got " + digest.length() + " bytes");
    }
    return digest;
  }
}
