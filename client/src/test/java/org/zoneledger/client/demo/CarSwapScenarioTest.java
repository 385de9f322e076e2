package org.zoneledger.client.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zoneledger.client.ClientIdentity;
import org.zoneledger.protocol.auth.IdentityDirectory;
import org.zoneledger.protocol.auth.RequestVerifier;
import org.zoneledger.protocol.auth.VerificationMode;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.request.AddQuantity;
import org.zoneledger.protocol.request.AssetKind;
import org.zoneledger.protocol.request.CreateAsset;
import org.zoneledger.protocol.request.CreateClaims;
import org.zoneledger.protocol.request.CreateEndorsements;
import org.zoneledger.protocol.request.DefineAssetType;
import org.zoneledger.protocol.request.EntityRef;
import org.zoneledger.protocol.request.IssueIdentity;
import org.zoneledger.protocol.request.LedgerRequest;
import org.zoneledger.protocol.request.PublicCredentials;
import org.zoneledger.protocol.request.RequestType;
import org.zoneledger.protocol.request.Transfer;
import org.zoneledger.protocol.request.Transfers;
import org.zoneledger.protocol.rules.OwnershipView;
import org.zoneledger.protocol.rules.SignerRules;

class CarSwapScenarioTest {

  private final CarSwapScenario scenario = new CarSwapScenario("t1");

  @Test
  void everyStepVerifiesAsANodeVerifiesAPutAndMeetsTheSignerRulesInTheStateBeforeIt() {
    RequestVerifier verifier = new RequestVerifier(directory(), VerificationMode.IOV42);
    Ledger ledger = new Ledger();
    for (DemoStep step : scenario.steps()) {
      VerifiedRequest verified =
          verifier.verify(step.requestId(), step.put().body(), step.put().headers());

      assertThat(verified.parsed().request()).as(step.title()).isEqualTo(step.put().request());
      assertThat(SignerRules.check(step.put().request(), verified.principals(), ledger))
          .as(step.title())
          .satisfies(decision -> assertThat(decision.authorised()).isTrue());
      ledger.apply(step.put().request(), verified.principals());
    }
    assertThat(ledger.owners.get(EntityRef.asset("car.t1", CarSwapScenario.VIN)))
        .isEqualTo("bob.t1");
  }

  @Test
  void theStoryRunsFromFourIdentitiesToOneSwap() {
    assertThat(scenario.steps())
        .extracting(s -> s.put().request().type())
        .containsExactly(
            RequestType.ISSUE_IDENTITY,
            RequestType.ISSUE_IDENTITY,
            RequestType.ISSUE_IDENTITY,
            RequestType.ISSUE_IDENTITY,
            RequestType.DEFINE_ASSET_TYPE,
            RequestType.DEFINE_ASSET_TYPE,
            RequestType.CREATE_ASSET,
            RequestType.CREATE_ASSET_CLAIMS,
            RequestType.CREATE_ASSET_ENDORSEMENTS,
            RequestType.CREATE_ASSET,
            RequestType.CREATE_ASSET,
            RequestType.ADD_QUANTITY,
            RequestType.TRANSFERS);
    assertThat(scenario.steps()).extracting(DemoStep::requestId).doesNotHaveDuplicates();
  }

  @Test
  void theCarTypeIsUniqueAndEurIsQuantifiableWithScaleTwo() {
    List<DefineAssetType> types =
        requests(DefineAssetType.class).stream().map(DefineAssetType.class::cast).toList();

    assertThat(types)
        .extracting(DefineAssetType::assetTypeId, DefineAssetType::kind, DefineAssetType::scale)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("car.t1", AssetKind.UNIQUE, null),
            org.assertj.core.groups.Tuple.tuple("EUR.t1", AssetKind.QUANTIFIABLE, 2));
  }

  @Test
  void theSwapMovesTheCarToBobAndTwelveThousandFiveHundredEurosToAliceInOneRequest() {
    DemoStep swap = scenario.steps().get(scenario.steps().size() - 1);
    Transfers transfers = (Transfers) swap.put().request();

    assertThat(transfers.transfers())
        .containsExactly(
            new Transfer.Ownership("car.t1", CarSwapScenario.VIN, "alice.t1", "bob.t1"),
            new Transfer.Quantity("EUR.t1", "bob", "alice", BigInteger.valueOf(1_250_000)));
    assertThat(authorisers(swap)).containsExactly("alice.t1", "bob.t1");
  }

  @Test
  void onlyTheIssuerTogetherWithBobMintsBobsEuros() {
    DemoStep mint =
        scenario.steps().stream()
            .filter(s -> s.put().request() instanceof AddQuantity)
            .findFirst()
            .orElseThrow();

    assertThat(((AddQuantity) mint.put().request()).quantity()).isEqualTo(CarSwapScenario.PRICE);
    assertThat(authorisers(mint)).containsExactly("bob.t1", "eur-issuer.t1");
    assertThat(
            requests(CreateAsset.class).stream()
                .map(r -> ((CreateAsset) r).quantity())
                .filter(q -> q != null))
        .containsOnly(BigInteger.ZERO);
  }

  @Test
  void amountsPrintInEurosWithTwoDecimals() {
    assertThat(CarSwapScenario.eur(CarSwapScenario.PRICE)).isEqualTo("12,500.00");
    assertThat(CarSwapScenario.eur(BigInteger.ZERO)).isEqualTo("0.00");
  }

  @Test
  void twoRunsUseDifferentIds() {
    assertThat(CarSwapScenario.fresh().carType()).isNotEqualTo(CarSwapScenario.fresh().carType());
  }

  private List<LedgerRequest> requests(Class<?> type) {
    return scenario.steps().stream().map(s -> s.put().request()).filter(type::isInstance).toList();
  }

  private Set<String> authorisers(DemoStep step) {
    return new RequestVerifier(directory(), VerificationMode.IOV42)
        .verify(step.requestId(), step.put().body(), step.put().headers())
        .principals();
  }

  private IdentityDirectory directory() {
    Map<String, PublicCredentials> keys = new HashMap<>();
    for (ClientIdentity id :
        List.of(scenario.mva(), scenario.alice(), scenario.bob(), scenario.issuer())) {
      keys.put(id.identityId(), id.credentials());
    }
    return new IdentityDirectory() {
      @Override
      public List<PublicCredentials> credentials(String identityId) {
        PublicCredentials key = keys.get(identityId);
        return key == null ? List.of() : List.of(key);
      }

      @Override
      public boolean isDelegate(String delegatorId, String delegateId) {
        return false;
      }
    };
  }

  /** Who owns what and which claims exist, as far as the signer rules look. */
  private static final class Ledger implements OwnershipView {
    final Map<EntityRef, String> owners = new HashMap<>();
    final Set<String> claims = new HashSet<>();

    @Override
    public Optional<String> ownerOf(EntityRef entity) {
      return Optional.ofNullable(owners.get(entity));
    }

    @Override
    public boolean claimExists(EntityRef subject, String hash) {
      return claims.contains(subject + hash);
    }

    void apply(LedgerRequest request, Set<String> principals) {
      String creator = principals.iterator().next();
      if (request instanceof IssueIdentity r) {
        owners.put(EntityRef.identity(r.identityId()), r.identityId());
      } else if (request instanceof DefineAssetType r) {
        owners.put(EntityRef.assetType(r.assetTypeId()), creator);
      } else if (request instanceof CreateAsset r) {
        owners.put(r.asset(), creator);
      } else if (request instanceof CreateClaims r) {
        r.claims().forEach(hash -> claims.add(r.subject() + hash));
      } else if (request instanceof CreateEndorsements r) {
        assertThat(r.endorsements().keySet())
            .allSatisfy(hash -> assertThat(claimExists(r.subject(), hash)).isTrue());
      } else if (request instanceof Transfers r) {
        for (Transfer t : r.transfers()) {
          if (t instanceof Transfer.Ownership o) {
            owners.put(o.asset(), o.toIdentityId());
          }
        }
      }
    }
  }
}
