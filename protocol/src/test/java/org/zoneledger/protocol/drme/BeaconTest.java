package org.zoneledger.protocol.drme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zoneledger.protocol.crypto.Hashes;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.Entropy;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.message.NodeSignature;

class BeaconTest {
  @Test
  void nextIsSha256OfThePreviousBeaconAndTheEntropy() {
    byte[] random = new byte[32];
    random[0] = 7;
    Beacon next = Beacon.GENESIS.next(entropy(random));
    assertThat(next.value()).isEqualTo(Bytes.of(Hashes.sha256(new byte[32], random)));
  }

  @Test
  void foldDependsOnLogOrder() {
    Entropy a = entropy(filled(1));
    Entropy b = entropy(filled(2));
    assertThat(Beacon.GENESIS.fold(List.of(a, b))).isNotEqualTo(Beacon.GENESIS.fold(List.of(b, a)));
    assertThat(Beacon.GENESIS.fold(List.of(a, b))).isEqualTo(Beacon.GENESIS.next(a).next(b));
  }

  @Test
  void genesisIsThirtyTwoZeroBytes() {
    assertThat(Beacon.GENESIS.value()).isEqualTo(Bytes.of(new byte[32]));
  }

  private static byte[] filled(int value) {
    byte[] bytes = new byte[32];
    java.util.Arrays.fill(bytes, (byte) value);
    return bytes;
  }

  private static Entropy entropy(byte[] random) {
    return new Entropy(new NodeId("node1"), 0, 1, Bytes.of(random), NodeSignature.unsigned());
  }
}
