package org.zoneledger.consensus.infrastructure.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zoneledger.consensus.domain.EntityState;
import org.zoneledger.consensus.domain.drme.EntitySlot;
import org.zoneledger.consensus.domain.drme.LogPosition;
import org.zoneledger.consensus.domain.drme.NodeStores;
import org.zoneledger.consensus.domain.drme.OpenRequest;
import org.zoneledger.consensus.domain.drme.PartitionBeacon;
import org.zoneledger.consensus.domain.drme.QueuedPrepare;
import org.zoneledger.consensus.domain.drme.RequestEntry;
import org.zoneledger.consensus.domain.drme.RequestOutcome;
import org.zoneledger.consensus.domain.drme.RequestSource;
import org.zoneledger.consensus.domain.drme.Reservation;
import org.zoneledger.consensus.domain.drme.Topic;
import org.zoneledger.protocol.auth.SignatureEntry;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.crypto.Hashes;
import org.zoneledger.protocol.drme.Beacon;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.ClientSignature;
import org.zoneledger.protocol.message.Decision;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.EntityKind;
import org.zoneledger.protocol.message.EntityLink;
import org.zoneledger.protocol.message.Entropy;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.message.NodeSignature;
import org.zoneledger.protocol.message.Proof;
import org.zoneledger.protocol.message.RequestId;
import org.zoneledger.protocol.message.RollbackReason;
import org.zoneledger.protocol.message.Vote;
import org.zoneledger.protocol.request.AddQuantity;
import org.zoneledger.protocol.request.PropertyOrder;
import org.zoneledger.protocol.request.RequestParser;
import org.zoneledger.protocol.request.RequestWriter;

/**
 * What every implementation of the DRME engine's stores must do, as the engine relies on it. A
 * subclass opens a fresh, empty node database per test and gives the stores of one transaction at a
 * time; most facts are checked both within the writing transaction and in a later one.
 */
public abstract class NodeStoresContract {
  protected static final NodeId SELF = new NodeId("node-1");
  protected static final NodeId OTHER = new NodeId("node-2");

  /** Claim plaintexts live on the log only; this is the log. */
  protected final Map<String, VerifiedRequest> log = new HashMap<>();

  protected final RequestSource requestSource =
      (id, digest) -> Optional.ofNullable(log.get(id + "|" + digest));

  /** The canonical bytes of a {@link Note} are its text. */
  protected static final StateCodec NOTES =
      (key, bytes) -> new Note(key, new String(bytes, StandardCharsets.UTF_8));

  /** A test entity state. */
  public record Note(EntityKey key, String text) implements EntityState {
    @Override
    public byte[] canonicalBytes() {
      return text.getBytes(StandardCharsets.UTF_8);
    }
  }

  /** Opens an empty database. */
  protected abstract void openDatabase();

  protected abstract void closeDatabase();

  /** The stores of a new transaction. */
  protected abstract NodeStores begin();

  /** Commits the transaction {@link #begin} started. */
  protected abstract void commit();

  @BeforeEach
  void open() {
    openDatabase();
  }

  @AfterEach
  void close() {
    closeDatabase();
  }

  protected <T> T tx(Function<NodeStores, T> work) {
    NodeStores stores = begin();
    T result = work.apply(stores);
    commit();
    return result;
  }

  protected void txDo(Consumer<NodeStores> work) {
    tx(
        stores -> {
          work.accept(stores);
          return null;
        });
  }

  @Test
  public void offsetsStartAtZeroAndKeepTheLastAdvancedPositionPerTopicAndPartition() {
    txDo(
        s -> {
          assertThat(s.offsets().next(Topic.VOTES, 3)).isZero();
          s.offsets().advance(Topic.VOTES, 3, 7);
          s.offsets().advance(Topic.VOTES, 3, 9);
          s.offsets().advance(Topic.REQUESTS, 3, 2);
          assertThat(s.offsets().next(Topic.VOTES, 3)).isEqualTo(9);
        });
    txDo(
        s -> {
          assertThat(s.offsets().next(Topic.VOTES, 3)).isEqualTo(9);
          assertThat(s.offsets().next(Topic.REQUESTS, 3)).isEqualTo(2);
          assertThat(s.offsets().next(Topic.ENTITY_LOG, 3)).isZero();
          assertThat(s.offsets().next(Topic.VOTES, 0)).isZero();
        });
  }

  @Test
  public void aBeaconIsInitialUntilPutAndKeepsItsSequencePerNode() {
    PartitionBeacon folded = PartitionBeacon.INITIAL.fold(entropy(SELF, 4)).fold(entropy(OTHER, 1));
    txDo(
        s -> {
          assertThat(s.beacons().of(2)).isEqualTo(PartitionBeacon.INITIAL);
          s.beacons().put(2, folded);
          s.beacons().put(0, folded);
          assertThat(s.beacons().of(2)).isEqualTo(folded);
        });
    txDo(
        s -> {
          assertThat(s.beacons().of(2)).isEqualTo(folded);
          assertThat(s.beacons().of(2).isFresh(entropy(SELF, 4))).isFalse();
          assertThat(s.beacons().of(0)).isEqualTo(folded);
          assertThat(s.beacons().of(1)).isEqualTo(PartitionBeacon.INITIAL);
        });
  }

  @Test
  public void aRequestEntryReadsBackEqualAndAnUpdatedRoundReplacesIt() {
    RequestEntry entry = entry("r-1", List.of(key("a"), key("b")), 10);
    txDo(s -> s.requests().put(entry));
    txDo(
        s -> {
          assertThat(s.requests().find(entry.id())).contains(entry);
          assertThat(s.requests().find(new RequestId("r-none"))).isEmpty();
          s.requests().put(entry.inRound(2, OTHER).withProofSent());
        });
    assertThat(tx((NodeStores s) -> s.requests().find(entry.id())))
        .contains(entry.inRound(2, OTHER).withProofSent());
  }

  @Test
  public void undecidedListsTheEntriesWithEntitiesAndNoOutcome() {
    RequestEntry late = entry("r-late", List.of(key("a")), 30);
    RequestEntry early = entry("r-early", List.of(key("b")), 20);
    RequestEntry rejected = entry("r-rejected", List.of(), 10);
    RequestEntry decided = entry("r-decided", List.of(key("c")), 5);
    txDo(
        s -> {
          s.requests().put(late);
          s.requests().put(early);
          s.requests().put(rejected);
          s.requests().put(decided);
          s.requests().putOutcome(committed(decided.id()));
          assertThat(s.requests().undecided()).containsExactlyInAnyOrder(early, late);
        });
    txDo(
        s -> {
          assertThat(s.requests().undecided()).containsExactlyInAnyOrder(early, late);
          s.requests().put(early.inRound(1, OTHER));
          s.requests().putOutcome(committed(late.id()));
          assertThat(s.requests().undecided()).containsExactly(early.inRound(1, OTHER));
        });
    assertThat(tx((NodeStores s) -> s.requests().undecided()))
        .containsExactly(early.inRound(1, OTHER));
  }

  @Test
  public void openListsTheUndecidedEntriesRoundsInLogOrderWithoutDecodingThem() {
    RequestEntry late = entry("o-late", List.of(key("a")), 30);
    RequestEntry early = entry("o-early", List.of(key("b")), 20);
    RequestEntry rejected = entry("o-rejected", List.of(), 10);
    txDo(
        s -> {
          s.requests().put(late);
          s.requests().put(early);
          s.requests().put(rejected);
        });
    txDo(
        s -> {
          assertThat(s.requests().open())
              .containsExactly(
                  new OpenRequest(early.id(), early.sequenced().timestamp(), 0),
                  new OpenRequest(late.id(), late.sequenced().timestamp(), 0));
          s.requests().put(early.inRound(2, OTHER));
          s.requests().putOutcome(committed(late.id()));
          assertThat(s.requests().open())
              .containsExactly(new OpenRequest(early.id(), early.sequenced().timestamp(), 2));
        });
    assertThat(tx((NodeStores s) -> s.requests().open()))
        .containsExactly(new OpenRequest(early.id(), early.sequenced().timestamp(), 2));
  }

  @Test
  public void anOutcomeRecordedBeforeItsEntryKeepsTheEntryOutOfUndecided() {
    RequestEntry entry = entry("r-1", List.of(key("a")), 10);
    RequestOutcome outcome =
        new RequestOutcome(
            entry.id(), RequestOutcome.Status.ROLLED_BACK, 1, Optional.of(digest("proof")));
    txDo(s -> s.requests().putOutcome(outcome));
    txDo(s -> s.requests().put(entry));
    txDo(
        s -> {
          assertThat(s.requests().undecided()).isEmpty();
          assertThat(s.requests().outcome(entry.id())).contains(outcome);
          assertThat(s.requests().outcome(new RequestId("r-none"))).isEmpty();
        });
    RequestOutcome rejected =
        new RequestOutcome(
            new RequestId("r-2"), RequestOutcome.Status.REJECTED, 0, Optional.empty());
    txDo(s -> s.requests().putOutcome(rejected));
    assertThat(tx((NodeStores s) -> s.requests().outcome(rejected.requestId()))).contains(rejected);
  }

  @Test
  public void aRequestWithClaimPlaintextsReadsBackWithThem() {
    VerifiedRequest withClaims = request("r-claims", Map.of("hash-1", "plaintext one"));
    RequestEntry entry = entry(withClaims, List.of(key("a")), 10);
    txDo(s -> s.requests().put(entry));
    assertThat(tx((NodeStores s) -> s.requests().find(entry.id()))).contains(entry);
  }

  @Test
  public void anEqualVoteIsStoredOnceAndVotesComeBackInReadOrder() {
    RequestId id = new RequestId("r-1");
    Vote first = vote(id, "b", OTHER, Decision.COMMIT);
    Vote second = vote(id, "a", SELF, Decision.ROLLBACK);
    Vote third = vote(id, "a", OTHER, Decision.COMMIT);
    txDo(
        s -> {
          assertThat(s.votes().add(first)).isTrue();
          assertThat(s.votes().add(first)).isFalse();
          assertThat(s.votes().add(second)).isTrue();
          assertThat(s.votes().votesFor(id)).containsExactly(first, second);
        });
    txDo(
        s -> {
          assertThat(s.votes().add(second)).isFalse();
          assertThat(s.votes().add(third)).isTrue();
          assertThat(s.votes().votesFor(id)).containsExactly(first, second, third);
        });
    assertThat(tx((NodeStores s) -> s.votes().votesFor(id))).containsExactly(first, second, third);
    assertThat(tx((NodeStores s) -> s.votes().votesFor(new RequestId("r-none")))).isEmpty();
  }

  @Test
  public void aBallotIsFoundAfterItIsStoredAndASecondOneForTheSameEntityIsRefused() {
    RequestId id = new RequestId("r-1");
    Vote ballot = vote(id, "a", SELF, Decision.COMMIT);
    txDo(
        s -> {
          assertThat(s.ballots().find(id, key("a"))).isEmpty();
          s.ballots().put(ballot);
          assertThat(s.ballots().find(id, key("a"))).contains(ballot);
        });
    txDo(
        s -> {
          assertThat(s.ballots().find(id, key("a"))).contains(ballot);
          assertThat(s.ballots().find(id, key("b"))).isEmpty();
          assertThatThrownBy(() -> s.ballots().put(vote(id, "a", SELF, Decision.ROLLBACK)))
              .isInstanceOf(IllegalStateException.class);
        });
  }

  @Test
  public void anUnknownEntityHasAnEmptySlot() {
    assertThat(tx((NodeStores s) -> s.entities().slot(key("nobody"))))
        .isEqualTo(EntitySlot.empty(key("nobody")));
    assertThat(tx((NodeStores s) -> s.entities().all())).isEmpty();
  }

  @Test
  public void aSlotKeepsStateHeadReservationAndItsQueueInFifoOrder() {
    EntityKey a = key("a");
    QueuedPrepare q1 = queued("q-1", 100);
    QueuedPrepare q2 = queued("q-2", 101);
    QueuedPrepare q3 = queued("q-3", 102);
    QueuedPrepare q4 = queued("q-4", 103);
    Reservation lock = new Reservation(new RequestId("r-lock"), digest("body"), digest("change"));
    EntitySlot locked =
        new EntitySlot(
            a,
            Optional.of(new Note(a, "balance 10")),
            Optional.of(digest("head-1")),
            Optional.of(lock),
            List.of(q1, q2, q3));
    txDo(
        s -> {
          s.entities().put(locked);
          assertThat(s.entities().slot(a)).isEqualTo(locked);
        });
    assertThat(tx((NodeStores s) -> s.entities().slot(a))).isEqualTo(locked);

    EntitySlot served =
        new EntitySlot(
            a,
            Optional.of(new Note(a, "balance 7")),
            Optional.of(digest("head-2")),
            Optional.of(new Reservation(q1.requestId(), q1.requestDigest(), digest("c2"))),
            List.of(q2, q3, q4));
    txDo(s -> s.entities().put(served));
    assertThat(tx((NodeStores s) -> s.entities().slot(a))).isEqualTo(served);

    EntitySlot expired =
        new EntitySlot(a, served.state(), served.head(), Optional.empty(), List.of(q2, q4));
    txDo(
        s -> {
          s.entities().put(expired);
          EntitySlot requeued =
              new EntitySlot(a, served.state(), served.head(), Optional.empty(), List.of(q4, q2));
          s.entities().put(requeued);
          assertThat(s.entities().slot(a)).isEqualTo(requeued);
        });
    assertThat(tx((NodeStores s) -> s.entities().slot(a)).queue()).containsExactly(q4, q2);
    EntitySlot emptied =
        new EntitySlot(a, served.state(), served.head(), Optional.empty(), List.of());
    txDo(s -> s.entities().put(emptied));
    assertThat(tx((NodeStores s) -> s.entities().slot(a))).isEqualTo(emptied);
  }

  @Test
  public void allListsEverySlotPutIncludingThoseOfTheCurrentTransaction() {
    EntitySlot a =
        new EntitySlot(
            key("a"),
            Optional.of(new Note(key("a"), "A")),
            Optional.of(digest("h")),
            Optional.empty(),
            List.of(queued("q", 1)));
    EntitySlot b = EntitySlot.empty(key("b"));
    txDo(s -> s.entities().put(a));
    txDo(
        s -> {
          s.entities().put(b);
          assertThat(s.entities().all()).containsExactlyInAnyOrder(a, b);
        });
    assertThat(tx((NodeStores s) -> s.entities().all())).containsExactlyInAnyOrder(a, b);
  }

  @Test
  public void aProofIsFoundByItsHashAndTheAppliedProofIsRecordedPerRequestAndEntity() {
    RequestId id = new RequestId("r-1");
    Proof proof = proof(id, "a");
    txDo(
        s -> {
          s.proofs().put(proof);
          s.proofs().put(proof);
          s.proofs().markApplied(id, key("a"), proof.hash());
          assertThat(s.proofs().find(proof.hash())).contains(proof);
        });
    txDo(
        s -> {
          assertThat(s.proofs().find(proof.hash())).contains(proof);
          assertThat(s.proofs().find(digest("other"))).isEmpty();
          assertThat(s.proofs().appliedOn(id, key("a"))).contains(proof.hash());
          assertThat(s.proofs().appliedOn(id, key("b"))).isEmpty();
          s.proofs().put(proof);
        });
  }

  // --- fixtures

  protected static EntityKey key(String name) {
    return new EntityKey("asset:eur:" + name);
  }

  protected static Bytes digest(String text) {
    return Bytes.of(Hashes.sha256(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static Entropy entropy(NodeId node, long sequence) {
    return new Entropy(
        node, 2, sequence, digest(node + "/" + sequence), new NodeSignature.Direct(digest("sig")));
  }

  protected VerifiedRequest request(String id, Map<String, String> claimPlaintexts) {
    byte[] body =
        RequestWriter.write(
            new AddQuantity(id, "acc", "eur", BigInteger.TEN), PropertyOrder.JAVA_SDK);
    SignatureEntry signature = new SignatureEntry("alice", "SHA256withECDSA", "c2ln", null);
    SignatureEntry delegated = new SignatureEntry("bob", "SHA256withECDSA", "c2lnMg", "bot");
    VerifiedRequest request =
        new VerifiedRequest(
            RequestParser.parse(body), List.of(signature, delegated), signature, claimPlaintexts);
    log.put(id + "|" + Bytes.of(Hashes.sha256(body)), request);
    return request;
  }

  protected RequestEntry entry(String id, List<EntityKey> entities, long at) {
    return entry(request(id, Map.of()), entities, at);
  }

  private static RequestEntry entry(VerifiedRequest request, List<EntityKey> entities, long at) {
    String id = request.parsed().request().requestId();
    return new RequestEntry(
        new RequestId(id),
        Bytes.of(Hashes.sha256(request.parsed().body())),
        request,
        entities,
        new LogPosition(1, at, 1_000 + at),
        new Beacon(digest("beacon-" + id)),
        0,
        SELF,
        false);
  }

  private static RequestOutcome committed(RequestId id) {
    return new RequestOutcome(id, RequestOutcome.Status.COMMITTED, 0, Optional.of(digest("p")));
  }

  private static QueuedPrepare queued(String id, long at) {
    return new QueuedPrepare(new RequestId(id), digest("body-" + id), at);
  }

  protected static Vote vote(RequestId id, String entity, NodeId voter, Decision decision) {
    return new Vote(
        id,
        key(entity),
        voter,
        decision,
        decision == Decision.COMMIT
            ? Optional.empty()
            : Optional.of(new RollbackReason(2101, "Balance", "too little")),
        Optional.of(digest("prev")),
        digest("change-" + entity),
        Bytes.of(new byte[] {1, 2, 3}),
        new NodeSignature.Direct(digest(voter + "/" + id + "/" + entity)));
  }

  private static Proof proof(RequestId id, String entity) {
    return new Proof(
        id,
        0,
        SELF,
        Bytes.of("{}".getBytes(StandardCharsets.UTF_8)),
        List.of(new ClientSignature("alice", "SHA256withECDSA", "c2ln", Optional.empty())),
        List.of(new EntityLink(key(entity), EntityKind.ASSET, Optional.empty(), digest("change"))),
        List.of(vote(id, entity, SELF, Decision.COMMIT), vote(id, entity, OTHER, Decision.COMMIT)),
        Decision.COMMIT,
        new NodeSignature.Direct(digest("proof-signature")));
  }
}
