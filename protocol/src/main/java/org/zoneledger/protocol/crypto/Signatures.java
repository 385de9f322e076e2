package org.zoneledger.protocol.crypto;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.EnumMap;
import java.util.Map;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;

/**
 * Signing, verification, key generation and key decoding through one BouncyCastle provider instance
 * (not registered globally). {@link Signature} objects are cached per thread, so every method is
 * thread-safe.
 *
 * <p>P-256 signatures are <b>deterministic</b> (RFC 6979: the nonce is derived from the key and the
 * message hash with HMAC-SHA-256, BouncyCastle's {@code SHA256withECDDSA}): the same key over the
 * same bytes always gives the same signature. They are ordinary ECDSA signatures, DER-encoded as
 * before, and verify with any {@code SHA256withECDSA} verifier; verification here stays the
 * standard one, so signatures made before (random nonce) verify alike. Determinism lets a
 * verifier's cache, keyed by the signature bytes, recognise a signature it has already checked — a
 * node's iov42 seal is the same text on every entity of a request, and is now the same signature
 * too. RSA (PKCS#1 v1.5) and Ed25519 are deterministic by construction.
 */
public final class Signatures {
  private static final Provider PROVIDER = new BouncyCastleProvider();

  /** RFC 6979 deterministic ECDSA with SHA-256 in BouncyCastle; emits the same DER as ECDSA. */
  private static final String DETERMINISTIC_P256 = "SHA256withECDDSA";

  private static final ThreadLocal<Map<SignatureAlgorithm, Signature>> VERIFIERS =
      ThreadLocal.withInitial(() -> new EnumMap<>(SignatureAlgorithm.class));
  private static final ThreadLocal<Map<SignatureAlgorithm, Signature>> SIGNERS =
      ThreadLocal.withInitial(() -> new EnumMap<>(SignatureAlgorithm.class));

  private Signatures() {}

  /** The BouncyCastle provider used by this class. */
  public static Provider provider() {
    return PROVIDER;
  }

  /**
   * Signs {@code data}. ECDSA signatures are DER and deterministic (RFC 6979, see the class
   * comment): the same key and data always give the same bytes.
   *
   * @throws ProtocolException with {@link ErrorCode#PROTOCOL_MISMATCH} when the key does not belong
   *     to {@code alg}
   */
  public static byte[] sign(SignatureAlgorithm alg, PrivateKey key, byte[] data) {
    Signature signature = signer(alg);
    try {
      signature.initSign(key);
      signature.update(data);
      return signature.sign();
    } catch (InvalidKeyException e) {
      throw mismatch(alg, key.getAlgorithm(), e);
    } catch (SignatureException e) {
      throw new IllegalStateException("Signing with " + alg + " failed", e);
    }
  }

  /**
   * Verifies {@code signature} over {@code data}. Returns false for any wrong or malformed
   * signature; never throws because of the signature bytes.
   *
   * <p>ECDSA signatures are malleable: if {@code (r, s)} verifies, so does {@code (r, n - s)}. Both
   * are accepted (the JDK and jsrsasign emit high-S values, so a low-S rule would reject real SDK
   * clients). Nothing may therefore treat signature bytes as the identity of what was signed: votes
   * are deduplicated by content ({@code VoteTally}), requests by requestId and body bytes, and a
   * proof is named by the hash of its exact bytes, which the next proof's link pins.
   *
   * @throws ProtocolException with {@link ErrorCode#PROTOCOL_MISMATCH} when the key does not belong
   *     to {@code alg} (an RSA key given for {@code SHA256WithECDSA}, …)
   */
  public static boolean verify(
      SignatureAlgorithm alg, PublicKey key, byte[] data, byte[] signature) {
    if (!alg.accepts(key)) {
      throw mismatch(alg, key.getAlgorithm(), null);
    }
    Signature verifier = verifier(alg);
    try {
      verifier.initVerify(key);
      verifier.update(data);
      return verifier.verify(signature);
    } catch (InvalidKeyException e) {
      throw mismatch(alg, key.getAlgorithm(), e);
    } catch (SignatureException | RuntimeException e) {
      return false;
    }
  }

  /** A fresh key pair: P-256, RSA-2048 or Ed25519. */
  public static KeyPair generateKeyPair(SignatureAlgorithm alg) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance(alg.keyAlgorithm(), PROVIDER);
      switch (alg) {
        case P256_SHA256 -> generator.initialize(new ECGenParameterSpec("secp256r1"));
        case RSA_SHA256 -> generator.initialize(2048);
        case ED25519 -> {}
      }
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot generate a " + alg + " key pair", e);
    }
  }

  /**
   * Decodes a DER X.509 SubjectPublicKeyInfo.
   *
   * @throws ProtocolException with {@link ErrorCode#INVALID_PUBLIC_KEY} when the bytes are not a
   *     public key of {@code alg}
   */
  public static PublicKey decodePublicKey(SignatureAlgorithm alg, byte[] x509Spki) {
    try {
      PublicKey key = keyFactory(alg).generatePublic(new X509EncodedKeySpec(x509Spki));
      if (!alg.accepts(key)) {
        throw mismatch(alg, key.getAlgorithm(), null);
      }
      return key;
    } catch (GeneralSecurityException | RuntimeException e) {
      if (e instanceof ProtocolException pe) {
        throw pe;
      }
      throw new ProtocolException(
          ErrorCode.INVALID_PUBLIC_KEY,
          "The public key is not a DER X.509 SubjectPublicKeyInfo of a "
              + alg.keyAlgorithm()
              + " key (protocolId "
              + alg.protocolId()
              + ")",
          e);
    }
  }

  /**
   * Decodes a DER PKCS#8 private key.
   *
   * @throws ProtocolException with {@link ErrorCode#BAD_ENCODING} when the bytes are not a PKCS#8
   *     private key of {@code alg}
   */
  public static PrivateKey decodePrivateKey(SignatureAlgorithm alg, byte[] pkcs8) {
    try {
      return keyFactory(alg).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new ProtocolException(
          ErrorCode.BAD_ENCODING,
          "The private key is not a DER PKCS#8 " + alg.keyAlgorithm() + " key",
          e);
    }
  }

  private static KeyFactory keyFactory(SignatureAlgorithm alg) throws GeneralSecurityException {
    return KeyFactory.getInstance(alg.keyAlgorithm(), PROVIDER);
  }

  private static Signature verifier(SignatureAlgorithm alg) {
    return VERIFIERS.get().computeIfAbsent(alg, a -> instance(a.jcaSignatureName()));
  }

  private static Signature signer(SignatureAlgorithm alg) {
    return SIGNERS
        .get()
        .computeIfAbsent(
            alg,
            a ->
                instance(
                    a == SignatureAlgorithm.P256_SHA256
                        ? DETERMINISTIC_P256
                        : a.jcaSignatureName()));
  }

  private static Signature instance(String jcaName) {
    try {
      return Signature.getInstance(jcaName, PROVIDER);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("BouncyCastle lacks " + jcaName, e);
    }
  }

  private static ProtocolException mismatch(
      SignatureAlgorithm alg, String keyAlgorithm, Exception cause) {
    return new ProtocolException(
        ErrorCode.PROTOCOL_MISMATCH,
        "protocolId " + alg.protocolId() + " does not match the signer's " + keyAlgorithm + " key",
        cause);
  }
}
