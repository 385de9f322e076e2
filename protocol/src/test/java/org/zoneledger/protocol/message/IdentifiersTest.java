package org.zoneledger.protocol.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdentifiersTest {
  @Test
  void idsAcceptUnreservedCharactersOnly() {
    assertThat(new RequestId("a-Z_0.9~").value()).isEqualTo("a-Z_0.9~");
    assertThatThrownBy(() -> new RequestId("a;b")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NodeId("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NodeId("x".repeat(257)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void entityKeysMayJoinPartsWithColons() {
    assertThat(new EntityKey("asset:type:id").value()).isEqualTo("asset:type:id");
    assertThatThrownBy(() -> new RequestId("a:b")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bytesCompareByContentAndAreCopied() {
    byte[] raw = {1, 2};
    Bytes bytes = Bytes.of(raw);
    raw[0] = 9;
    assertThat(bytes).isEqualTo(Bytes.fromHex("0102")).hasSameHashCodeAs(Bytes.fromHex("0102"));
    assertThat(bytes.toBase64Url()).isEqualTo("AQI");
  }
}
