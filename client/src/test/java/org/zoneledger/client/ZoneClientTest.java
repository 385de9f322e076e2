package org.zoneledger.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.zoneledger.client.FakeNode.Answer;
import org.zoneledger.client.model.ClaimsPage;
import org.zoneledger.client.model.RequestInfo;
import org.zoneledger.protocol.auth.Iov42Headers;
import org.zoneledger.protocol.auth.ReadVerifier;
import org.zoneledger.protocol.auth.RequestVerifier;
import org.zoneledger.protocol.auth.SignedPut;
import org.zoneledger.protocol.auth.VerificationMode;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.request.EntityRef;
import org.zoneledger.protocol.request.PropertyOrder;

class ZoneClientTest {
  private static final String NODE_INFO =
      "{\"nodeId\":\"node1\",\"publicCredentials\":{\"key\":\"MFkw\",\"protocolId\":\"SHA256WithECDSA\"}}";

  private final Directory directory = new Directory();
  private final ClientIdentity alice =
      directory.register(ClientIdentity.generate("alice", SignatureAlgorithm.P256_SHA256));
  private final SignedPut put =
      new CommandBuilder(PropertyOrder.JAVA_SDK, () -> "r-1")
          .createAsset(alice.signatory(), "eur", "acc-1", BigInteger.TEN);

  private static String done(String requestId) {
    return "{\"requestId\":\""
        + requestId
        + "\",\"resources\":[\"/api/v1/asset-types/eur/assets/acc-1\"],"
        + "\"proof\":\"/api/v1/proofs/"
        + requestId
        + "\"}";
  }

  private static HttpClient noRedirects() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  @Test
  void aCommandArrivesAsAPutWhoseHeadersAndBodyVerifyOnTheNode() throws Exception {
    try (FakeNode node = new FakeNode(r -> Answer.json(200, done("r-1")))) {
      RequestInfo info = new ZoneClient(node.baseUrl()).send(put);

      assertThat(info.hasFinished()).isTrue();
      assertThat(info.proof()).isEqualTo("/api/v1/proofs/r-1");
      FakeNode.Received received = node.received.get(0);
      assertThat(received.method()).isEqualTo("PUT");
      assertThat(received.target()).isEqualTo("/api/v1/requests/r-1");
      assertThat(received.header("Content-Type")).isEqualTo("application/json");
      assertThat(received.body()).isEqualTo(put.body());
      Iov42Headers headers =
          new Iov42Headers(
              received.header(Iov42Headers.AUTHORISATIONS),
              received.header(Iov42Headers.AUTHENTICATION),
              received.header(Iov42Headers.CLAIMS));
      assertThat(
              new RequestVerifier(directory, VerificationMode.IOV42)
                  .verify("r-1", received.body(), headers)
                  .principals())
          .containsExactly("alice");
    }
  }

  @Test
  void aPendingCommandIsResentUnchangedToTheLocationAfterRetryAfter() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    try (FakeNode node =
        new FakeNode(
            r ->
                calls.getAndIncrement() == 0
                    ? new Answer(
                        303, Map.of("Location", "/other/location", "Retry-After", "1"), null)
                    : Answer.json(200, done("r-1")))) {
      long start = System.nanoTime();
      RequestInfo info = new ZoneClient(node.baseUrl(), noRedirects()).send(put);

      assertThat(info.requestId()).isEqualTo("r-1");
      assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(1_000_000_000L);
      assertThat(node.targets()).containsExactly("PUT /api/v1/requests/r-1", "PUT /other/location");
      assertThat(node.received.get(1).body()).isEqualTo(put.body());
      assertThat(node.received.get(1).header(Iov42Headers.AUTHORISATIONS))
          .isEqualTo(put.headers().authorisations());
    }
  }

  @Test
  void aPutThatGetsNoAnswerIsSentAgainUnchangedUntilTheNodeAnswers() throws Exception {
    int port;
    try (java.net.ServerSocket probe =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    URI base = URI.create("http://127.0.0.1:" + port + "/");
    java.util.concurrent.CompletableFuture<RequestInfo> sent =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> new ZoneClient(base).send(put));
    Thread.sleep(700); // the node is down: every attempt so far was refused

    try (FakeNode node = new FakeNode(port, r -> Answer.json(200, done("r-1")))) {
      RequestInfo info = sent.get(10, java.util.concurrent.TimeUnit.SECONDS);

      assertThat(info.requestId()).isEqualTo("r-1");
      assertThat(node.targets()).containsExactly("PUT /api/v1/requests/r-1");
      assertThat(node.received.get(0).body()).isEqualTo(put.body());
    }
  }

  @Test
  void withTheJdkFollowingRedirectsA303BecomesAGetOfTheRequestStatus() throws Exception {
    try (FakeNode node =
        new FakeNode(
            r ->
                r.method().equals("PUT")
                    ? new Answer(
                        303, Map.of("Location", "/api/v1/requests/r-1", "Retry-After", "1"), null)
                    : Answer.json(200, done("r-1")))) {
      assertThat(new ZoneClient(node.baseUrl()).send(put).hasFinished()).isTrue();
      assertThat(node.targets())
          .containsExactly("PUT /api/v1/requests/r-1", "GET /api/v1/requests/r-1");
    }
  }

  @Test
  void anErrorAnswerBecomesAPlatformErrorWithItsCodes() throws Exception {
    String error =
        "{\"errors\":[{\"errorCode\":2503,\"errorType\":\"Authorisation\",\"message\":\"bad signature\"}],\"requestId\":\"r-1\"}";
    try (FakeNode node = new FakeNode(r -> Answer.json(400, error))) {
      assertThatThrownBy(() -> new ZoneClient(node.baseUrl()).send(put))
          .isInstanceOf(PlatformErrorException.class)
          .hasMessageContaining("Status code: 400")
          .hasMessageContaining("2503 Authorisation: bad signature");
    }
  }

  @Test
  void readsAreSignedOverTheTargetAsSentInJavaSdkOrder() throws Exception {
    ReadVerifier verifier = new ReadVerifier(directory, VerificationMode.IOV42, "node1");
    try (FakeNode node =
        new FakeNode(
            r -> {
              if (r.target().equals("/api/v1/node-info")) {
                return Answer.json(200, NODE_INFO);
              }
              verifier.verify(r.target(), r.header(Iov42Headers.AUTHENTICATION));
              return Answer.json(200, "{\"claims\":[],\"next\":null,\"extra\":1}");
            })) {
      ClaimsPage page =
          new ZoneClient(node.baseUrl())
              .claims(alice.signatory(), EntityRef.assetType("car"), new Page(10, "abc"));

      assertThat(page.claims()).isEmpty();
      assertThat(node.targets().get(1))
          .matches(
              "GET /api/v1/asset-types/car/claims/\\?requestId=[0-9a-f-]{36}&limit=10&next=abc&nodeId=node1");
    }
  }

  @Test
  void aWrongNodeIdIsRefreshedFromNodeInfoAndTheSameReadRetriedOnce() throws Exception {
    AtomicInteger nodeInfos = new AtomicInteger();
    try (FakeNode node =
        new FakeNode(
            r -> {
              if (r.target().equals("/api/v1/node-info")) {
                return Answer.json(
                    200,
                    nodeInfos.getAndIncrement() == 0
                        ? NODE_INFO.replace("node1", "old")
                        : NODE_INFO);
              }
              return r.target().endsWith("nodeId=node1")
                  ? Answer.json(
                      200,
                      "{\"assetId\":\"acc-1\",\"assetTypeId\":\"eur\",\"ownerId\":\"alice\",\"quantity\":\"10\"}")
                  : Answer.json(
                      400,
                      "{\"errors\":[{\"errorCode\":1901,\"errorType\":\"System\",\"message\":\"wrong node\"}]}");
            })) {
      assertThat(new ZoneClient(node.baseUrl()).asset(alice.signatory(), "eur", "acc-1").quantity())
          .isEqualTo("10");
      List<String> reads = node.targets().stream().filter(t -> t.contains("assets")).toList();
      assertThat(reads).hasSize(2);
      assertThat(reads.get(0).replace("nodeId=old", "nodeId=node1")).isEqualTo(reads.get(1));
    }
  }
}
