package org.zoneledger.consensus.domain.drme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.drme.Beacon;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.message.RequestId;
import org.zoneledger.protocol.zone.ProtocolParameters;

/** Phase 9 on one node: which undecided requests move to their next round. */
class RoundTimerTest {
  private static final long SEQUENCED_AT = 1_000_000L;
  private static final long LONG_AFTER = SEQUENCED_AT + Duration.ofMinutes(1).toMillis();

  /** Past round 0 (T = 3 s), within the queue's maximum age (30 s). */
  private static final long TEN_SECONDS_AFTER = SEQUENCED_AT + 10_000;

  private final ZoneKeys keys = ZoneKeys.hashed(3);
  private final NodeStores stores = InMemoryStores.create();
  private final DrmeNode node =
      new DrmeNode(
          keys.members().get(0),
          keys.members(),
          ProtocolParameters.DEFAULTS,
          new RoundSchedule(Duration.ofSeconds(3), 4),
          new BankRules(),
          keys.crypto().get(keys.members().get(0)),
          keys.verifiers().apply(keys.members().get(0)),
          (id, digest) -> Optional.empty(),
          DrmeNode.SigningMode.BATCH);

  @Test
  void anOverdueRequestMovesToTheRoundItShouldBeIn() {
    RequestId id = sequenced(TestClients.transfer("late", "acc-a", "acc-b", 1));

    new RoundTimer(node, stores).tick(LONG_AFTER);

    assertThat(stores.requests().find(id).orElseThrow().round()).isPositive();
  }

  @Test
  void aRequestWaitingInAnEntityQueueHereIsNotOverdue() {
    RequestId id = queued(TestClients.transfer("queued", "acc-a", "acc-b", 1));

    Effects effects = new RoundTimer(node, stores).tick(TEN_SECONDS_AFTER);

    assertThat(stores.requests().find(id).orElseThrow().round()).isZero();
    assertThat(effects.entityLog()).isEmpty();
  }

  @Test
  void aRequestQueuedLongerThanTheQueuesMaximumAgeMovesOnSoItsPreparesReachTheQueueAgain() {
    RequestId id = queued(TestClients.transfer("stuck", "acc-a", "acc-b", 1));

    new RoundTimer(node, stores).tick(LONG_AFTER);

    assertThat(stores.requests().find(id).orElseThrow().round()).isPositive();
  }

  @Test
  void oneTickMovesAtMostItsShareOfABacklogOldestFirstAndTheNextTickTheRest() {
    int backlog = RoundTimer.MOVES_PER_TICK + 5;
    for (int i = 0; i < backlog; i++) {
      sequenced(TestClients.transfer("late-" + i, "acc-a" + i, "acc-b" + i, 1));
    }

    new RoundTimer(node, stores).tick(LONG_AFTER);

    assertThat(movedCount()).isEqualTo(RoundTimer.MOVES_PER_TICK);
    assertThat(stores.requests().open()).last().satisfies(r -> assertThat(r.round()).isZero());
    new RoundTimer(node, stores).tick(LONG_AFTER);
    assertThat(movedCount()).isEqualTo(backlog);
  }

  @Test
  void aRequestFirstSeenLateHasAWholeRoundFromThenBeforeItMoves() {
    RequestId id = sequenced(TestClients.transfer("read-late", "acc-a", "acc-b", 1));
    Sightings sightings = Sightings.kept();

    new RoundTimer(node, stores, sightings).tick(LONG_AFTER);
    assertThat(stores.requests().find(id).orElseThrow().round()).isZero();
    new RoundTimer(node, stores, sightings).tick(LONG_AFTER + 2_999);
    assertThat(stores.requests().find(id).orElseThrow().round()).isZero();
    assertThat(new RoundTimer(node, stores, sightings).nextDeadline()).hasValue(LONG_AFTER + 3_000);

    new RoundTimer(node, stores, sightings).tick(LONG_AFTER + 3_000);
    assertThat(stores.requests().find(id).orElseThrow().round()).isEqualTo(1);
  }

  @Test
  void aRequestSeenInTimeCountsFromItsLogTimeAndDecidedOnesAreForgotten() {
    RequestId id = sequenced(TestClients.transfer("in-time", "acc-a", "acc-b", 1));
    Sightings sightings = Sightings.kept();

    new RoundTimer(node, stores, sightings).tick(SEQUENCED_AT);
    new RoundTimer(node, stores, sightings).tick(SEQUENCED_AT + 3_000);
    assertThat(stores.requests().find(id).orElseThrow().round()).isEqualTo(1);

    stores
        .requests()
        .putOutcome(new RequestOutcome(id, RequestOutcome.Status.COMMITTED, 1, Optional.empty()));
    new RoundTimer(node, stores, sightings).tick(SEQUENCED_AT + 4_000);
    OpenRequest again = new OpenRequest(id, SEQUENCED_AT, 1);
    assertThat(sightings.start(again)).isEqualTo(SEQUENCED_AT);
  }

  private long movedCount() {
    return stores.requests().open().stream().filter(r -> r.round() > 0).count();
  }

  private RequestId queued(VerifiedRequest request) {
    RequestId id = sequenced(request);
    EntityKey hot = BankRules.account("acc-a");
    stores
        .entities()
        .put(
            EntitySlot.empty(hot)
                .enqueued(
                    new QueuedPrepare(
                        id, RequestLogRecord.ClientRequest.digest(request), SEQUENCED_AT)));
    return id;
  }

  private RequestId sequenced(VerifiedRequest request) {
    RequestLogRecord.ClientRequest record = new RequestLogRecord.ClientRequest(request);
    NodeId other = keys.members().get(1);
    stores
        .requests()
        .put(
            new RequestEntry(
                record.id(),
                record.bodyDigest(),
                request,
                List.of(BankRules.account("acc-a"), BankRules.account("acc-b")),
                new LogPosition(0, 0, SEQUENCED_AT),
                Beacon.GENESIS,
                0,
                other,
                false));
    return record.id();
  }
}
