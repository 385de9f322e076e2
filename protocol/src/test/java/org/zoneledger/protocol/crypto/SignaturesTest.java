package org.zoneledger.protocol.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;

class SignaturesTest {
  private static final byte[] DATA = "{\"_type\":\"IssueIdentityRequest\"}".getBytes(UTF_8);
  private static final HexFormat HEX = HexFormat.of();

  @ParameterizedTest
  @CsvSource({"SHA256withECDSA,EC,SunEC", "SHA256withRSA,RSA,SunRsaSign"})
  void signatureMadeByTheJdkProviderVerifiesWithOurCode(String jca, String keyAlg, String provider)
      throws Exception {
    KeyPair jdkPair = jdkKeyPair(keyAlg);
    Signature jdk = Signature.getInstance(jca, provider);
    jdk.initSign(jdkPair.getPrivate());
    jdk.update(DATA);
    byte[] signature = jdk.sign();

    SignatureAlgorithm alg = algorithmFor(keyAlg);
    PublicKey ours = Signatures.decodePublicKey(alg, jdkPair.getPublic().getEncoded());
    assertThat(Signatures.verify(alg, ours, DATA, signature)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"SHA256withECDSA,EC,SunEC", "SHA256withRSA,RSA,SunRsaSign"})
  void signatureMadeByOurCodeVerifiesWithTheJdkProvider(String jca, String keyAlg, String provider)
      throws Exception {
    SignatureAlgorithm alg = algorithmFor(keyAlg);
    KeyPair ours = Signatures.generateKeyPair(alg);
    byte[] signature = Signatures.sign(alg, ours.getPrivate(), DATA);

    PublicKey jdkKey =
        KeyFactory.getInstance(keyAlg, provider)
            .generatePublic(new X509EncodedKeySpec(ours.getPublic().getEncoded()));
    Signature jdk = Signature.getInstance(jca, provider);
    jdk.initVerify(jdkKey);
    jdk.update(DATA);
    assertThat(jdk.verify(signature)).isTrue();
  }

  @Test
  void p256SignaturesAreDerEncoded() {
    KeyPair pair = Signatures.generateKeyPair(SignatureAlgorithm.P256_SHA256);
    byte[] signature = Signatures.sign(SignatureAlgorithm.P256_SHA256, pair.getPrivate(), DATA);
    assertThat(signature[0]).isEqualTo((byte) 0x30);
    assertThat(signature.length).isBetween(68, 72);
  }

  @Test
  void p256SignaturesAreDeterministicAndVerifyWithTheJdkProvider() throws Exception {
    KeyPair pair = Signatures.generateKeyPair(SignatureAlgorithm.P256_SHA256);
    byte[] first = Signatures.sign(SignatureAlgorithm.P256_SHA256, pair.getPrivate(), DATA);
    byte[] again = Signatures.sign(SignatureAlgorithm.P256_SHA256, pair.getPrivate(), DATA);
    byte[] other =
        Signatures.sign(SignatureAlgorithm.P256_SHA256, pair.getPrivate(), "other".getBytes(UTF_8));

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
    Signature jdk = Signature.getInstance("SHA256withECDSA", "SunEC");
    jdk.initVerify(
        KeyFactory.getInstance("EC", "SunEC")
            .generatePublic(new X509EncodedKeySpec(pair.getPublic().getEncoded())));
    jdk.update(DATA);
    assertThat(jdk.verify(first)).isTrue();
  }

  /** RFC 6979 §A.2.5: P-256, SHA-256, message "sample" — the nonce is the RFC's, not random. */
  @Test
  void p256MatchesTheRfc6979TestVector() throws Exception {
    ECParameterSpec p256 = ((ECPublicKey) jdkKeyPair("EC").getPublic()).getParams();
    PrivateKey jdkKey =
        KeyFactory.getInstance("EC", "SunEC")
            .generatePrivate(
                new ECPrivateKeySpec(
                    new BigInteger(
                        "C9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721", 16),
                    p256));
    PrivateKey key =
        Signatures.decodePrivateKey(SignatureAlgorithm.P256_SHA256, jdkKey.getEncoded());

    byte[] signature =
        Signatures.sign(SignatureAlgorithm.P256_SHA256, key, "sample".getBytes(UTF_8));

    assertThat(HEX.formatHex(signature))
        .isEqualTo(
            "3046022100"
                + "efd48b2aacb6a8fd1140dd9cd45e81d69d2c877b56aaf991c34d0ea84eaf3716"
                + "022100"
                + "f7cb1c942d657c41d436c7a1b6e29f65f3e900dbb9aff4064dc4ab2f843acda8");
  }

  @Test
  void rsaAndEd25519SignaturesAreUnchangedAndDeterministicAsBefore() {
    for (SignatureAlgorithm alg :
        new SignatureAlgorithm[] {SignatureAlgorithm.RSA_SHA256, SignatureAlgorithm.ED25519}) {
      KeyPair pair = Signatures.generateKeyPair(alg);
      byte[] signature = Signatures.sign(alg, pair.getPrivate(), DATA);
      assertThat(Signatures.sign(alg, pair.getPrivate(), DATA)).isEqualTo(signature);
      assertThat(Signatures.verify(alg, pair.getPublic(), DATA, signature)).isTrue();
    }
  }

  @Test
  void anRsaKeyUsedToSignWithTheEcdsaProtocolIdIsAProtocolMismatch() {
    KeyPair rsa = Signatures.generateKeyPair(SignatureAlgorithm.RSA_SHA256);
    assertThatThrownBy(
            () -> Signatures.sign(SignatureAlgorithm.P256_SHA256, rsa.getPrivate(), DATA))
        .isInstanceOf(ProtocolException.class)
        .extracting(e -> ((ProtocolException) e).errorCode())
        .isEqualTo(ErrorCode.PROTOCOL_MISMATCH);
  }

  @ParameterizedTest
  @EnumSource(SignatureAlgorithm.class)
  void aTamperedOrMalformedSignatureIsFalseNotAnException(SignatureAlgorithm alg) {
    KeyPair pair = Signatures.generateKeyPair(alg);
    byte[] signature = Signatures.sign(alg, pair.getPrivate(), DATA);
    byte[] tampered = signature.clone();
    tampered[tampered.length / 2] ^= 1;

    assertThat(Signatures.verify(alg, pair.getPublic(), DATA, signature)).isTrue();
    assertThat(Signatures.verify(alg, pair.getPublic(), DATA, tampered)).isFalse();
    assertThat(Signatures.verify(alg, pair.getPublic(), DATA, new byte[] {1, 2, 3})).isFalse();
    assertThat(Signatures.verify(alg, pair.getPublic(), DATA, new byte[0])).isFalse();
  }

  @ParameterizedTest
  @EnumSource(SignatureAlgorithm.class)
  void keysSurviveEncodingAndDecoding(SignatureAlgorithm alg) {
    KeyPair pair = Signatures.generateKeyPair(alg);
    PrivateKey priv = Signatures.decodePrivateKey(alg, pair.getPrivate().getEncoded());
    PublicKey pub = Signatures.decodePublicKey(alg, pair.getPublic().getEncoded());
    assertThat(Signatures.verify(alg, pub, DATA, Signatures.sign(alg, priv, DATA))).isTrue();
  }

  @Test
  void anRsaKeyUsedWithTheEcdsaProtocolIdIsAProtocolMismatch() {
    KeyPair rsa = Signatures.generateKeyPair(SignatureAlgorithm.RSA_SHA256);
    assertThatThrownBy(
            () -> Signatures.verify(SignatureAlgorithm.P256_SHA256, rsa.getPublic(), DATA, DATA))
        .isInstanceOf(ProtocolException.class)
        .extracting(e -> ((ProtocolException) e).errorCode())
        .isEqualTo(ErrorCode.PROTOCOL_MISMATCH);
  }

  @Test
  void garbageIsNotAPublicKey() {
    assertThatThrownBy(
            () -> Signatures.decodePublicKey(SignatureAlgorithm.RSA_SHA256, new byte[] {1, 2}))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("SubjectPublicKeyInfo")
        .extracting(e -> ((ProtocolException) e).errorCode())
        .isEqualTo(ErrorCode.INVALID_PUBLIC_KEY);
  }

  /** RFC 8032 §7.1, TEST 1, 2 and 3: deterministic signatures from raw keys. */
  @ParameterizedTest
  @CsvSource({
    "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60,"
        + "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a,"
        + "'',"
        + "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bac"
        + "c61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
    "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb,"
        + "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c,"
        + "72,"
        + "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e"
        + "458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00",
    "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7,"
        + "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025,"
        + "af82,"
        + "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290"
        + "ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a"
  })
  void ed25519MatchesTheRfc8032TestVectors(
      String secret, String publicKey, String message, String expected) {
    PrivateKey priv =
        Signatures.decodePrivateKey(
            SignatureAlgorithm.ED25519, HEX.parseHex("302e020100300506032b657004220420" + secret));
    PublicKey pub =
        Signatures.decodePublicKey(
            SignatureAlgorithm.ED25519, HEX.parseHex("302a300506032b6570032100" + publicKey));
    byte[] msg = HEX.parseHex(message);

    byte[] signature = Signatures.sign(SignatureAlgorithm.ED25519, priv, msg);

    assertThat(HEX.formatHex(signature)).isEqualTo(expected);
    assertThat(Signatures.verify(SignatureAlgorithm.ED25519, pub, msg, signature)).isTrue();
  }

  private static SignatureAlgorithm algorithmFor(String keyAlg) {
    return keyAlg.equals("EC") ? SignatureAlgorithm.P256_SHA256 : SignatureAlgorithm.RSA_SHA256;
  }

  private static KeyPair jdkKeyPair(String keyAlg) throws Exception {
    if (keyAlg.equals("EC")) {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", "SunEC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    }
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", "SunRsaSign");
    generator.initialize(2048);
    return generator.generateKeyPair();
  }

  @Test
  void jdkPkcs8KeysDecode() throws Exception {
    KeyPair jdk = jdkKeyPair("EC");
    PrivateKey priv =
        Signatures.decodePrivateKey(SignatureAlgorithm.P256_SHA256, jdk.getPrivate().getEncoded());
    assertThat(
            KeyFactory.getInstance("EC")
                .generatePrivate(new PKCS8EncodedKeySpec(priv.getEncoded()))
                .getAlgorithm())
        .isEqualTo("EC");
  }
}
