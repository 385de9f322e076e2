package org.zoneledger.it.zone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * MicroProfile OpenAPI on a real node: {@code GET /openapi} serves the static document of the web
 * application ({@code META-INF/openapi.yaml}) as YAML, and as JSON with {@code ?format=json}. With
 * annotation scanning off, its paths are exactly the public API v1 of the contract — no admin
 * endpoints, no path templates made from the resources' regex paths.
 */
@ExtendWith(SharedZoneExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ZoneOpenApiIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String V1 = "/api/v1";

  /** The paths of the contract (§4–§8; §6.2 row 8 with and without the trailing slash). */
  private static final Set<String> CONTRACT_PATHS =
      Set.of(
          V1 + "/requests/{requestId}",
          V1 + "/identities/{identityId}",
          V1 + "/identities/{identityId}/public-key",
          V1 + "/identities/{identityId}/delegates",
          V1 + "/identities/{identityId}/claims",
          V1 + "/identities/{identityId}/claims/{hash}",
          V1 + "/identities/{identityId}/claims/{hash}/endorsements/{endorserId}",
          V1 + "/asset-types/{assetTypeId}",
          V1 + "/asset-types/{assetTypeId}/claims",
          V1 + "/asset-types/{assetTypeId}/claims/",
          V1 + "/asset-types/{assetTypeId}/claims/{hash}",
          V1 + "/asset-types/{assetTypeId}/claims/{hash}/endorsements/{endorserId}",
          V1 + "/asset-types/{assetTypeId}/assets/{assetId}",
          V1 + "/asset-types/{assetTypeId}/assets/{assetId}/claims",
          V1 + "/asset-types/{assetTypeId}/assets/{assetId}/claims/{hash}",
          V1
              + "/asset-types/{assetTypeId}/assets/{assetId}/claims/{hash}/endorsements/{endorserId}",
          V1 + "/asset-types/{assetTypeId}/assets/{assetId}/transactions",
          V1 + "/proofs/{requestId}",
          V1 + "/node-info",
          V1 + "/healthchecks");

  private static final List<String> REQUIRED_PATHS =
      List.of(
          V1 + "/requests/{requestId}",
          V1 + "/node-info",
          V1 + "/proofs/{requestId}",
          V1 + "/asset-types/{assetTypeId}/assets/{assetId}/transactions");

  /** A key of the YAML {@code paths} map: two spaces in, maybe quoted, alone on its line. */
  private static final Pattern YAML_PATH_KEY =
      Pattern.compile("(?m)^  ['\"]?(/[^'\"\\s]*)['\"]?:\\s*$");

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private ZoneFixture zone;

  @BeforeAll
  void useTheSharedZone(ZoneFixture shared) {
    zone = shared; // the run's zone (SharedZoneExtension), closed when the run ends
  }

  @Test
  void nodeOneServesTheDocumentAsYamlWithThePathsOfTheContract() throws Exception {
    HttpResponse<String> response = get("/openapi");

    assertThat(response.statusCode()).isEqualTo(200);
    String yaml = response.body();
    assertThat(yaml).contains("title: zone ledger node API");
    Set<String> paths = new TreeSet<>();
    Matcher key = YAML_PATH_KEY.matcher(yamlBlock(yaml, "paths"));
    while (key.find()) {
      paths.add(key.group(1));
    }
    assertThat(paths).containsAll(REQUIRED_PATHS);
    assertThat(paths).containsExactlyInAnyOrderElementsOf(CONTRACT_PATHS);
  }

  @Test
  void nodeOneServesTheSameDocumentAsJsonWithTheWholeApiAndNothingElse() throws Exception {
    HttpResponse<String> response = get("/openapi?format=json");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonNode document = JSON.readTree(response.body());
    assertThat(document.at("/info/title").asText()).isEqualTo("zone ledger node API");
    assertThat(document.at("/info/version").asText()).isEqualTo("1");
    assertThat(document.at("/servers/0/url").asText()).isEqualTo("/");
    assertThat(document.get("servers")).hasSize(1);

    JsonNode paths = document.get("paths");
    List<String> names = new ArrayList<>();
    paths.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsAll(REQUIRED_PATHS);
    assertThat(names)
        .as("only the static document: no /api/admin, no scanned regex paths")
        .containsExactlyInAnyOrderElementsOf(CONTRACT_PATHS);
    assertThat(paths.get(V1 + "/requests/{requestId}").has("put")).isTrue();
    assertThat(paths.get(V1 + "/requests/{requestId}").has("get")).isTrue();
    assertThat(paths.at("/" + escape(V1 + "/requests/{requestId}") + "/put/responses").has("303"))
        .isTrue();

    JsonNode command = document.at("/components/schemas/CommandRequest");
    assertThat(command.at("/discriminator/propertyName").asText()).isEqualTo("_type");
    assertThat(command.get("oneOf")).hasSize(13);
    assertThat(command.at("/discriminator/mapping")).hasSize(13);
  }

  private HttpResponse<String> get(String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(zone.instances().get(0).baseUri().resolve(path))
            .timeout(Duration.ofSeconds(60))
            .GET()
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /**
   * The lines of a top-level YAML key's block. Payara adds a top-level {@code endpoints} map of its
   * own (context root {@code /} to the paths), so path keys are looked for under {@code paths}
   * only.
   */
  private static String yamlBlock(String yaml, String topLevelKey) {
    StringBuilder block = new StringBuilder();
    boolean inside = false;
    for (String line : yaml.split("\\R")) {
      boolean topLevel = !line.isEmpty() && !Character.isWhitespace(line.charAt(0));
      if (topLevel && !line.startsWith("- ")) {
        inside = line.startsWith(topLevelKey + ":");
      } else if (inside) {
        block.append(line).append('\n');
      }
    }
    assertThat(block).as("the %s block", topLevelKey).isNotEmpty();
    return block.toString();
  }

  /** A JSON pointer token (RFC 6901). */
  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
