package org.zoneledger.client;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zoneledger.protocol.auth.RequestSigning;
import org.zoneledger.protocol.auth.RequestVerifier;
import org.zoneledger.protocol.auth.SignatureEntry;
import org.zoneledger.protocol.auth.SignedPut;
import org.zoneledger.protocol.auth.VerificationMode;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.request.AssetKind;
import org.zoneledger.protocol.request.ClaimHash;
import org.zoneledger.protocol.request.EntityRef;
import org.zoneledger.protocol.request.PropertyOrder;
import org.zoneledger.protocol.request.RequestType;
import org.zoneledger.protocol.request.Transfer;
import org.zoneledger.protocol.rules.OwnershipView;
import org.zoneledger.protocol.rules.SignerRules;

class CommandBuilderTest {

  static Stream<Arguments> everyTypeWithEveryKeyAndOrder() {
    Stream.Builder<Arguments> cases = Stream.builder();
    for (SignatureAlgorithm algorithm :
        List.of(SignatureAlgorithm.P256_SHA256, SignatureAlgorithm.RSA_SHA256)) {
      for (PropertyOrder order : PropertyOrder.values()) {
        for (RequestType type : RequestType.values()) {
          cases.add(Arguments.of(type, algorithm, order));
        }
      }
    }
    return cases.build();
  }

  @ParameterizedTest(name = "{0} signed with {1} in {2} order")
  @MethodSource("everyTypeWithEveryKeyAndOrder")
  void aRequestBuiltByTheClientVerifiesOnTheServerAndMeetsTheSignerRules(
      RequestType type, SignatureAlgorithm algorithm, PropertyOrder order) {
    Directory directory = new Directory();
    ClientIdentity alice = directory.register(ClientIdentity.generate("alice", algorithm));
    ClientIdentity bob = directory.register(ClientIdentity.generate("bob", algorithm));
    ClientIdentity bot = directory.register(ClientIdentity.generate("bot", algorithm));
    directory.delegate("alice", "bot");
    CommandBuilder builder = new CommandBuilder(order, () -> "req-" + type.ordinal());

    SignedPut put = build(builder, type, alice, bob, bot, algorithm);
    VerifiedRequest verified =
        new RequestVerifier(directory, VerificationMode.IOV42)
            .verify(put.request().requestId(), put.body(), put.headers());

    assertThat(verified.parsed().request()).isEqualTo(put.request());
    assertThat(verified.parsed().request().type()).isEqualTo(type);
    assertThat(
            SignerRules.check(put.request(), verified.principals(), aliceOwnsEverything())
                .authorised())
        .isTrue();
    String body = new String(put.body(), UTF_8);
    if (order == PropertyOrder.JAVA_SDK) {
      assertThat(body).startsWith("{\"_type\":\"" + type.wireName() + "\",\"requestId\":");
    } else {
      assertThat(body).endsWith(",\"_type\":\"" + type.wireName() + "\"}");
    }
  }

  @Test
  void theTypeScriptStyleAuthenticatesAsTheKeyHolderAndTheJavaStyleInTheDelegatedForm() {
    Directory directory = new Directory();
    directory.register(ClientIdentity.generate("alice", SignatureAlgorithm.P256_SHA256));
    ClientIdentity bot =
        directory.register(ClientIdentity.generate("bot", SignatureAlgorithm.P256_SHA256));
    directory.delegate("alice", "bot");
    RequestVerifier verifier = new RequestVerifier(directory, VerificationMode.IOV42);

    for (PropertyOrder order : PropertyOrder.values()) {
      SignedPut put =
          new CommandBuilder(order, () -> "req-" + order)
              .defineAssetType(bot.onBehalfOf("alice"), "eur", AssetKind.QUANTIFIABLE, 2);
      VerifiedRequest verified =
          verifier.verify(put.request().requestId(), put.body(), put.headers());

      assertThat(verified.principals()).containsExactly("alice");
      assertThat(verified.authorisations().get(0).delegateIdentityId()).isEqualTo("bot");
      SignatureEntry authentication = verified.authentication();
      if (order == PropertyOrder.TYPESCRIPT_SDK) {
        assertThat(authentication.identityId()).isEqualTo("bot");
        assertThat(authentication.isDelegated()).isFalse();
      } else {
        assertThat(authentication.identityId()).isEqualTo("alice");
        assertThat(authentication.delegateIdentityId()).isEqualTo("bot");
      }
    }
  }

  @Test
  void endorsementClaimsHeadersTakeEachSdksFormAndVerifyOnTheServer() {
    Directory directory = new Directory();
    ClientIdentity alice =
        directory.register(ClientIdentity.generate("alice", SignatureAlgorithm.RSA_SHA256));
    ClientIdentity mva =
        directory.register(ClientIdentity.generate("mva", SignatureAlgorithm.P256_SHA256));
    RequestVerifier verifier = new RequestVerifier(directory, VerificationMode.IOV42);
    CommandBuilder java = new CommandBuilder(PropertyOrder.JAVA_SDK, () -> "req-j");
    CommandBuilder ts = new CommandBuilder(PropertyOrder.TYPESCRIPT_SDK, () -> "req-t");
    EntityRef car = EntityRef.asset("car", "car-7");
    List<String> claims = List.of("first-registration:10/02/2010");
    String fullMap =
        RequestSigning.claimsHeader(
            Map.of(ClaimHash.of("first-registration:10/02/2010"), "first-registration:10/02/2010"));

    SignedPut javaEndorserOnly = java.createEndorsements(mva.signatory(), null, car, claims);
    SignedPut tsEndorserOnly = ts.createEndorsements(mva.signatory(), null, car, claims);
    SignedPut javaWithOwner =
        java.createEndorsements(mva.signatory(), alice.signatory(), car, claims);
    // the TypeScript SDK's endorsement tests: owner and endorser sign, no plaintext is sent
    SignedPut tsWithOwnerNoPlaintext =
        ts.createEndorsements(mva.signatory(), alice.signatory(), car, claims, List.of());
    // its car-purchase use case: owner and endorser sign and send the plaintexts
    SignedPut tsWithOwnerAndPlaintext =
        ts.createEndorsements(mva.signatory(), alice.signatory(), car, claims, claims);

    assertThat(javaEndorserOnly.headers().claims()).isEqualTo("e30=");
    assertThat(tsEndorserOnly.headers().claims()).isEqualTo("e30");
    assertThat(javaWithOwner.headers().claims()).isEqualTo(fullMap);
    assertThat(tsWithOwnerNoPlaintext.headers().claims()).isEqualTo("e30");
    assertThat(tsWithOwnerAndPlaintext.headers().claims()).isEqualTo(fullMap);
    for (SignedPut put :
        List.of(
            javaEndorserOnly,
            tsEndorserOnly,
            javaWithOwner,
            tsWithOwnerNoPlaintext,
            tsWithOwnerAndPlaintext)) {
      VerifiedRequest verified =
          verifier.verify(put.request().requestId(), put.body(), put.headers());
      String expectedAuthenticator =
          put.request().requestId().equals("req-j") && put != javaEndorserOnly ? "alice" : "mva";
      assertThat(verified.authentication().identityId()).isEqualTo(expectedAuthenticator);
    }
    assertThat(new String(tsWithOwnerNoPlaintext.body(), UTF_8))
        .endsWith("\"requestId\":\"req-t\",\"_type\":\"CreateAssetEndorsementsRequest\"}");
  }

  private static SignedPut build(
      CommandBuilder b,
      RequestType type,
      ClientIdentity alice,
      ClientIdentity bob,
      ClientIdentity bot,
      SignatureAlgorithm algorithm) {
    EntityRef car = EntityRef.asset("car", "car-7");
    List<String> plaintexts = List.of("first-registration:10/02/2010", "colour:red");
    return switch (type) {
      case ISSUE_IDENTITY -> b.issueIdentity(ClientIdentity.generate("carol", algorithm));
      case CREATE_IDENTITY ->
          b.createIdentity(
              alice.signatory(), "dave", ClientIdentity.generate("dave", algorithm).credentials());
      case DEFINE_ASSET_TYPE ->
          b.defineAssetType(bot.onBehalfOf("alice"), "eur", AssetKind.QUANTIFIABLE, 2);
      case CREATE_ASSET ->
          b.createAsset(alice.signatory(), "eur", "acc-1", BigInteger.valueOf(10_000));
      case ADD_QUANTITY -> b.addQuantity(alice.signatory(), "eur", "acc-1", BigInteger.TEN);
      case CREATE_IDENTITY_CLAIMS ->
          b.createClaims(alice.signatory(), EntityRef.identity("alice"), plaintexts);
      case CREATE_ASSET_TYPE_CLAIMS ->
          b.createClaims(alice.signatory(), EntityRef.assetType("car"), plaintexts);
      case CREATE_ASSET_CLAIMS -> b.createClaims(alice.signatory(), car, plaintexts);
      case CREATE_IDENTITY_ENDORSEMENTS ->
          b.createEndorsements(
              bob.signatory(), alice.signatory(), EntityRef.identity("alice"), plaintexts);
      case CREATE_ASSET_TYPE_ENDORSEMENTS ->
          b.createEndorsements(
              bot.onBehalfOf("alice"), null, EntityRef.assetType("car"), plaintexts);
      case CREATE_ASSET_ENDORSEMENTS ->
          b.createEndorsements(bob.signatory(), alice.signatory(), car, plaintexts);
      case ADD_DELEGATE -> b.addDelegate(alice.signatory(), bob.signatory());
      case TRANSFERS ->
          b.transfers(
              List.of(alice.signatory()),
              List.of(
                  new Transfer.Ownership("car", "car-7", "alice", "bob"),
                  new Transfer.Quantity("eur", "acc-1", "acc-2", BigInteger.ONE)));
    };
  }

  /** Alice owns every entity; every identity exists; no claim exists yet. */
  private static OwnershipView aliceOwnsEverything() {
    return new OwnershipView() {
      @Override
      public Optional<String> ownerOf(EntityRef entity) {
        return Optional.of(
            entity.kind() == org.zoneledger.protocol.request.EntityKind.IDENTITY
                ? entity.id()
                : "alice");
      }

      @Override
      public boolean claimExists(EntityRef subject, String hash) {
        return Set.of().contains(hash);
      }
    };
  }
}
