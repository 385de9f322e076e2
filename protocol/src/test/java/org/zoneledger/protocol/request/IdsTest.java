package org.zoneledger.protocol.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;

class IdsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"alice", "req-1", "1234", "0d6c1b5e-6b1f-4c55-9a52-51c0d5a4c001", "a.b_c~d"})
  void unreservedUrlCharactersMakeValidIds(String id) {
    assertThat(Ids.isValid(id)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a;b", "a/b", "a?b", "a#b", "a%20b", "a b", "ünïcode", "a+b"})
  void separatorsEscapesAndWhitespaceMakeInvalidIds(String id) {
    assertThat(Ids.isValid(id)).isFalse();
  }

  @Test
  void idsAreCappedAt256Characters() {
    assertThat(Ids.isValid("x".repeat(256))).isTrue();
    assertThat(Ids.isValid("x".repeat(257))).isFalse();
  }

  @Test
  void anInvalidIdIsRejectedNamingTheField() {
    assertThatThrownBy(() -> Ids.require("assetId", "car 7"))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("'assetId'")
        .hasMessageContaining("'car 7'")
        .extracting(e -> ((ProtocolException) e).errorCode())
        .isEqualTo(ErrorCode.INVALID_ID);
  }
}
