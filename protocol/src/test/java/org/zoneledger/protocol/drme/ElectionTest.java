package org.zoneledger.protocol.drme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.Entropy;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.message.NodeSignature;
import org.zoneledger.protocol.message.RequestId;

class ElectionTest {
  private static final String ENTROPY_HEX =
      "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

  /**
   * Computed once, independently of this code, with Python's hashlib (beacon = SHA-256(32 zero
   * bytes || ENTROPY), input = beacon || u32 len || "req-i" || u32 round, first 8 digest bytes
   * big-endian mod 5), and pinned: a change here breaks agreement with nodes of earlier versions.
   */
  private static final String PINNED_PROBE =
      "42004410230244213310330340130403230303440230044011001420442210240142113340313040041214321243"
          + "0032434414024240313230333321142302421014111010033401433102";

  @Test
  void electionIsPinnedToTheDocumentedFunction() {
    Beacon beacon = Beacon.GENESIS.next(Bytes.fromHex(ENTROPY_HEX));
    assertThat(ElectionProbe.probe(beacon)).isEqualTo(PINNED_PROBE);
  }

  @Test
  void electionInputIsBeaconThenLengthPrefixedRequestIdThenRound() {
    Beacon beacon = new Beacon(Bytes.fromHex(ENTROPY_HEX));
    byte[] input = Election.input(beacon, new RequestId("ab"), 258);
    assertThat(Bytes.of(input).toHex()).isEqualTo(ENTROPY_HEX + "00000002" + "6162" + "00000102");
  }

  @Test
  void aFreshJvmElectsTheSameCoordinators() throws Exception {
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                ElectionProbe.class.getName(),
                ENTROPY_HEX)
            .redirectErrorStream(true)
            .start();
    String output =
        new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertThat(child.waitFor()).isZero();
    assertThat(output)
        .isEqualTo(ElectionProbe.probe(Beacon.GENESIS.next(Bytes.fromHex(ENTROPY_HEX))));
  }

  @Test
  void changingTheRoundReassignsMostRequests() {
    Beacon beacon = beacon(1);
    assertThat(differences(beacon, 0, beacon, 1, "")).isGreaterThan(700);
  }

  @Test
  void changingTheRequestIdReassignsMostRequests() {
    Beacon beacon = beacon(1);
    assertThat(differences(beacon, 0, beacon, 0, "-x")).isGreaterThan(700);
  }

  @Test
  void changingAnyEntropyByteReassignsMostRequests() {
    byte[] entropy =
        new Random(7)
            .ints(32, 0, 256)
            .collect(
                java.io.ByteArrayOutputStream::new,
                java.io.ByteArrayOutputStream::write,
                (a, b) -> {})
            .toByteArray();
    Beacon original = Beacon.GENESIS.next(entropy(entropy));
    for (int i = 0; i < entropy.length; i++) {
      byte[] changed = entropy.clone();
      changed[i] ^= 0x01;
      Beacon other = Beacon.GENESIS.next(entropy(changed));
      assertThat(differences(original, 0, other, 0, ""))
          .as("flipping entropy byte %d", i)
          .isGreaterThan(700);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 5, 7, 9})
  void everyNodeIsElectedWithinTwoPercentOfItsFairShare(int nodes) {
    Random random = new Random(20261121L + nodes);
    Beacon beacon = beacon(nodes);
    int draws = 100_000;
    long[] counts = new long[nodes];
    for (int i = 0; i < draws; i++) {
      RequestId id = new RequestId(new UUID(random.nextLong(), random.nextLong()).toString());
      counts[Election.index(beacon, id, 0, nodes)]++;
    }
    double expected = (double) draws / nodes;
    double chiSquare = 0;
    for (long count : counts) {
      chiSquare += (count - expected) * (count - expected) / expected;
      assertThat(Math.abs(count - expected) / expected).as("relative deviation").isLessThan(0.02);
    }
    // 99.9 % quantiles of chi-square with nodes-1 degrees of freedom (2, 4, 6, 8)
    double critical =
        switch (nodes) {
          case 3 -> 13.82;
          case 5 -> 18.47;
          case 7 -> 22.46;
          default -> 26.12;
        };
    assertThat(chiSquare).isLessThan(critical);
  }

  @Test
  void coordinatorIsTheMemberAtTheElectedIndex() {
    List<NodeId> members = List.of(new NodeId("a"), new NodeId("b"), new NodeId("c"));
    Beacon beacon = beacon(3);
    RequestId id = new RequestId("req-1");
    assertThat(Election.coordinator(beacon, id, 2, members))
        .isEqualTo(members.get(Election.index(beacon, id, 2, 3)));
  }

  @Test
  void anEmptyZoneOrNegativeRoundIsRejected() {
    assertThatThrownBy(() -> Election.index(Beacon.GENESIS, new RequestId("r"), 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Election.index(Beacon.GENESIS, new RequestId("r"), -1, 3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static int differences(Beacon a, int roundA, Beacon b, int roundB, String suffixB) {
    int differences = 0;
    for (int i = 0; i < 1000; i++) {
      int first = Election.index(a, new RequestId("req-" + i), roundA, 5);
      int second = Election.index(b, new RequestId("req-" + i + suffixB), roundB, 5);
      if (first != second) {
        differences++;
      }
    }
    return differences;
  }

  private static Beacon beacon(long seed) {
    byte[] random = new byte[32];
    new Random(seed).nextBytes(random);
    return Beacon.GENESIS.next(entropy(random));
  }

  private static Entropy entropy(byte[] random) {
    return new Entropy(new NodeId("node1"), 0, 0, Bytes.of(random), NodeSignature.unsigned());
  }
}
