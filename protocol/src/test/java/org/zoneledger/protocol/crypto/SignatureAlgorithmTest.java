package org.zoneledger.protocol.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;

class SignatureAlgorithmTest {

  @Test
  void protocolIdsAreTheExactWireStrings() {
    assertThat(SignatureAlgorithm.fromProtocolId("SHA256WithECDSA"))
        .isEqualTo(SignatureAlgorithm.P256_SHA256);
    assertThat(SignatureAlgorithm.fromProtocolId("SHA256WithRSA"))
        .isEqualTo(SignatureAlgorithm.RSA_SHA256);
    assertThat(SignatureAlgorithm.fromProtocolId("Ed25519")).isEqualTo(SignatureAlgorithm.ED25519);
  }

  @Test
  void anUnknownOrDifferentlyCasedProtocolIdIsUnsupported() {
    assertThatThrownBy(() -> SignatureAlgorithm.fromProtocolId("SHA256withECDSA"))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("Unsupported protocolId 'SHA256withECDSA'")
        .extracting(e -> ((ProtocolException) e).errorCode())
        .isEqualTo(ErrorCode.UNSUPPORTED_PROTOCOL);
  }

  @Test
  void onlyEd25519IsHiddenFromIov42Clients() {
    assertThat(SignatureAlgorithm.ED25519.isIov42()).isFalse();
    assertThat(SignatureAlgorithm.P256_SHA256.isIov42()).isTrue();
  }
}
