package org.zoneledger.consensus.domain.drme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.message.Decision;
import org.zoneledger.protocol.message.NodeSignature;
import org.zoneledger.protocol.message.RollbackReason;
import org.zoneledger.protocol.message.Vote;

class EntityLogHandlerTest {
  private static final Duration AN_HOUR = Duration.ofHours(1);

  private static EntityLogRecord of(org.zoneledger.protocol.message.Prepare prepare) {
    return new EntityLogRecord.OfPrepare(prepare);
  }

  @Test
  void aRedeliveredOrReSentPrepareGetsTheStoredVoteAgainNeverANewOne() {
    ValidatorFixture validator = ValidatorFixture.hashed(10, AN_HOUR);
    validator.account("a", 100);
    VerifiedRequest pay = TestClients.transfer("pay", "a", "a2", 10);
    validator.account("a2", 0);

    List<Vote> first = validator.deliver(0, of(validator.prepare(pay, "a", 1, 0))).votes();
    assertThat(first)
        .singleElement()
        .satisfies(v -> assertThat(v.decision()).isEqualTo(Decision.COMMIT));
    assertThat(validator.redeliver(0, 0, of(validator.prepare(pay, "a", 1, 0))).isEmpty()).isTrue();
    List<Vote> again = validator.deliver(5000, of(validator.prepare(pay, "a", 2, 1))).votes();

    assertThat(again).containsExactlyElementsOf(first);
    assertThat(validator.stores.ballots().find(first.get(0).requestId(), first.get(0).entity()))
        .contains(first.get(0));
  }

  @Test
  void aPrepareForAnEntityReservedByAnotherRequestWaitsWithoutAVote() {
    ValidatorFixture validator = ValidatorFixture.hashed(10, AN_HOUR);
    validator.account("a", 100);
    validator.deliver(
        0, of(validator.prepare(TestClients.transfer("t1", "a", "b", 10), "a", 1, 0)));

    Effects second =
        validator.deliver(
            1, of(validator.prepare(TestClients.transfer("t2", "a", "b", 10), "a", 1, 0)));

    assertThat(second.votes()).isEmpty();
    assertThat(validator.slot("a").lockedBy(ValidatorFixture.id("t1"))).isTrue();
    assertThat(validator.slot("a").queue())
        .extracting(QueuedPrepare::requestId)
        .containsExactly(ValidatorFixture.id("t2"));
  }

  @Test
  void aDecideAppliesTheReservedChangeAdvancesTheHeadAndServesTheNextQueuedPrepare() {
    ValidatorFixture validator = ValidatorFixture.hashed(10, AN_HOUR);
    validator.account("a", 100);
    VerifiedRequest t1 = TestClients.transfer("t1", "a", "b", 30);
    Vote own = validator.deliver(0, of(validator.prepare(t1, "a", 1, 0))).votes().get(0);
    validator.deliver(
        1, of(validator.prepare(TestClients.transfer("t2", "a", "b", 80), "a", 1, 0)));

    var decide = validator.decideLike(own, t1);
    Effects effects = validator.deliver(2, new EntityLogRecord.OfDecide(decide));

    assertThat(effects.outcomes())
        .singleElement()
        .isEqualTo(new Outcome.Decided(ValidatorFixture.id("t1"), Decision.COMMIT, decide.proof()));
    EntitySlot a = validator.slot("a");
    assertThat(((BankRules.Account) a.state().orElseThrow()).balance())
        .isEqualTo(BigInteger.valueOf(70));
    assertThat(a.head()).contains(decide.proof().hash());
    assertThat(effects.votes())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.requestId()).isEqualTo(ValidatorFixture.id("t2"));
              assertThat(v.decision()).isEqualTo(Decision.ROLLBACK);
              assertThat(v.previousProofHash()).contains(decide.proof().hash());
            });
    assertThat(a.lock()).isEmpty();
    assertThat(validator.deliver(3, new EntityLogRecord.OfDecide(decide)).isEmpty()).isTrue();
  }

  @Test
  void aPrepareBeyondTheQueueBoundGetsAContentionRollbackAtOnce() {
    ValidatorFixture validator = ValidatorFixture.hashed(2, AN_HOUR);
    validator.account("a", 100);
    for (int i = 1; i <= 3; i++) {
      validator.deliver(
          i, of(validator.prepare(TestClients.transfer("t" + i, "a", "b", 1), "a", 1, 0)));
    }

    Effects overflow =
        validator.deliver(
            4, of(validator.prepare(TestClients.transfer("t4", "a", "b", 1), "a", 1, 0)));

    assertThat(overflow.votes())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.requestId()).isEqualTo(ValidatorFixture.id("t4"));
              assertThat(v.reason().map(RollbackReason::errorType)).contains("Contention");
            });
    assertThat(validator.slot("a").queue()).hasSize(2);
  }

  @Test
  void aQueuedPrepareOlderThanTheMaxAgeInLogTimeGetsAContentionRollback() {
    ValidatorFixture validator = ValidatorFixture.hashed(10, Duration.ofSeconds(1));
    validator.account("a", 100);
    validator.deliver(0, of(validator.prepare(TestClients.transfer("t1", "a", "b", 1), "a", 1, 0)));
    validator.deliver(0, of(validator.prepare(TestClients.transfer("t2", "a", "b", 1), "a", 1, 0)));
    assertThat(
            validator
                .deliver(
                    1000, of(validator.prepare(TestClients.transfer("t3", "a", "b", 1), "a", 1, 0)))
                .votes())
        .isEmpty();

    Effects late =
        validator.deliver(
            1001, of(validator.prepare(TestClients.transfer("t4", "a", "b", 1), "a", 1, 0)));

    assertThat(late.votes())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.requestId()).isEqualTo(ValidatorFixture.id("t2"));
              assertThat(v.reason().map(RollbackReason::errorType)).contains("Contention");
            });
    assertThat(validator.slot("a").queue())
        .extracting(QueuedPrepare::requestId)
        .containsExactly(ValidatorFixture.id("t3"), ValidatorFixture.id("t4"));
  }

  @Test
  void aPrepareNotSignedByAMemberIsIgnored() {
    ValidatorFixture validator = ValidatorFixture.hashed(10, AN_HOUR);
    validator.account("a", 100);
    var prepare = validator.prepare(TestClients.transfer("t1", "a", "b", 1), "a", 1, 0);
    var forged =
        prepare.withSignature(
            new NodeSignature.Direct(HashCrypto.mac(prepare.coordinator(), new byte[1])));

    assertThat(validator.deliver(0, of(forged)).isEmpty()).isTrue();
    assertThat(validator.slot("a").lock()).isEmpty();
  }

  @Test
  void theVotesOfOneBatchShareOneP256SignatureThatVerifiesForEachVote() {
    ValidatorFixture validator =
        new ValidatorFixture(ZoneKeys.p256(3), 10, AN_HOUR, DrmeNode.SigningMode.BATCH);
    EntityLogRecord[] prepares = new EntityLogRecord[4];
    for (int i = 0; i < 4; i++) {
      validator.account("a" + i, 100);
      prepares[i] =
          of(validator.prepare(TestClients.transfer("t" + i, "a" + i, "b", 1), "a" + i, 1, 0));
    }

    List<Vote> votes = validator.deliver(0, prepares).votes();

    assertThat(votes).hasSize(4);
    assertThat(votes)
        .extracting(v -> ((NodeSignature.Batched) v.signature()).rootSignature())
        .containsOnly(((NodeSignature.Batched) votes.get(0).signature()).rootSignature());
    ZoneVerifier verifier = validator.keys.verifiers().apply(validator.keys.members().get(2));
    assertThat(votes)
        .allSatisfy(
            v ->
                assertThat(verifier.signedBy(v.voter(), v.signingBytes(), v.signature())).isTrue());
  }

  @Test
  void aPrepareOfARequestNotSequencedHereYetStopsTheBatchThereUntilItIs() {
    ValidatorFixture validator = ValidatorFixture.hashed(10, AN_HOUR);
    validator.account("a", 100);
    validator.account("b", 100);
    validator.account("c", 100);
    VerifiedRequest known = TestClients.transfer("known", "a", "x", 10);
    VerifiedRequest early = TestClients.transfer("early", "b", "x", 10);
    VerifiedRequest after = TestClients.transfer("after", "c", "x", 10);
    EntityLogRecord first = of(validator.prepare(known, "a", 1, 0));
    EntityLogRecord second = of(validator.prepare(early, "b", 1, 0));
    EntityLogRecord third = of(validator.prepare(after, "c", 1, 0));
    validator.unsequence(early);

    Effects part = validator.deliver(0, first, second, third);

    assertThat(part.deferredFrom()).hasValue(1);
    assertThat(part.votes())
        .extracting(Vote::requestId)
        .containsExactly(ValidatorFixture.id("known"));
    assertThat(validator.stores.offsets().next(Topic.ENTITY_LOG, 0)).isEqualTo(1);
    assertThat(validator.slot("b").lock()).isEmpty();
    assertThat(validator.slot("c").lock()).isEmpty();
    assertThat(validator.deliverFrom(1, 0, second, third).deferredFrom()).hasValue(1);

    validator.sequence(early);
    Effects rest = validator.deliverFrom(1, 0, second, third);

    assertThat(rest.deferredFrom()).isEmpty();
    assertThat(rest.votes())
        .extracting(Vote::requestId)
        .containsExactly(ValidatorFixture.id("early"), ValidatorFixture.id("after"));
    assertThat(validator.stores.offsets().next(Topic.ENTITY_LOG, 0)).isEqualTo(3);
  }
}
