package org.zoneledger.protocol.auth;

import org.zoneledger.protocol.crypto.SignatureAlgorithm;

/** Which client key algorithms a path accepts. */
public enum VerificationMode {
  /** iov42-compatible paths: {@code SHA256WithECDSA} and {@code SHA256WithRSA} only. */
  IOV42,
  /** Our native paths: additionally {@code Ed25519}. */
  NATIVE;

  public boolean accepts(SignatureAlgorithm algorithm) {
    return this == NATIVE || algorithm.isIov42();
  }
}
