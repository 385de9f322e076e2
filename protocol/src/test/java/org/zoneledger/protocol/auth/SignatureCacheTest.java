package org.zoneledger.protocol.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import org.junit.jupiter.api.Test;
import org.zoneledger.protocol.crypto.Base64Url;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.crypto.Signatures;
import org.zoneledger.protocol.request.PublicCredentials;

class SignatureCacheTest {
  private static final SignatureAlgorithm P256 = SignatureAlgorithm.P256_SHA256;
  private static final KeyPair KEY = Signatures.generateKeyPair(P256);
  private static final PublicCredentials CREDENTIALS =
      new PublicCredentials(Base64Url.encode(KEY.getPublic().getEncoded()), P256.protocolId());

  @Test
  void aSignatureThatVerifiedIsNotVerifiedAgain() {
    SignatureCache cache = new SignatureCache(10);
    byte[] data = "body".getBytes(UTF_8);
    byte[] signature = Signatures.sign(P256, KEY.getPrivate(), data);

    assertThat(cache.verifies(P256, CREDENTIALS, data, signature)).isTrue();
    assertThat(cache.verifies(P256, CREDENTIALS, data, signature)).isTrue();
    assertThat(cache.verificationsPerformed()).isEqualTo(1);
  }

  @Test
  void aSignatureThatFailedIsCheckedEveryTime() {
    SignatureCache cache = new SignatureCache(10);
    byte[] signature = Signatures.sign(P256, KEY.getPrivate(), "body".getBytes(UTF_8));
    byte[] other = "other body".getBytes(UTF_8);

    assertThat(cache.verifies(P256, CREDENTIALS, other, signature)).isFalse();
    assertThat(cache.verifies(P256, CREDENTIALS, other, signature)).isFalse();
    assertThat(cache.verificationsPerformed()).isEqualTo(2);
  }

  @Test
  void aSuccessForOtherDataOrAnotherKeyDoesNotCount() {
    SignatureCache cache = new SignatureCache(10);
    byte[] data = "body".getBytes(UTF_8);
    byte[] signature = Signatures.sign(P256, KEY.getPrivate(), data);
    KeyPair otherKey = Signatures.generateKeyPair(P256);
    PublicCredentials other =
        new PublicCredentials(
            Base64Url.encode(otherKey.getPublic().getEncoded()), P256.protocolId());

    assertThat(cache.verifies(P256, CREDENTIALS, data, signature)).isTrue();
    assertThat(cache.verifies(P256, other, data, signature)).isFalse();
    assertThat(cache.verifies(P256, CREDENTIALS, "bodY".getBytes(UTF_8), signature)).isFalse();
  }

  @Test
  void theLeastRecentlyUsedSuccessIsForgottenFirst() {
    SignatureCache cache = new SignatureCache(1);
    byte[] first = "first".getBytes(UTF_8);
    byte[] second = "second".getBytes(UTF_8);
    byte[] firstSignature = Signatures.sign(P256, KEY.getPrivate(), first);
    byte[] secondSignature = Signatures.sign(P256, KEY.getPrivate(), second);

    cache.verifies(P256, CREDENTIALS, first, firstSignature);
    cache.verifies(P256, CREDENTIALS, second, secondSignature);
    cache.verifies(P256, CREDENTIALS, second, secondSignature);
    assertThat(cache.verificationsPerformed()).isEqualTo(2);
    assertThat(cache.verifies(P256, CREDENTIALS, first, firstSignature)).isTrue();
    assertThat(cache.verificationsPerformed()).isEqualTo(3);
  }
}
