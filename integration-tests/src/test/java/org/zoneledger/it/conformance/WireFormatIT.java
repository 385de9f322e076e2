package org.zoneledger.it.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zoneledger.client.ClientIdentity;
import org.zoneledger.client.CommandBuilder;
import org.zoneledger.client.model.RequestInfo;
import org.zoneledger.it.zone.SharedZoneExtension;
import org.zoneledger.it.zone.ZoneFixture;
import org.zoneledger.protocol.auth.HeaderCodec;
import org.zoneledger.protocol.auth.Iov42Headers;
import org.zoneledger.protocol.auth.RequestSigning;
import org.zoneledger.protocol.auth.Signatory;
import org.zoneledger.protocol.auth.SignatureEntry;
import org.zoneledger.protocol.auth.SignedPut;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.request.AssetKind;
import org.zoneledger.protocol.request.ClaimHash;
import org.zoneledger.protocol.request.EntityRef;
import org.zoneledger.protocol.request.IssueIdentity;
import org.zoneledger.protocol.request.PropertyOrder;

/**
 * Where bytes matter (spec §1.3, §3, §4.4, §6.1), over raw HTTP/1.1 that follows no redirect:
 * signed GETs in both SDKs' query orders with padded and unpadded headers; PUT headers padded,
 * unpadded and in lower case; the empty claims header as {@code e30=} and {@code e30}; a body in
 * TypeScript key order with whitespace and an unknown property, verified on its raw bytes;
 * delegated signatures in the Java and the TypeScript form; and the pending-request protocol: a
 * byte-identical re-PUT (while pending, on other nodes, and afterwards) is a status poll answered
 * like the original, a 303 (when a node answers one) carries a host-relative {@code Location} and
 * an integer {@code Retry-After}. Once with RSA and once with P-256 keys.
 */
@ExtendWith(SharedZoneExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WireFormatIT {
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
  @DisplayName("wire format, RSA keys")
  class WithRsaKeys extends Wire {
    WithRsaKeys() {
      super(SignatureAlgorithm.RSA_SHA256);
    }
  }

  @Nested
  @DisplayName("wire format, P-256 keys")
  class WithP256Keys extends Wire {
    WithP256Keys() {
      super(SignatureAlgorithm.P256_SHA256);
    }
  }

  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  abstract class Wire {
    private final SignatureAlgorithm algorithm;
    private final CommandBuilder java =
        new CommandBuilder(PropertyOrder.JAVA_SDK, () -> UUID.randomUUID().toString());
    private final CommandBuilder ts =
        new CommandBuilder(PropertyOrder.TYPESCRIPT_SDK, () -> UUID.randomUUID().toString());
    private final String tag = Conformance.tag();
    private final List<String> claims = List.of("w-1:" + tag, "w-2:" + tag, "w-3:" + tag);
    private ClientIdentity alice;
    private ClientIdentity endorser;
    private ClientIdentity assistant;

    Wire(SignatureAlgorithm algorithm) {
      this.algorithm = algorithm;
    }

    @BeforeAll
    void anIdentityWithADelegateAndThreeClaims() {
      alice = Conformance.identity("alice", tag, algorithm);
      endorser = Conformance.identity("endorser", tag, algorithm);
      assistant = Conformance.identity("assistant", tag, algorithm);
      zone.sendAll(
          java.issueIdentity(alice), java.issueIdentity(endorser), java.issueIdentity(assistant));
      zone.send(0, java.addDelegate(alice.signatory(), assistant.signatory()));
      zone.send(0, java.createClaims(alice.signatory(), aliceRef(), claims));
    }

    private EntityRef aliceRef() {
      return EntityRef.identity(alice.identityId());
    }

    @Test
    void signedGetsAreAcceptedInBothQueryOrdersWithAndWithoutPadding() {
      String path = "/api/v1/identities/" + alice.identityId() + "/claims";
      for (boolean javaOrder : List.of(true, false)) {
        for (boolean padded : List.of(true, false)) {
          String first =
              javaOrder ? zone.javaTarget(1, path, 2, null) : zone.tsTarget(1, path, 2, null);
          HttpResponse<String> page1 = zone.signedGet(1, first, endorser.signatory(), padded);
          assertThat(page1.statusCode()).as("%s: %s", first, page1.body()).isEqualTo(200);
          JsonNode body1 = Conformance.json(page1);
          assertThat(body1.path("claims")).hasSize(2);
          String next = body1.path("next").asText();
          assertThat(next).matches("[A-Za-z0-9._~-]+");
          String second =
              javaOrder ? zone.javaTarget(1, path, 2, next) : zone.tsTarget(1, path, 2, next);
          HttpResponse<String> page2 = zone.signedGet(1, second, endorser.signatory(), padded);
          assertThat(page2.statusCode()).as("%s: %s", second, page2.body()).isEqualTo(200);
          assertThat(Conformance.json(page2).path("claims")).hasSize(1);
          assertThat(TsStyle.absent(Conformance.json(page2).path("next"))).isTrue();
        }
      }
    }

    @Test
    void aGetSignedOverADifferentTargetIsRefused() {
      String target = zone.tsTarget(2, "/api/v1/identities/" + alice.identityId(), null, null);
      String header =
          HeaderCodec.encodeAuthentication(
              endorser.signatory().sign((target + "&limit=1").getBytes(UTF_8)));
      Conformance.assertError(zone.get(2, target, header), 401, 2511);
    }

    @Test
    void aDelegatedGetIsSignedByTheDelegateForTheDelegator() {
      Signatory delegated = assistant.onBehalfOf(alice.identityId());
      for (boolean padded : List.of(true, false)) {
        String target = zone.tsTarget(0, "/api/v1/identities/" + alice.identityId(), null, null);
        HttpResponse<String> answer = zone.signedGet(0, target, delegated, padded);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(Conformance.json(answer).path("identityId").asText())
            .isEqualTo(alice.identityId());
      }
    }

    @Test
    void putHeadersAreAcceptedPaddedAndWithLowerCaseNames() {
      ClientIdentity padded = Conformance.identity("padded", tag, algorithm);
      SignedPut issue = java.issueIdentity(padded);
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put(
          Iov42Headers.AUTHORISATIONS, Conformance.padded(issue.headers().authorisations()));
      headers.put(
          Iov42Headers.AUTHENTICATION, Conformance.padded(issue.headers().authentication()));
      HttpResponse<String> issued = zone.put(1, issue.path(), issue.body(), headers);
      assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);

      SignedPut claim =
          ts.createClaims(
              padded.signatory(),
              EntityRef.identity(padded.identityId()),
              List.of("lower:" + tag, "case:" + tag));
      Map<String, String> lower = new LinkedHashMap<>();
      lower.put("x-iov42-authorisations", claim.headers().authorisations());
      lower.put("x-iov42-authentication", Conformance.padded(claim.headers().authentication()));
      lower.put("x-iov42-claims", Conformance.padded(claim.headers().claims()));
      HttpResponse<String> claimed = zone.put(1, claim.path(), claim.body(), lower);
      assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(200);
      assertThat(Conformance.json(claimed).path("resources")).hasSize(2);
    }

    @Test
    void theEmptyClaimsHeaderIsAcceptedAsE30PaddedAndUnpadded() {
      SignedPut javaStyle =
          java.createEndorsements(endorser.signatory(), null, aliceRef(), List.of(claims.get(0)));
      assertThat(javaStyle.headers().claims()).isEqualTo("e30=");
      HttpResponse<String> first = zone.put(2, javaStyle);
      assertThat(first.statusCode()).as(first.body()).isEqualTo(200);

      SignedPut tsStyle =
          ts.createEndorsements(
              endorser.signatory(),
              alice.signatory(),
              aliceRef(),
              List.of(claims.get(1)),
              List.of());
      assertThat(tsStyle.headers().claims()).isEqualTo("e30");
      HttpResponse<String> second = zone.put(2, tsStyle);
      assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
      String hash = ClaimHash.of(claims.get(1));
      assertThat(Conformance.json(second).path("resources").get(1).asText())
          .isEqualTo(aliceRef().claimPath(hash) + "/endorsements/" + endorser.identityId());
    }

    @Test
    void aBodyInTypeScriptKeyOrderWithWhitespaceAndAnUnknownPropertyIsVerifiedOnItsRawBytes() {
      ClientIdentity spaced = Conformance.identity("spaced", tag, algorithm);
      String requestId = UUID.randomUUID().toString();
      String body =
          "{\n  \"identityId\" : \""
              + spaced.identityId()
              + "\",\n  \"publicCredentials\" : { \"protocolId\" : \""
              + spaced.credentials().protocolId()
              + "\", \"key\" : \""
              + spaced.credentials().key()
              + "\" },\n  \"note\" : {\"any\": [1, 2, null]},\n  \"requestId\" : \""
              + requestId
              + "\",\n  \"_type\" : \"IssueIdentityRequest\"\n}\n";
      SignedPut put =
          RequestSigning.sign(
              new IssueIdentity(requestId, spaced.identityId(), spaced.credentials()),
              body.getBytes(UTF_8),
              List.of(spaced.signatory()),
              spaced.signatory(),
              null);
      HttpResponse<String> answer = zone.put(0, put);
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      assertThat(Conformance.json(answer).path("resources").get(0).asText())
          .isEqualTo("/api/v1/identities/" + spaced.identityId());
      JsonNode key =
          zone.tsRead(
              0, endorser.signatory(), "/api/v1/identities/" + spaced.identityId() + "/public-key");
      assertThat(key.path("key").asText()).isEqualTo(spaced.credentials().key());

      SignedPut tsOrder =
          ts.defineAssetType(alice.signatory(), "ts-" + tag, AssetKind.QUANTIFIABLE, 2);
      String tsBody = new String(tsOrder.body(), UTF_8);
      assertThat(tsBody).startsWith("{\"assetTypeId\":");
      assertThat(tsBody)
          .endsWith(
              "\"requestId\":\""
                  + tsOrder.request().requestId()
                  + "\",\"_type\":\"DefineAssetTypeRequest\"}");
      assertThat(zone.put(0, tsOrder).statusCode()).isEqualTo(200);
    }

    @Test
    void delegatedPutSignaturesAreAcceptedInJavaAndTypeScriptForm() {
      Signatory delegated = assistant.onBehalfOf(alice.identityId());
      SignedPut javaForm = java.createClaims(delegated, aliceRef(), List.of("dj:" + tag));
      SignatureEntry javaAuth = HeaderCodec.authentication(javaForm.headers().authentication());
      assertThat(javaAuth.delegateIdentityId()).isEqualTo(assistant.identityId());
      HttpResponse<String> first = zone.put(0, javaForm);
      assertThat(first.statusCode()).as(first.body()).isEqualTo(200);

      SignedPut tsForm = ts.createClaims(delegated, aliceRef(), List.of("dt:" + tag));
      SignatureEntry tsAuth = HeaderCodec.authentication(tsForm.headers().authentication());
      assertThat(tsAuth.delegateIdentityId()).isNull();
      assertThat(tsAuth.identityId()).isEqualTo(assistant.identityId());
      assertThat(HeaderCodec.authorisations(tsForm.headers().authorisations()).get(0))
          .extracting(SignatureEntry::identityId, SignatureEntry::delegateIdentityId)
          .containsExactly(alice.identityId(), assistant.identityId());
      HttpResponse<String> second = zone.put(0, tsForm);
      assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
    }

    @Test
    void anIdenticalRePutIsAStatusPollWhilePendingOnAnyNodeAndAfterwards() throws Exception {
      SignedPut put = java.defineAssetType(alice.signatory(), "poll-" + tag, AssetKind.UNIQUE, -1);
      List<Future<HttpResponse<String>>> racing = new ArrayList<>();
      for (int node = 0; node < Conformance.NODES; node++) {
        int n = node;
        racing.add(zone.async(() -> finalAnswer(n, put, zone.put(n, put))));
      }
      List<String> bodies = new ArrayList<>();
      for (Future<HttpResponse<String>> answer : racing) {
        HttpResponse<String> done = answer.get();
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        bodies.add(done.body());
      }
      JsonNode outcome = Conformance.json(racing.get(0).get());
      assertThat(outcome.path("requestId").asText()).isEqualTo(put.request().requestId());
      assertThat(outcome.path("resources").get(0).asText())
          .isEqualTo("/api/v1/asset-types/poll-" + tag);
      assertThat(bodies).allMatch(b -> Conformance.parse(b).equals(outcome));

      for (int node = 0; node < Conformance.NODES; node++) {
        HttpResponse<String> again = finalAnswer(node, put, zone.put(node, put));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(racing.get(node).get().body());
        HttpResponse<String> status = finalAnswer(node, null, zone.get(node, put.path(), null));
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(Conformance.json(status)).isEqualTo(outcome);
      }
      RequestInfo viaClient = zone.client(1).send(put);
      assertThat(viaClient.resources()).containsExactly("/api/v1/asset-types/poll-" + tag);
    }

    @Test
    void aRejectedCommandIsAnsweredTheSameOnARePutAndOnItsStatus() {
      ClientIdentity impostor =
          new ClientIdentity(
              alice.identityId(), algorithm, ClientIdentity.generate("x", algorithm).keys());
      SignedPut reissue = java.issueIdentity(impostor);
      HttpResponse<String> refused = finalAnswer(1, reissue, zone.put(1, reissue));
      JsonNode error = Conformance.assertError(refused, 400, 2602);
      assertThat(error.path("errors").get(0).path("errorType").asText())
          .isEqualTo("AssetExistence");

      HttpResponse<String> again = finalAnswer(2, reissue, zone.put(2, reissue));
      assertThat(again.statusCode()).isEqualTo(400);
      assertThat(Conformance.json(again).path("errors")).isEqualTo(error.path("errors"));
      HttpResponse<String> status = finalAnswer(1, null, zone.get(1, reissue.path(), null));
      assertThat(status.statusCode()).isEqualTo(400);
      assertThat(Conformance.json(status).path("errors")).isEqualTo(error.path("errors"));
      assertThat(
              zone.tsRead(
                      1,
                      endorser.signatory(),
                      "/api/v1/identities/" + alice.identityId() + "/public-key")
                  .path("key")
                  .asText())
          .isEqualTo(alice.credentials().key());
    }

    @Test
    void aWrongNodeIdIsRefusedWith1901AndAReadRequestIdMayBeUsedAgain() {
      String path = "/api/v1/identities/" + alice.identityId() + "/public-key";
      String wrong = path + "?requestId=req-1-" + tag + "&nodeId=node-x";
      JsonNode error =
          Conformance.assertError(zone.signedGet(0, wrong, alice.signatory(), false), 400, 1901);
      assertThat(error.path("errors").get(0).path("errorType").asText()).isEqualTo("System");
      String right = path + "?requestId=req-1-" + tag + "&nodeId=" + zone.nodeId(0);
      for (int attempt = 0; attempt < 2; attempt++) {
        HttpResponse<String> answer = zone.signedGet(0, right, alice.signatory(), false);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(Conformance.json(answer).path("key").asText())
            .isEqualTo(alice.credentials().key());
      }
    }

    /**
     * Provokes pending requests: a burst of claims on one identity queues on that entity (one
     * request per consensus round trip), so the last one is often still pending when its status GET
     * has held the connection for its 5 s. Whatever a node answers meanwhile must be a 303 to
     * {@code /api/v1/requests/{id}} with an integer {@code Retry-After} (followed as the TypeScript
     * SDK's fetch does: a GET at once), a 404 before the node has sequenced it, or the final 200;
     * every PUT of the burst ends 200 with its resource (a 303 followed as the Java SDK layer
     * does). The burst is kept small: 45 such requests on the loaded 2-core machine made PUTs wait
     * past their 30 s (303, re-PUT, 200) but also pushed the last ones past the 30 s an entity
     * queue may hold them (409, code 2605 Contention).
     */
    @Test
    void whileABurstQueuesOnOneEntityTheStatusOfAPendingRequestIsA303ToItself() throws Exception {
      ClientIdentity busy = Conformance.identity("busy", tag, algorithm);
      zone.send(2, java.issueIdentity(busy));
      EntityRef subject = EntityRef.identity(busy.identityId());
      List<SignedPut> burst = new ArrayList<>();
      for (int i = 0; i < 15; i++) {
        burst.add(ts.createClaims(busy.signatory(), subject, List.of("burst-" + i + ":" + tag)));
      }
      List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < burst.size(); i++) {
        answers.add(zone.putAsync(i % Conformance.NODES, burst.get(i)));
      }
      int lastIndex = burst.size() - 1;
      SignedPut last = burst.get(lastIndex);
      int node = lastIndex % Conformance.NODES;
      int statusRedirects = 0;
      long deadline = System.nanoTime() + 60_000_000_000L;
      HttpResponse<String> status = zone.get(node, last.path(), null);
      while (status.statusCode() != 200 && System.nanoTime() < deadline) {
        if (status.statusCode() == 303) {
          statusRedirects++;
          assertThat(status.headers().firstValue("Location")).hasValue(last.path());
          assertThat(status.headers().firstValue("Retry-After").orElse("")).matches("\\d+");
        } else {
          assertThat(status.statusCode())
              .as("pending, else unknown before sequencing: %s", status.body())
              .isEqualTo(404);
          Conformance.pause(100);
        }
        status = zone.get(node, last.path(), null);
      }
      assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
      assertThat(Conformance.json(status).path("resources").get(0).asText())
          .isEqualTo(subject.claimPath(ClaimHash.of("burst-" + lastIndex + ":" + tag)));
      int putRedirects = 0;
      for (int i = 0; i < burst.size(); i++) {
        HttpResponse<String> first = answers.get(i).get();
        putRedirects += first.statusCode() == 303 ? 1 : 0;
        HttpResponse<String> done = finalAnswer(i % Conformance.NODES, burst.get(i), first);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(Conformance.json(done).path("resources").get(0).asText())
            .isEqualTo(subject.claimPath(ClaimHash.of("burst-" + i + ":" + tag)));
      }
      System.out.printf(
          "[conformance] burst of %d on one identity (%s): %d status 303s, %d PUT 303s%n",
          burst.size(), algorithm, statusRedirects, putRedirects);
    }

    /**
     * Follows 303s as the Java SDK layer does (spec §4.4): {@code Location} must be host-relative
     * and {@code Retry-After} an integer; after the pause the original PUT is sent again unchanged
     * to base URL + {@code Location} (a status GET is repeated as a GET).
     */
    private HttpResponse<String> finalAnswer(int node, SignedPut put, HttpResponse<String> answer) {
      long deadline = System.nanoTime() + 40_000_000_000L;
      while (answer.statusCode() == 303) {
        String location = answer.headers().firstValue("Location").orElse(null);
        String retryAfter = answer.headers().firstValue("Retry-After").orElse(null);
        System.out.printf(
            "[conformance] 303 from node %d: Location %s, Retry-After %s%n",
            node + 1, location, retryAfter);
        assertThat(location).isNotNull().startsWith("/api/v1/requests/");
        assertThat(retryAfter).isNotNull().matches("\\d+");
        assertThat(System.nanoTime()).as("pending past 40 s").isLessThan(deadline);
        Conformance.pause(Long.parseLong(retryAfter) * 1000);
        answer =
            put == null
                ? zone.get(node, location, null)
                : zone.put(node, location, put.body(), Conformance.headersOf(put));
      }
      return answer;
    }
  }
}
