package org.zoneledger.client.demo;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NodeAdminTest {

  private HttpServer server;
  private NodeAdmin admin;

  /** path → status and body */
  private final Map<String, Object[]> answers =
      Map.of(
          "/api/admin/zone/requests/r-1",
          new Object[] {
            200,
            "{\"requestId\":\"r-1\",\"status\":\"COMMITTED\",\"round\":1,"
                + "\"coordinator\":\"node3\",\"proofHash\":\"abcd\"}"
          },
          "/api/admin/zone/proofs/r-1",
          new Object[] {200, "\u0001\u0002\u0003"},
          "/api/admin/zone/elections",
          new Object[] {
            200,
            "[{\"requestId\":\"r-2\",\"partition\":4,\"offset\":17,\"round\":0,"
                + "\"coordinator\":\"node1\",\"status\":\"PENDING\"}]"
          },
          "/api/admin/zone/digest",
          new Object[] {500, "{\"error\":\"boom\"}"},
          "/api/admin/health",
          new Object[] {200, "{}"});

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          Object[] answer =
              answers.getOrDefault(exchange.getRequestURI().getPath(), new Object[] {404, "{}"});
          byte[] body = ((String) answer[1]).getBytes(UTF_8);
          exchange.sendResponseHeaders((Integer) answer[0], body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    admin = new NodeAdmin(URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void aRequestViewCarriesOutcomeRoundCoordinatorAndProofHash() {
    assertThat(admin.request("r-1"))
        .contains(new NodeAdmin.RequestView("r-1", "COMMITTED", 1, "node3", "abcd"));
    assertThat(admin.request("r-1").orElseThrow().decided()).isTrue();
  }

  @Test
  void anUnknownRequestOrProofIsEmpty() {
    assertThat(admin.request("nope")).isEmpty();
    assertThat(admin.proof("nope")).isEmpty();
  }

  @Test
  void aProofComesAsItsRawBytes() {
    assertThat(admin.proof("r-1")).hasValueSatisfying(b -> assertThat(b).containsExactly(1, 2, 3));
  }

  @Test
  void electionsAreReadNewestFirstAsServed() {
    assertThat(admin.elections(5).orElseThrow())
        .containsExactly(new NodeAdmin.Election("r-2", 4, 17L, 0, "node1", "PENDING"));
  }

  @Test
  void anyOtherStatusIsAnErrorNamingTheAnswer() {
    assertThatThrownBy(() -> admin.digest())
        .hasMessageContaining("500")
        .hasMessageContaining("boom");
  }

  @Test
  void healthIsTheStatusOrMinusOneWhenNothingAnswers() {
    assertThat(admin.health()).isEqualTo(200);
    server.stop(0);
    assertThat(admin.health()).isEqualTo(-1);
  }
}
