package org.zoneledger.it.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zoneledger.client.ClientIdentity;
import org.zoneledger.client.CommandBuilder;
import org.zoneledger.it.zone.SharedZoneExtension;
import org.zoneledger.it.zone.ZoneFixture;
import org.zoneledger.protocol.auth.Iov42Headers;
import org.zoneledger.protocol.auth.RequestSigning;
import org.zoneledger.protocol.auth.SignedPut;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.request.AssetKind;
import org.zoneledger.protocol.request.ClaimHash;
import org.zoneledger.protocol.request.DefineAssetType;
import org.zoneledger.protocol.request.EntityRef;
import org.zoneledger.protocol.request.IssueIdentity;
import org.zoneledger.protocol.request.PropertyOrder;
import org.zoneledger.protocol.request.Transfer;

/**
 * Bad input on the command endpoint (spec §1.4, §3, §4.5, §10; conventions: "bad input gets a clear
 * error body and changes nothing"): each case asserts the status and error code the server answers
 * and that nothing was written — the entity is absent afterwards and the requestId unknown on every
 * node (or, when the refusal was recorded, the state unchanged). Once with RSA and once with P-256.
 */
@ExtendWith(SharedZoneExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIT {
  private Conformance zone;

  @BeforeAll
  void theSharedZone(ZoneFixture shared) {
    zone = new Conformance(shared);
  }

  @AfterAll
  void release() {
    zone.close();
  }

  @Nested
  @DisplayName("bad input, RSA keys")
  class WithRsaKeys extends Cases {
    WithRsaKeys() {
      super(SignatureAlgorithm.RSA_SHA256);
    }
  }

  @Nested
  @DisplayName("bad input, P-256 keys")
  class WithP256Keys extends Cases {
    WithP256Keys() {
      super(SignatureAlgorithm.P256_SHA256);
    }
  }

  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  abstract class Cases {
    private final SignatureAlgorithm algorithm;
    private final CommandBuilder commands =
        new CommandBuilder(PropertyOrder.JAVA_SDK, () -> UUID.randomUUID().toString());
    private final String tag = Conformance.tag();
    private ClientIdentity alice;
    private ClientIdentity bob;
    private String unique;
    private String quant;

    Cases(SignatureAlgorithm algorithm) {
      this.algorithm = algorithm;
    }

    @BeforeAll
    void twoIdentitiesAUniqueAssetAndTwoAccounts() {
      alice = Conformance.identity("alice", tag, algorithm);
      bob = Conformance.identity("bob", tag, algorithm);
      zone.sendAll(commands.issueIdentity(alice), commands.issueIdentity(bob));
      unique = "unique-" + tag;
      quant = "quant-" + tag;
      zone.sendAll(
          commands.defineAssetType(alice.signatory(), unique, AssetKind.UNIQUE, -1),
          commands.defineAssetType(alice.signatory(), quant, AssetKind.QUANTIFIABLE, 2));
      zone.sendAll(
          commands.createAsset(alice.signatory(), unique, "x", null),
          commands.createAsset(alice.signatory(), quant, "accA", BigInteger.valueOf(100)),
          commands.createAsset(bob.signatory(), quant, "accB", BigInteger.ZERO));
    }

    /** A new identity's self-signed issuance with {@code body} as its exact bytes. */
    private SignedPut selfSigned(ClientIdentity identity, String requestId, String body) {
      return RequestSigning.sign(
          new IssueIdentity(requestId, identity.identityId(), identity.credentials()),
          body.getBytes(UTF_8),
          List.of(identity.signatory()),
          identity.signatory(),
          null);
    }

    private String issueBody(ClientIdentity identity, String requestId, String extra) {
      return "{\"_type\":\"IssueIdentityRequest\",\"requestId\":\""
          + requestId
          + "\",\"identityId\":\""
          + identity.identityId()
          + "\",\"publicCredentials\":{\"key\":\""
          + identity.credentials().key()
          + "\",\"protocolId\":\""
          + identity.credentials().protocolId()
          + "\"}"
          + extra
          + "}";
    }

    /** Nothing was written: the requestId unknown everywhere, the identity absent everywhere. */
    private void assertNothingWritten(String requestId, ClientIdentity identity) {
      zone.assertRequestUnknown(requestId);
      zone.assertAbsent(alice.signatory(), "/api/v1/identities/" + identity.identityId());
    }

    private ClientIdentity fresh(String name) {
      return Conformance.identity(name, tag, algorithm);
    }

    @Test
    void malformedJsonIsRefusedWith1101() {
      ClientIdentity nobody = fresh("malformed");
      String requestId = UUID.randomUUID().toString();
      String body = issueBody(nobody, requestId, "");
      SignedPut put = selfSigned(nobody, requestId, body.substring(0, body.length() - 2));
      Conformance.assertError(zone.put(0, put), 400, 1101);
      assertNothingWritten(requestId, nobody);
    }

    @Test
    void aBodyOver256KibIsRefusedWith413And1108() {
      ClientIdentity big = fresh("big");
      String requestId = UUID.randomUUID().toString();
      String frame = issueBody(big, requestId, ",\"padding\":\"\"");
      String body =
          issueBody(
              big,
              requestId,
              ",\"padding\":\"" + "x".repeat(256 * 1024 + 1 - frame.length()) + "\"");
      assertThat(body.getBytes(UTF_8)).hasSize(256 * 1024 + 1);
      Conformance.assertError(zone.put(1, selfSigned(big, requestId, body)), 413, 1108);
      assertNothingWritten(requestId, big);
    }

    @Test
    void bodiesOf300KbAnd3MbAreRefusedWith413And1108Too() {
      for (int size : List.of(300_000, 3_000_000)) {
        ClientIdentity big = fresh("big" + size);
        String requestId = UUID.randomUUID().toString();
        String body = issueBody(big, requestId, ",\"padding\":\"" + "x".repeat(size) + "\"");
        Conformance.assertError(zone.put(2, selfSigned(big, requestId, body)), 413, 1108);
        assertNothingWritten(requestId, big);
      }
    }

    @Test
    void anUnknownTypeIsRefusedWith1105() {
      ClientIdentity nobody = fresh("unknown-type");
      String requestId = UUID.randomUUID().toString();
      String body =
          issueBody(nobody, requestId, "")
              .replace("\"IssueIdentityRequest\"", "\"DeleteIdentityRequest\"");
      Conformance.assertError(zone.put(2, selfSigned(nobody, requestId, body)), 400, 1105);
      assertNothingWritten(requestId, nobody);
    }

    @Test
    void aMissingFieldIsRefusedWith1106() {
      ClientIdentity nobody = fresh("no-key");
      String requestId = UUID.randomUUID().toString();
      String body =
          "{\"_type\":\"IssueIdentityRequest\",\"requestId\":\""
              + requestId
              + "\",\"identityId\":\""
              + nobody.identityId()
              + "\"}";
      Conformance.assertError(zone.put(0, selfSigned(nobody, requestId, body)), 400, 1106);
      assertNothingWritten(requestId, nobody);

      String typeId = "no-kind-" + tag;
      String typeRequest = UUID.randomUUID().toString();
      String typeBody =
          "{\"_type\":\"DefineAssetTypeRequest\",\"requestId\":\""
              + typeRequest
              + "\",\"assetTypeId\":\""
              + typeId
              + "\"}";
      SignedPut put =
          RequestSigning.sign(
              new DefineAssetType(typeRequest, typeId, AssetKind.UNIQUE, null),
              typeBody.getBytes(UTF_8),
              List.of(alice.signatory()),
              alice.signatory(),
              null);
      Conformance.assertError(zone.put(0, put), 400, 1106);
      zone.assertRequestUnknown(typeRequest);
      zone.assertAbsent(alice.signatory(), "/api/v1/asset-types/" + typeId);
    }

    @Test
    void aRequestIdInThePathOtherThanInTheBodyIsRefusedWith1104AndBothStayFree() {
      ClientIdentity carol = fresh("carol");
      SignedPut put = commands.issueIdentity(carol);
      String other = UUID.randomUUID().toString();
      Conformance.assertError(
          zone.put(1, "/api/v1/requests/" + other, put.body(), Conformance.headersOf(put)),
          400,
          1104);
      zone.assertRequestUnknown(other);
      assertNothingWritten(put.request().requestId(), carol);
      assertThat(zone.send(1, put).resources())
          .as("the body's requestId is still free")
          .containsExactly("/api/v1/identities/" + carol.identityId());
    }

    @Test
    void idsWithForbiddenCharactersOrOver256CharactersAreRefusedWith1103() {
      for (String badId : List.of("a;b-" + tag, "a%2Fb-" + tag, "r".repeat(257))) {
        ClientIdentity nobody = fresh("bad-request-id");
        SignedPut put = selfSigned(nobody, badId, issueBody(nobody, badId, ""));
        Conformance.assertError(
            zone.put(2, "/api/v1/requests/" + badId, put.body(), Conformance.headersOf(put)),
            400,
            1103);
        zone.assertAbsent(alice.signatory(), "/api/v1/identities/" + nobody.identityId());
      }
      for (String badId : List.of("a;b-" + tag, "a/b-" + tag, "i".repeat(257), "a b")) {
        ClientIdentity nobody = new ClientIdentity(badId, algorithm, fresh("k").keys());
        String requestId = UUID.randomUUID().toString();
        SignedPut put = selfSigned(nobody, requestId, issueBody(nobody, requestId, ""));
        Conformance.assertError(zone.put(2, put), 400, 1103);
        zone.assertRequestUnknown(requestId);
      }
    }

    @Test
    void aHeaderThatIsNotBase64urlIsRefusedWith1102() {
      ClientIdentity nobody = fresh("bad-header");
      SignedPut put = commands.issueIdentity(nobody);
      for (String header : List.of(Iov42Headers.AUTHORISATIONS, Iov42Headers.AUTHENTICATION)) {
        Map<String, String> headers = new LinkedHashMap<>(Conformance.headersOf(put));
        headers.put(header, "***not+base64/url***");
        Conformance.assertError(zone.put(0, put.path(), put.body(), headers), 400, 1102);
      }
      SignedPut claims =
          commands.createClaims(
              alice.signatory(), EntityRef.identity(alice.identityId()), List.of("h:" + tag));
      Map<String, String> headers = new LinkedHashMap<>(Conformance.headersOf(claims));
      headers.put(Iov42Headers.CLAIMS, "e30*");
      Conformance.assertError(zone.put(0, claims.path(), claims.body(), headers), 400, 1102);
      assertNothingWritten(put.request().requestId(), nobody);
      zone.assertRequestUnknown(claims.request().requestId());
      zone.assertAbsent(
          bob.signatory(),
          EntityRef.identity(alice.identityId()).claimPath(ClaimHash.of("h:" + tag)));
    }

    @Test
    void aSignatureByTheWrongKeyIsRefusedWith2503AndTheRequestIdStaysReusable() {
      ClientIdentity dave = fresh("dave");
      ClientIdentity forger = new ClientIdentity(dave.identityId(), algorithm, fresh("k").keys());
      SignedPut honestIssue = commands.issueIdentity(dave);
      SignedPut forgedIssue =
          RequestSigning.sign(
              honestIssue.request(),
              honestIssue.body(),
              List.of(forger.signatory()),
              forger.signatory(),
              null);
      Conformance.assertError(zone.put(1, forgedIssue), 400, 2503);
      assertNothingWritten(honestIssue.request().requestId(), dave);

      EntityRef subject = EntityRef.identity(alice.identityId());
      SignedPut honest = commands.createClaims(alice.signatory(), subject, List.of("w:" + tag));
      ClientIdentity mallory = new ClientIdentity(alice.identityId(), algorithm, fresh("m").keys());
      SignedPut forged =
          RequestSigning.sign(
              honest.request(),
              honest.body(),
              List.of(mallory.signatory()),
              mallory.signatory(),
              honest.headers().claims());
      Conformance.assertError(zone.put(2, forged), 400, 2503);
      zone.assertRequestUnknown(honest.request().requestId());
      String claimPath = subject.claimPath(ClaimHash.of("w:" + tag));
      zone.assertAbsent(bob.signatory(), claimPath);
      assertThat(zone.send(2, honest).resources()).containsExactly(claimPath);
    }

    @Test
    void aTransferWithoutTheOwnersAuthorisationIsRefusedWith2505AndChangesNothing() {
      SignedPut ownership =
          commands.transfers(
              List.of(bob.signatory()),
              List.of(new Transfer.Ownership(unique, "x", alice.identityId(), bob.identityId())));
      JsonNode first = Conformance.assertError(zone.put(0, ownership), 403, 2505);
      assertThat(first.path("requestIdReusable").asBoolean(true)).isFalse();
      SignedPut quantity =
          commands.transfers(
              List.of(bob.signatory()),
              List.of(new Transfer.Quantity(quant, "accA", "accB", BigInteger.TEN)));
      Conformance.assertError(zone.put(0, quantity), 403, 2505);

      assertThat(
              zone.tsRead(0, bob.signatory(), "/api/v1/asset-types/" + unique + "/assets/x")
                  .path("ownerId")
                  .asText())
          .isEqualTo(alice.identityId());
      assertThat(
              zone.tsRead(0, bob.signatory(), "/api/v1/asset-types/" + quant + "/assets/accA")
                  .path("quantity")
                  .asText())
          .isEqualTo("100");
      assertThat(
              zone.tsRead(0, bob.signatory(), "/api/v1/asset-types/" + quant + "/assets/accB")
                  .path("quantity")
                  .asText())
          .isEqualTo("0");
      Conformance.assertError(zone.get(0, ownership.path(), null), 403, 2505);
    }

    @Test
    void aSignatureByAnUnregisteredDelegateIsRefusedWith2504() {
      EntityRef subject = EntityRef.identity(alice.identityId());
      SignedPut put =
          commands.createClaims(bob.onBehalfOf(alice.identityId()), subject, List.of("d:" + tag));
      Conformance.assertError(zone.put(1, put), 403, 2504);
      zone.assertRequestUnknown(put.request().requestId());
      zone.assertAbsent(bob.signatory(), subject.claimPath(ClaimHash.of("d:" + tag)));
    }

    @Test
    void anotherBodyUnderAUsedRequestIdIsRefusedWith409And2701() {
      String requestId = UUID.randomUUID().toString();
      CommandBuilder fixedId = new CommandBuilder(PropertyOrder.JAVA_SDK, () -> requestId);
      SignedPut original =
          fixedId.defineAssetType(alice.signatory(), "first-" + tag, AssetKind.UNIQUE, -1);
      SignedPut replay =
          fixedId.defineAssetType(alice.signatory(), "second-" + tag, AssetKind.UNIQUE, -1);
      zone.send(2, original);
      for (int node = 0; node < Conformance.NODES; node++) {
        JsonNode error = Conformance.assertError(zone.put(node, replay), 409, 2701);
        assertThat(error.path("errors").get(0).path("errorType").asText()).isEqualTo("RequestId");
      }
      zone.assertAbsent(bob.signatory(), "/api/v1/asset-types/second-" + tag);
      assertThat(zone.put(2, original).statusCode()).isEqualTo(200);
    }
  }
}
