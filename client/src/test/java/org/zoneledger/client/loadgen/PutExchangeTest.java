package org.zoneledger.client.loadgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PutExchangeTest {
  private static final PreparedPut PUT =
      new PreparedPut("r-1", "{\"_type\":\"TransfersRequest\"}".getBytes(), "authz", "authn");

  private final PutExchange exchange =
      new PutExchange(
          HttpClient.newBuilder()
              .followRedirects(HttpClient.Redirect.NEVER)
              .version(HttpClient.Version.HTTP_1_1)
              .build());
  private StubNode node;

  @AfterEach
  void stop() {
    if (node != null) {
      node.close();
    }
  }

  private Outcome send(StubNode stub, long budgetMillis) throws Exception {
    node = stub;
    return exchange
        .send(stub.baseUrl(), PUT, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(budgetMillis))
        .get(10, TimeUnit.SECONDS);
  }

  @Test
  void http200IsCommittedAndTheHeadersAndBodyGoOutAsSigned() throws Exception {
    Outcome outcome = send(new StubNode(StubNode.Answer::ok), 5_000);

    assertThat(outcome).isEqualTo(Outcome.committed(0));
    StubNode.Received r = node.received.get(0);
    assertThat(r.method()).isEqualTo("PUT");
    assertThat(r.target()).isEqualTo("/api/v1/requests/r-1");
    assertThat(r.authorisations()).isEqualTo("authz");
    assertThat(r.authentication()).isEqualTo("authn");
    assertThat(r.text()).isEqualTo("{\"_type\":\"TransfersRequest\"}");
  }

  @Test
  void anErrorBodyGivesTheRejectionReasonByTypeAndCode() throws Exception {
    assertThat(send(new StubNode(r -> StubNode.Answer.error(400, 2901, "Balance")), 5_000))
        .isEqualTo(new Outcome(Outcome.Kind.REJECTED, "Balance/2901", 0));
  }

  @Test
  void anAnswerWithoutErrorBodyIsNamedByItsStatus() throws Exception {
    assertThat(send(new StubNode(r -> new StubNode.Answer(502, Map.of(), "<html>")), 5_000))
        .isEqualTo(new Outcome(Outcome.Kind.REJECTED, "HTTP 502", 0));
  }

  @Test
  void a303IsFollowedByTheSamePutToTheLocation() throws Exception {
    Outcome outcome =
        send(
            new StubNode(
                r ->
                    r.target().endsWith("?poll")
                        ? StubNode.Answer.ok(r)
                        : StubNode.Answer.seeOther("/api/v1/requests/r-1?poll", 0)),
            5_000);

    assertThat(outcome).isEqualTo(Outcome.committed(1));
    assertThat(node.received).hasSize(2);
    StubNode.Received again = node.received.get(1);
    assertThat(again.method()).isEqualTo("PUT");
    assertThat(again.target()).isEqualTo("/api/v1/requests/r-1?poll");
    assertThat(again.authorisations()).isEqualTo("authz");
    assertThat(again.text()).isEqualTo(node.received.get(0).text());
  }

  @Test
  void aRequestStillPendingWhenItsBudgetEndsIsPending() throws Exception {
    Outcome outcome =
        send(new StubNode(r -> StubNode.Answer.seeOther("/api/v1/requests/r-1", 0)), 400);

    assertThat(outcome.kind()).isEqualTo(Outcome.Kind.PENDING);
    assertThat(outcome.redirects()).isBetween(2, 9);
  }

  @Test
  void aRetryAfterBeyondTheBudgetEndsAtOnceAsPending() throws Exception {
    Outcome outcome =
        send(new StubNode(r -> StubNode.Answer.seeOther("/api/v1/requests/r-1", 5)), 1_000);

    assertThat(outcome).isEqualTo(Outcome.pending(1));
    assertThat(node.received).hasSize(1);
  }

  @Test
  void aRefusedConnectionIsAnError() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Outcome outcome =
        exchange
            .send(URI.create("http://127.0.0.1:" + port), PUT, System.nanoTime() + 5_000_000_000L)
            .get(10, TimeUnit.SECONDS);

    assertThat(outcome.kind()).isEqualTo(Outcome.Kind.ERROR);
    assertThat(outcome.reason()).isEqualTo("ConnectException");
  }

  @Test
  void retryAfterIsWholeSecondsWithAFloorAgainstBusyLoops() {
    assertThat(PutExchange.retryAfterMillis("2")).isEqualTo(2_000);
    assertThat(PutExchange.retryAfterMillis("")).isEqualTo(PutExchange.MIN_PAUSE_MILLIS);
    assertThat(PutExchange.retryAfterMillis("Wed, 21 Oct 2015 07:28:00 GMT"))
        .isEqualTo(PutExchange.MIN_PAUSE_MILLIS);
    assertThat(PutExchange.resolve(URI.create("http://127.0.0.1:1"), "/a?b"))
        .isEqualTo(URI.create("http://127.0.0.1:1/a?b"));
    assertThat(PutExchange.resolve(URI.create("http://127.0.0.1:1"), "http://127.0.0.1:2/c"))
        .isEqualTo(URI.create("http://127.0.0.1:2/c"));
  }
}
