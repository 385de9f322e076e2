package org.zoneledger.protocol.crypto;

import java.security.PublicKey;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;

/**
 * The signature schemes of the protocol, named on the wire by their {@code protocolId} (spec §2.1).
 * {@link #ED25519} is a native addition, never shown to iov42 clients.
 */
public enum SignatureAlgorithm {
  /** ECDSA over secp256r1 with SHA-256, DER signatures. */
  P256_SHA256("SHA256WithECDSA", "SHA256withECDSA", "EC"),
  /** RSASSA-PKCS1-v1_5 with SHA-256. */
  RSA_SHA256("SHA256WithRSA", "SHA256withRSA", "RSA"),
  /** EdDSA over edwards25519 (RFC 8032), native paths only. */
  ED25519("Ed25519", "Ed25519", "Ed25519");

  private final String protocolId;
  private final String jcaSignatureName;
  private final String keyAlgorithm;

  SignatureAlgorithm(String protocolId, String jcaSignatureName, String keyAlgorithm) {
    this.protocolId = protocolId;
    this.jcaSignatureName = jcaSignatureName;
    this.keyAlgorithm = keyAlgorithm;
  }

  /** The exact wire string, e.g. {@code SHA256WithECDSA}. */
  public String protocolId() {
    return protocolId;
  }

  /** The JCA signature algorithm name. */
  public String jcaSignatureName() {
    return jcaSignatureName;
  }

  /** The JCA key algorithm name ({@code EC}, {@code RSA}, {@code Ed25519}). */
  public String keyAlgorithm() {
    return keyAlgorithm;
  }

  /** True when {@code key} is a key of this algorithm's family. */
  public boolean accepts(PublicKey key) {
    String alg = key.getAlgorithm();
    return switch (this) {
      case P256_SHA256 -> alg.equals("EC") || alg.equals("ECDSA");
      case RSA_SHA256 -> alg.equals("RSA");
      case ED25519 -> alg.equals("Ed25519") || alg.equals("EdDSA");
    };
  }

  /** Whether iov42 clients know this protocol id (only those may appear on iov42 paths). */
  public boolean isIov42() {
    return this != ED25519;
  }

  /**
   * The algorithm with this exact {@code protocolId}.
   *
   * @throws ProtocolException with {@link ErrorCode#UNSUPPORTED_PROTOCOL} for any other string
   */
  public static SignatureAlgorithm fromProtocolId(String id) {
    for (SignatureAlgorithm alg : values()) {
      if (alg.protocolId.equals(id)) {
        return alg;
      }
    }
    throw new ProtocolException(
        ErrorCode.UNSUPPORTED_PROTOCOL,
        "Unsupported protocolId '"
            + id
            + "': expected SHA256WithECDSA, SHA256WithRSA or (native only) Ed25519");
  }
}
