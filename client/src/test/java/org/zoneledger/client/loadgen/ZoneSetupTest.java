package org.zoneledger.client.loadgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zoneledger.client.ZoneClient;
import org.zoneledger.protocol.auth.HeaderCodec;

class ZoneSetupTest {
  private final BenchAccounts accounts = BenchAccounts.generate("s", 3);
  private final Set<String> refusedOnce = ConcurrentHashMap.newKeySet();
  private final PrintStream out = new PrintStream(new ByteArrayOutputStream());
  private StubNode node;

  @AfterEach
  void stop() {
    node.close();
  }

  private int setUp(BenchOptions.Funding funding) throws InterruptedException {
    return new ZoneSetup(List.of(new ZoneClient(node.baseUrl())), 4).run(accounts, funding, out);
  }

  private long count(String type) {
    return node.received.stream().filter(r -> r.text().contains(type)).count();
  }

  @Test
  void identitiesTheTypeAccountsAndMintsAreCreatedWithTheIssuerSigningEveryMint() throws Exception {
    node = new StubNode(StubNode.Answer::ok);

    assertThat(setUp(BenchOptions.Funding.MINT)).isEqualTo(4 + 1 + 3 + 3);
    assertThat(count("IssueIdentityRequest")).isEqualTo(4);
    assertThat(count("\"scale\":2")).isEqualTo(1);
    assertThat(count("\"quantity\":\"0\"")).isEqualTo(3);
    assertThat(node.received.stream().filter(r -> r.text().contains("AddQuantityRequest")))
        .hasSize(3)
        .allSatisfy(r -> assertThat(r.text()).contains("\"quantity\":\"100000000\""))
        .allSatisfy(
            r -> assertThat(HeaderCodec.authorisations(r.authorisations()).size()).isEqualTo(2));
  }

  @Test
  void initialFundingCreatesTheAccountsWithTheirBalanceAndMintsNothing() throws Exception {
    node = new StubNode(StubNode.Answer::ok);

    assertThat(setUp(BenchOptions.Funding.INITIAL)).isEqualTo(4 + 1 + 3);
    assertThat(count("\"quantity\":\"100000000\"")).isEqualTo(3);
    assertThat(count("AddQuantityRequest")).isZero();
  }

  @Test
  void aRequestRolledBackForContentionIsSignedAfreshAndSentAgain() throws Exception {
    node =
        new StubNode(
            r -> {
              if (r.text().contains("CreateAssetRequest")
                  && refusedOnce.add(r.text().replaceAll("\"requestId\":\"[^\"]*\"", ""))) {
                return StubNode.Answer.error(409, 2605, "Contention");
              }
              return StubNode.Answer.ok(r);
            });

    assertThat(setUp(BenchOptions.Funding.INITIAL)).isEqualTo(8);
    assertThat(count("CreateAssetRequest")).isEqualTo(6);
    assertThat(node.received.stream().map(StubNode.Received::requestId).distinct()).hasSize(8 + 3);
  }

  @Test
  void aRequestANodeShedAtItsDoorIsSentAgain() throws Exception {
    node =
        new StubNode(
            r ->
                r.text().contains("IssueIdentityRequest")
                        && refusedOnce.add(r.text().replaceAll("\"requestId\":\"[^\"]*\"", ""))
                    ? StubNode.Answer.error(503, 1002, "System")
                    : StubNode.Answer.ok(r));

    assertThat(setUp(BenchOptions.Funding.INITIAL)).isEqualTo(8);
    assertThat(count("IssueIdentityRequest")).isEqualTo(8);
  }

  @Test
  void anUnansweredRequestIsSentAgainAndAlreadyExistsThenCountsAsDone() throws Exception {
    node =
        new StubNode(
            r -> {
              if (!r.text().contains("IssueIdentityRequest")) {
                return StubNode.Answer.ok(r);
              }
              return refusedOnce.add(r.text().replaceAll("\"requestId\":\"[^\"]*\"", ""))
                  ? StubNode.Answer.hangUp()
                  : StubNode.Answer.error(400, 2602, "AssetExistence");
            });

    assertThat(setUp(BenchOptions.Funding.INITIAL)).isEqualTo(8);
    assertThat(count("IssueIdentityRequest")).isEqualTo(8);
  }

  @Test
  void aRefusalThatWillNotPassStopsTheSetUpAtItsPhaseWithTheReason() throws Exception {
    node = new StubNode(r -> StubNode.Answer.error(400, 2503, "Authorisation"));

    assertThatThrownBy(() -> setUp(BenchOptions.Funding.MINT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("set-up of the identities failed")
        .hasMessageContaining("2503");
    assertThat(count("DefineAssetTypeRequest")).isZero();
  }
}
