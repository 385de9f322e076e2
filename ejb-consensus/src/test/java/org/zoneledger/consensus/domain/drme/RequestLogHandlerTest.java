package org.zoneledger.consensus.domain.drme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zoneledger.protocol.drme.Beacon;
import org.zoneledger.protocol.drme.Election;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.Entropy;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.message.NodeSignature;
import org.zoneledger.protocol.message.RequestId;
import org.zoneledger.protocol.request.AssetKind;
import org.zoneledger.protocol.request.DefineAssetType;
import org.zoneledger.protocol.zone.ProtocolParameters;

class RequestLogHandlerTest {
  private final ZoneKeys keys = ZoneKeys.hashed(3);
  private final List<NodeStores> stores =
      List.of(InMemoryStores.create(), InMemoryStores.create(), InMemoryStores.create());
  private long offset;

  private RequestLogHandler handler(int node) {
    NodeId self = keys.members().get(node);
    return new RequestLogHandler(
        new DrmeNode(
            self,
            keys.members(),
            ProtocolParameters.DEFAULTS,
            new RoundSchedule(Duration.ofSeconds(3), 4),
            new BankRules(),
            keys.crypto().get(self),
            keys.verifiers().apply(self),
            (id, digest) -> Optional.empty(),
            DrmeNode.SigningMode.BATCH),
        stores.get(node));
  }

  /** Every node handles the same records, in one batch each. */
  private List<Effects> deliver(RequestLogRecord... records) {
    List<Delivery<RequestLogRecord>> batch = new ArrayList<>();
    for (RequestLogRecord record : records) {
      batch.add(new Delivery<>(new LogPosition(0, offset++, 42), record));
    }
    List<Effects> effects = new ArrayList<>();
    for (int node = 0; node < 3; node++) {
      effects.add(handler(node).handle(batch));
    }
    return effects;
  }

  private Entropy entropy(int node, long sequence, byte fill, int signer) {
    byte[] random = new byte[32];
    java.util.Arrays.fill(random, fill);
    Entropy unsigned =
        new Entropy(
            keys.members().get(node), 0, sequence, Bytes.of(random), NodeSignature.unsigned());
    return unsigned.withSignature(
        keys.crypto().get(keys.members().get(signer)).sign(unsigned.signingBytes()));
  }

  private static RequestLogRecord request(org.zoneledger.protocol.auth.VerifiedRequest request) {
    return new RequestLogRecord.ClientRequest(request);
  }

  @Test
  void theFirstCopyWinsAnIdenticalCopyIsAStatusPollAndAnotherBodyIsAConflict() {
    var first = TestClients.mint("m1", "a", 5);
    deliver(request(first));

    List<Effects> copies = deliver(request(first), request(TestClients.mint("m1", "a", 6)));

    assertThat(copies.get(0).outcomes())
        .containsExactly(
            new Outcome.Duplicate(new RequestId("m1"), Optional.empty()),
            new Outcome.Conflict(new RequestId("m1")));
    assertThat(new Outcome.Conflict(new RequestId("m1")).errorCode().code()).isEqualTo(2701);
    assertThat(stores.get(0).requests().find(new RequestId("m1")).orElseThrow().bodyDigest())
        .isEqualTo(new RequestLogRecord.ClientRequest(first).bodyDigest());
  }

  @Test
  void theCoordinatorIsElectedWithTheBeaconOfValidMemberEntropyBeforeTheRequest() {
    Entropy valid = entropy(1, 0, (byte) 7, 1);
    Entropy forged = entropy(2, 0, (byte) 8, 1);
    RequestId id = new RequestId("m1");

    deliver(
        new RequestLogRecord.DrmeEntropy(valid),
        new RequestLogRecord.DrmeEntropy(forged),
        new RequestLogRecord.DrmeEntropy(valid),
        request(TestClients.mint("m1", "a", 5)),
        new RequestLogRecord.DrmeEntropy(entropy(2, 0, (byte) 9, 2)));

    Beacon expected = Beacon.GENESIS.next(valid);
    for (NodeStores node : stores) {
      RequestEntry entry = node.requests().find(id).orElseThrow();
      assertThat(entry.beacon()).isEqualTo(expected);
      assertThat(entry.coordinator())
          .isEqualTo(Election.coordinator(expected, id, 0, keys.members()));
    }
  }

  @Test
  void onlyTheElectedCoordinatorSendsOneSignedPreparePerTouchedEntity() {
    var pay = TestClients.transfer("pay", "a", "b", 5);

    List<Effects> effects = deliver(request(pay));

    NodeId coordinator = stores.get(0).requests().find(new RequestId("pay")).get().coordinator();
    for (int node = 0; node < 3; node++) {
      boolean elected = keys.members().get(node).equals(coordinator);
      assertThat(effects.get(node).entityLog()).hasSize(elected ? 2 : 0);
    }
    ZoneVerifier verifier = keys.verifiers().apply(keys.members().get(0));
    assertThat(effects.stream().flatMap(e -> e.entityLog().stream()))
        .allSatisfy(
            record -> {
              var prepare = ((EntityLogRecord.OfPrepare) record).prepare();
              assertThat(prepare.coordinator()).isEqualTo(coordinator);
              assertThat(prepare.changeDigest())
                  .isEqualTo(new RequestLogRecord.ClientRequest(pay).bodyDigest());
              assertThat(
                      verifier.signedBy(coordinator, prepare.signingBytes(), prepare.signature()))
                  .isTrue();
            });
  }

  @Test
  void aRequestTheLedgerCannotSplitIsRejectedAlikeOnEveryNode() {
    var define = TestClients.signed(new DefineAssetType("d1", "usd", AssetKind.QUANTIFIABLE, 2));

    List<Effects> effects = deliver(request(define));

    assertThat(effects)
        .allSatisfy(
            e ->
                assertThat(e.outcomes())
                    .singleElement()
                    .satisfies(
                        o ->
                            assertThat(((Outcome.Rejected) o).errorCode())
                                .isEqualTo(ErrorCode.INVALID_FIELD)));
    assertThat(stores.get(1).requests().undecided()).isEmpty();
  }
}
