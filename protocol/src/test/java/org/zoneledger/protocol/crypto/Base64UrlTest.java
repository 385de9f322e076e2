package org.zoneledger.protocol.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;

class Base64UrlTest {

  @Test
  void encodingUsesTheUrlAlphabetWithoutPadding() {
    assertThat(Base64Url.encode(new byte[] {(byte) 0xfb, (byte) 0xff})).isEqualTo("-_8");
    assertThat(Base64Url.encode("{}".getBytes(UTF_8))).isEqualTo("e30");
  }

  @Test
  void paddedAndUnpaddedTextDecodeToTheSameBytes() {
    assertThat(Base64Url.decode("e30=")).isEqualTo("{}".getBytes(UTF_8));
    assertThat(Base64Url.decode("e30")).isEqualTo("{}".getBytes(UTF_8));
    assertThat(Base64Url.decode("YQ==")).isEqualTo(Base64Url.decode("YQ"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a+b/", "e30 ", "e", "e3=0", "!!"})
  void textOutsideTheBase64UrlAlphabetIsABadEncoding(String text) {
    assertThatThrownBy(() -> Base64Url.decode(text))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("base64url")
        .extracting(e -> ((ProtocolException) e).errorCode())
        .isEqualTo(ErrorCode.BAD_ENCODING);
  }
}
