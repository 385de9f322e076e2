package org.zoneledger.protocol.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 8032 §7.1 test vectors (TEST 1 and TEST 2) through our Ed25519 signing and verification. */
class Ed25519VectorsTest {
  private static final HexFormat HEX = HexFormat.of();

  /** DER prefixes of a PKCS#8 Ed25519 private key (RFC 8410) and of its X.509 SPKI public key. */
  private static final String PKCS8_PREFIX = "302e020100300506032b657004220420";

  private static final String SPKI_PREFIX = "302a300506032b6570032100";

  @ParameterizedTest(name = "RFC 8032 §7.1 TEST {0}")
  @CsvSource({
    "1, 9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60,"
        + " d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a, '',"
        + " e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
        + "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
    "2, 4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb,"
        + " 3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c, 72,"
        + " 92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
        + "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"
  })
  void ourEd25519SignsAndVerifiesTheRfcVectors(
      int test, String secret, String publicKey, String message, String signature) {
    PrivateKey privateKey =
        Signatures.decodePrivateKey(
            SignatureAlgorithm.ED25519, HEX.parseHex(PKCS8_PREFIX + secret));
    PublicKey key =
        Signatures.decodePublicKey(
            SignatureAlgorithm.ED25519, HEX.parseHex(SPKI_PREFIX + publicKey));
    byte[] data = HEX.parseHex(message);
    byte[] expected = HEX.parseHex(signature);

    assertThat(HEX.formatHex(Signatures.sign(SignatureAlgorithm.ED25519, privateKey, data)))
        .as("Ed25519 is deterministic: our signature is the RFC's")
        .isEqualTo(signature);
    assertThat(Signatures.verify(SignatureAlgorithm.ED25519, key, data, expected)).isTrue();

    byte[] otherData = HEX.parseHex(message + "00");
    assertThat(Signatures.verify(SignatureAlgorithm.ED25519, key, otherData, expected)).isFalse();
    byte[] flipped = expected.clone();
    flipped[0] ^= 0x01;
    assertThat(Signatures.verify(SignatureAlgorithm.ED25519, key, data, flipped)).isFalse();
  }
}
