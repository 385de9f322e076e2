package org.zoneledger.protocol.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;

class ClaimHashTest {

  @ParameterizedTest
  @CsvSource({
    "claim,3Rs8MSz32BYTA1RFLpYpzjk1WwxTQSndJqCM2aRQLt4",
    "claim1,AXf1QMx3BtjQijH-5OHxCg3Cf9Gde4b9FRfKUWUWyNA",
    "property1:value10,ZbhUAepEq-c4WK6aXqf-Ek_Qad0xb_Px7K2SroLm90I",
    "first-registration:10/02/2010,GGLFHGKgRWD-qS60h_uA2yfHKCLucqgw_Y3uQ1sjNpw"
  })
  void claimHashesMatchTheSpecTestVectors(String plaintext, String hash) {
    assertThat(ClaimHash.of(plaintext)).isEqualTo(hash).hasSize(ClaimHash.LENGTH);
    assertThat(ClaimHash.isWellFormed(hash)).isTrue();
  }

  @Test
  void aPlaintextThatDoesNotHashToTheClaimIsAMismatch() {
    assertThatThrownBy(
            () -> ClaimHash.requireMatch("3Rs8MSz32BYTA1RFLpYpzjk1WwxTQSndJqCM2aRQLt4", "claim1"))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("does not hash to it")
        .extracting(e -> ((ProtocolException) e).errorCode())
        .isEqualTo(ErrorCode.CLAIM_HASH_MISMATCH);
  }

  @Test
  void paddedOrShortHashesAreNotClaimHashes() {
    assertThat(ClaimHash.isWellFormed("3Rs8MSz32BYTA1RFLpYpzjk1WwxTQSndJqCM2aRQLt4=")).isFalse();
    assertThat(ClaimHash.isWellFormed("claim")).isFalse();
  }
}
