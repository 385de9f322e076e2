package org.zoneledger.it.zone;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zoneledger.client.ClientIdentity;
import org.zoneledger.client.CommandBuilder;
import org.zoneledger.client.ZoneClient;
import org.zoneledger.protocol.auth.HeaderCodec;
import org.zoneledger.protocol.auth.Iov42Headers;
import org.zoneledger.protocol.auth.Signatory;
import org.zoneledger.protocol.crypto.Base64Url;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.zone.ZoneDescriptor;
import org.zoneledger.protocol.zone.ZoneDescriptorJson;

/**
 * The operational endpoints and the read authentication of the HTTP API on real Payara Micro nodes:
 * node-info names each node and the key its descriptor lists, healthchecks are all true, a CORS
 * pre-flight is answered on the command and query paths, an HTTP/2 upgrade is declined, and a
 * signed GET is checked over the raw target as sent (either SDK's query order), refused with 1901
 * for another node's id, and accepted from a delegate only once the delegation is committed.
 */
@ExtendWith(SharedZoneExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ZoneNodeEndpointsIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final CommandBuilder commands = new CommandBuilder();
  private ZoneFixture zone;

  @BeforeAll
  void useTheSharedZone(ZoneFixture shared) {
    zone = shared; // the run's zone (SharedZoneExtension), closed when the run ends
  }

  @Test
  void nodeInfoNamesEachNodeAndTheVoteKeyItsDescriptorLists() throws Exception {
    ZoneDescriptor descriptor = ZoneDescriptorJson.read(zone.descriptor());
    for (int i = 0; i < zone.instances().size(); i++) {
      NodeId node = new NodeId("node" + (i + 1));
      HttpResponse<String> response = send(get(i, "/api/v1/node-info"));

      assertThat(response.statusCode()).as("node-info of %s", node).isEqualTo(200);
      JsonNode body = JSON.readTree(response.body());
      assertThat(body.get("nodeId").asText()).isEqualTo(node.value());
      assertThat(body.at("/publicCredentials/protocolId").asText()).isEqualTo("SHA256WithECDSA");
      assertThat(body.at("/publicCredentials/key").asText())
          .isEqualTo(
              Base64Url.encode(descriptor.membership().keyOf(node).orElseThrow().getEncoded()));
    }
  }

  @Test
  void healthchecksReportEveryComponentHealthyOnEveryNode() throws Exception {
    for (int i = 0; i < zone.instances().size(); i++) {
      HttpResponse<String> response = send(get(i, "/api/v1/healthchecks"));

      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode body = JSON.readTree(response.body());
      assertThat(body.at("/buildInfo/name").asText()).isEqualTo("consumers-monitor");
      assertThat(body.at("/buildInfo/version").asText()).isNotBlank().doesNotContain("${");
      assertThat(body.at("/buildInfo/scalaVersion").isTextual()).isTrue();
      assertThat(body.at("/buildInfo/sbtVersion").isTextual()).isTrue();
      assertThat(body.at("/broker/canWrite").asBoolean()).isTrue();
      assertThat(body.at("/assetStore/canWrite").asBoolean()).isTrue();
      assertThat(body.at("/hsm/hasKeys").asBoolean()).isTrue();
      assertThat(falseFlags(body)).as("node%d: %s", i + 1, body).isEmpty();
    }
  }

  @Test
  void aClientAskingForAnHttp2UpgradeIsAnsweredInHttp1OnEveryNode() throws Exception {
    // java.net.http's default client asks plain-HTTP servers for h2c; Grizzly's HTTP/2 path could
    // deadlock two worker threads on it, after which the instance never answered again (seen as a
    // node "not healthy" for minutes). The listener speaks HTTP/1.1 only, so no upgrade happens.
    HttpClient upgrading = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
    for (int i = 0; i < zone.instances().size(); i++) {
      for (int round = 0; round < 20; round++) {
        HttpResponse<String> response =
            upgrading.send(
                get(i, "/api/v1/node-info").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.version()).as("node%d", i + 1).isEqualTo(HttpClient.Version.HTTP_1_1);
      }
    }
  }

  @Test
  void aCorsPreflightIsAnsweredOnTheCommandAndQueryPaths() throws Exception {
    for (String path : List.of("/api/v1/requests/x", "/api/v1/identities/x")) {
      HttpResponse<String> response =
          send(
              HttpRequest.newBuilder(uri(0, path))
                  .timeout(Duration.ofSeconds(10))
                  .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                  .header("Origin", "https://wallet.example")
                  .header("Access-Control-Request-Method", "PUT")
                  .header("Access-Control-Request-Headers", "content-type,x-iov42-authorisations"));

      assertThat(response.statusCode()).as(path).isIn(200, 204);
      assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
      assertThat(response.headers().firstValue("Access-Control-Allow-Methods"))
          .hasValueSatisfying(v -> assertThat(v).contains("GET", "PUT", "OPTIONS"));
      assertThat(response.headers().firstValue("Access-Control-Allow-Headers"))
          .hasValueSatisfying(
              v ->
                  assertThat(v)
                      .contains(
                          "Content-Type",
                          "X-IOV42-Authorisations",
                          "X-IOV42-Authentication",
                          "X-IOV42-Claims"));
    }
    HttpResponse<String> info = send(get(0, "/api/v1/node-info").header("Origin", "https://x"));
    assertThat(info.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    assertThat(info.headers().firstValue("Access-Control-Expose-Headers"))
        .hasValueSatisfying(v -> assertThat(v).contains("Location", "Retry-After"));
  }

  @Test
  void aSignedReadIsCheckedOverTheRawTargetAndTheNodeId() throws Exception {
    String tag = ZoneFixture.uniqueTag();
    ClientIdentity alice = ClientIdentity.generate("alice-" + tag, SignatureAlgorithm.P256_SHA256);
    new ZoneClient(zone.instances().get(0).baseUri()).send(commands.issueIdentity(alice));
    String identity = "/api/v1/identities/" + alice.identityId();
    String claims = identity + "/claims";
    String read = UUID.randomUUID().toString();

    // Java SDK order (requestId, limit, nodeId) and TypeScript order (requestId, nodeId, limit)
    assertThat(
            signedGet(
                    0, alice.signatory(), claims + "?requestId=" + read + "&limit=10&nodeId=node1")
                .statusCode())
        .isEqualTo(200);
    assertThat(
            signedGet(
                    0, alice.signatory(), claims + "?requestId=" + read + "&nodeId=node1&limit=10")
                .statusCode())
        .as("the same read requestId again")
        .isEqualTo(200);

    HttpResponse<String> wrongNode =
        signedGet(0, alice.signatory(), identity + "?requestId=" + read + "&nodeId=node2");
    assertThat(wrongNode.statusCode()).isEqualTo(400);
    JsonNode error = JSON.readTree(wrongNode.body()).at("/errors/0");
    assertThat(error.get("errorCode").asInt()).isEqualTo(1901);
    assertThat(error.get("errorType").asText()).isEqualTo("System");
    assertThat(error.get("message").asText())
        .isEqualTo("Given node identity does not match the current node's identity");
    // node2 answers its own id once it has applied alice (the PUT was answered by node1)
    String atNode2 = identity + "?requestId=" + read + "&nodeId=node2";
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    int status = signedGet(1, alice.signatory(), atNode2).statusCode();
    while (status != 200 && System.nanoTime() < deadline) {
      Thread.sleep(200);
      status = signedGet(1, alice.signatory(), atNode2).statusCode();
    }
    assertThat(status).as("node2's own id at node2").isEqualTo(200);

    HttpResponse<String> unsigned = send(get(0, identity + "?requestId=" + read + "&nodeId=node1"));
    assertThat(unsigned.statusCode()).isEqualTo(401);
    assertThat(unsigned.body()).contains("\"errors\":[");
  }

  @Test
  void aDelegateReadsOnBehalfOfItsDelegatorOnlyOnceRegistered() throws Exception {
    String tag = ZoneFixture.uniqueTag();
    ClientIdentity alice = ClientIdentity.generate("alice-" + tag, SignatureAlgorithm.P256_SHA256);
    ClientIdentity bot = ClientIdentity.generate("bot-" + tag, SignatureAlgorithm.RSA_SHA256);
    ZoneClient node1 = new ZoneClient(zone.instances().get(0).baseUri());
    node1.send(commands.issueIdentity(alice));
    node1.send(commands.issueIdentity(bot));
    String target =
        "/api/v1/identities/"
            + alice.identityId()
            + "?requestId="
            + UUID.randomUUID()
            + "&nodeId=node1";
    Signatory botForAlice = bot.onBehalfOf(alice.identityId());

    HttpResponse<String> before = signedGet(0, botForAlice, target);
    assertThat(before.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(before.body()).at("/errors/0/errorCode").asInt()).isEqualTo(2504);

    node1.send(commands.addDelegate(alice.signatory(), bot.signatory()));

    assertThat(signedGet(0, botForAlice, target).statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> signedGet(int node, Signatory reader, String target)
      throws Exception {
    String header = HeaderCodec.encodeAuthentication(reader.sign(target.getBytes(UTF_8)));
    return send(get(node, target).header(Iov42Headers.AUTHENTICATION, header));
  }

  private HttpRequest.Builder get(int node, String target) {
    return HttpRequest.newBuilder(uri(node, target)).timeout(Duration.ofSeconds(20)).GET();
  }

  private URI uri(int node, String target) {
    return zone.instances().get(node).baseUri().resolve(target);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** What the Java SDK counts as unhealthy: a boolean false in any object but buildInfo. */
  private static List<String> falseFlags(JsonNode body) {
    List<String> flags = new ArrayList<>();
    for (Map.Entry<String, JsonNode> component : body.properties()) {
      if (component.getKey().equals("buildInfo")) {
        continue;
      }
      component.getValue().properties().stream()
          .filter(f -> f.getValue().isBoolean() && !f.getValue().asBoolean())
          .forEach(f -> flags.add(component.getKey() + "." + f.getKey()));
    }
    return flags;
  }
}
