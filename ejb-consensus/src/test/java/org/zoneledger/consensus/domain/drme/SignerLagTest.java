package org.zoneledger.consensus.domain.drme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.message.Decision;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.message.RequestId;
import org.zoneledger.protocol.message.RollbackReason;

/**
 * Requests whose signers some nodes do not know (yet): sequencing is the same everywhere, the
 * validators' votes decide, and every node ends in the same state.
 */
class SignerLagTest {
  private static final Duration LIMIT = Duration.ofMinutes(5);

  @Test
  void aNodeThatHasNotAppliedASignerSequencesElectsAndDecidesLikeTheOthers() {
    SimulatedZone zone = SimulatedZone.p256(3, 21);
    NodeId lagging = zone.members().get(2);
    zone.rules(lagging).lagOn(TestClients.BOB);
    zone.publishEntropy();
    List<RequestId> ids =
        IntStream.range(0, 12)
            .mapToObj(
                i -> {
                  String id = "bob-mint-" + i;
                  zone.submit(TestClients.mintSignedBy(TestClients.BOB, id, "acc-" + i % 3, 10));
                  zone.submit(TestClients.mint("alice-mint-" + i, "acc-" + i % 3, 1));
                  zone.publishEntropy();
                  return new RequestId(id);
                })
            .toList();
    zone.runUntilQuiet(LIMIT);

    SimNode reference = zone.node(zone.members().get(0));
    for (NodeId id : zone.members()) {
      SimNode node = zone.node(id);
      for (int p = 0; p < zone.requests.partitionCount(); p++) {
        assertThat(node.stores.beacons().of(p)).isEqualTo(reference.stores.beacons().of(p));
      }
      for (RequestId request : ids) {
        RequestEntry entry = node.stores.requests().find(request).orElseThrow();
        RequestEntry expected = reference.stores.requests().find(request).orElseThrow();
        assertThat(entry.sequenced()).isEqualTo(expected.sequenced());
        assertThat(entry.beacon()).isEqualTo(expected.beacon());
        assertThat(entry.coordinator()).isEqualTo(expected.coordinator());
        assertThat(zone.decided(id, request).orElseThrow().decision()).isEqualTo(Decision.COMMIT);
      }
      assertThat(zone.balance(id, "acc-0")).contains(BigInteger.valueOf(44));
    }
    assertThat(zone.node(lagging).stores.ballots().find(ids.get(0), BankRules.account("acc-0")))
        .hasValueSatisfying(
            vote -> {
              assertThat(vote.decision()).isEqualTo(Decision.ROLLBACK);
              assertThat(vote.reason().map(RollbackReason::errorType))
                  .contains(ErrorCode.UNKNOWN_SIGNER.type());
            });
    assertThat(zone.digests().values()).containsOnly(zone.digests().get(reference.id));
  }

  @Test
  void aRequestSignedByAnIdentityNoNodeKnowsRollsBackWithTheReasonAndReleasesItsEntity() {
    SimulatedZone zone = SimulatedZone.p256(3, 5);
    zone.members().forEach(id -> zone.rules(id).lagOn(TestClients.STRANGER));
    zone.publishEntropy();
    zone.submit(TestClients.mintSignedBy(TestClients.STRANGER, "stranger-mint", "acc-s", 10));
    zone.runUntilQuiet(LIMIT);
    zone.submit(TestClients.mint("alice-mint", "acc-s", 7));
    zone.runUntilQuiet(LIMIT);

    for (NodeId id : zone.members()) {
      Outcome.Decided stranger = zone.decided(id, new RequestId("stranger-mint")).orElseThrow();
      assertThat(stranger.decision()).isEqualTo(Decision.ROLLBACK);
      assertThat(stranger.reasons())
          .singleElement()
          .satisfies(
              reason -> {
                assertThat(reason.errorType()).isEqualTo(ErrorCode.UNKNOWN_SIGNER.type());
                assertThat(reason.message()).contains("'mallory'");
              });
      assertThat(zone.decided(id, new RequestId("alice-mint")).orElseThrow().decision())
          .isEqualTo(Decision.COMMIT);
      assertThat(zone.balance(id, "acc-s")).contains(BigInteger.valueOf(7));
    }
  }
}
