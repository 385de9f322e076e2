package org.zoneledger.it.zone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Spec §10 on every failure path a node's container raises: unknown paths inside and outside the
 * API, a method the resource does not have, a content type it does not take, a body over the limit
 * — each a JSON body with a non-null {@code errors} array and the status kept, never an HTML page.
 */
@ExtendWith(SharedZoneExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ZoneErrorModelIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private URI base;

  @BeforeAll
  void useTheSharedZone(ZoneFixture shared) {
    base = shared.instances().get(0).baseUri();
  }

  @Test
  void unknownPathsInsideAndOutsideTheApiAre404InTheErrorModel() throws Exception {
    assertErrorModel(
        send(HttpRequest.newBuilder(base.resolve("/api/v1/no-such-thing")).GET()), 404);
    assertErrorModel(send(HttpRequest.newBuilder(base.resolve("/no-such-page")).GET()), 404);
    assertErrorModel(send(HttpRequest.newBuilder(base.resolve("/api/nothing/here")).GET()), 404);
  }

  @Test
  void aMethodTheResourceLacksIs405InTheErrorModel() throws Exception {
    assertErrorModel(
        send(HttpRequest.newBuilder(base.resolve("/api/v1/requests/r-405")).DELETE()), 405);
    assertErrorModel(
        send(
            HttpRequest.newBuilder(base.resolve("/api/v1/node-info"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))),
        405);
  }

  @Test
  void aBodyOverTheLimitIs413AndNothingIsWritten() throws Exception {
    String big =
        "{\"_type\":\"IssueIdentityRequest\",\"requestId\":\"r-big\",\"pad\":\""
            + "x".repeat(300_000)
            + "\"}";
    HttpResponse<String> answer =
        send(
            HttpRequest.newBuilder(base.resolve("/api/v1/requests/r-big"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(big)));
    assertErrorModel(answer, 413);
    assertThat(
            send(HttpRequest.newBuilder(base.resolve("/api/v1/requests/r-big")).GET()).statusCode())
        .isEqualTo(404);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void assertErrorModel(HttpResponse<String> answer, int status) throws Exception {
    assertThat(answer.statusCode()).as(answer.uri() + " " + answer.body()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    JsonNode body = JSON.readTree(answer.body());
    assertThat(body.path("errors").isArray()).isTrue();
    assertThat(body.path("errors").size()).isPositive();
    assertThat(body.path("errors").get(0).path("errorCode").isInt()).isTrue();
  }
}
