package org.zoneledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The static OpenAPI document {@code META-INF/openapi.yaml} (served by MicroProfile OpenAPI at
 * {@code /openapi}) describes the whole public API v1 of the contract: every path and method of
 * §4–§8, the signature headers, the 13 command bodies behind a discriminator on {@code _type}, and
 * only references that resolve.
 */
class OpenApiDocumentTest {

  private static final String DOCUMENT = "/META-INF/openapi.yaml";
  private static final String V1 = "/api/v1";

  /** The contract's endpoints: §4/§5, the 16 rows of §6.2 (row 8 twice), §8. */
  private static final Map<String, Set<String>> CONTRACT = new LinkedHashMap<>();

  private static final List<String> PAGED =
      List.of(
          V1 + "/identities/{identityId}/claims",
          V1 + "/asset-types/{assetTypeId}/claims",
          V1 + "/asset-types/{assetTypeId}/claims/",
          V1 + "/asset-types/{assetTypeId}/assets/{assetId}/claims",
          V1 + "/asset-types/{assetTypeId}/assets/{assetId}/transactions");

  private static final List<String> COMMAND_TYPES =
      List.of(
          "IssueIdentityRequest",
          "CreateIdentityRequest",
          "DefineAssetTypeRequest",
          "CreateAssetRequest",
          "AddQuantityRequest",
          "CreateIdentityClaimsRequest",
          "CreateAssetTypeClaimsRequest",
          "CreateAssetClaimsRequest",
          "CreateIdentityEndorsementsRequest",
          "CreateAssetTypeEndorsementsRequest",
          "CreateAssetEndorsementsRequest",
          "AddDelegateRequest",
          "TransfersRequest");

  static {
    CONTRACT.put(V1 + "/requests/{requestId}", Set.of("put", "get"));
    for (String row :
        List.of(
            "/identities/{identityId}",
            "/identities/{identityId}/public-key",
            "/identities/{identityId}/delegates",
            "/identities/{identityId}/claims",
            "/identities/{identityId}/claims/{hash}",
            "/identities/{identityId}/claims/{hash}/endorsements/{endorserId}",
            "/asset-types/{assetTypeId}",
            "/asset-types/{assetTypeId}/claims",
            "/asset-types/{assetTypeId}/claims/",
            "/asset-types/{assetTypeId}/claims/{hash}",
            "/asset-types/{assetTypeId}/claims/{hash}/endorsements/{endorserId}",
            "/asset-types/{assetTypeId}/assets/{assetId}",
            "/asset-types/{assetTypeId}/assets/{assetId}/claims",
            "/asset-types/{assetTypeId}/assets/{assetId}/claims/{hash}",
            "/asset-types/{assetTypeId}/assets/{assetId}/claims/{hash}/endorsements/{endorserId}",
            "/asset-types/{assetTypeId}/assets/{assetId}/transactions",
            "/proofs/{requestId}")) {
      CONTRACT.put(V1 + row, Set.of("get"));
    }
    CONTRACT.put(V1 + "/node-info", Set.of("get"));
    CONTRACT.put(V1 + "/healthchecks", Set.of("get"));
  }

  private static final Set<String> HTTP_METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private static Map<String, Object> document;

  @BeforeAll
  static void readTheDocument() throws IOException {
    try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream(DOCUMENT)) {
      assertThat(in).as(DOCUMENT + " on the classpath").isNotNull();
      document =
          new Yaml(new SafeConstructor(new LoaderOptions()))
              .load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
  }

  @Test
  void describesTheNodeApiVersionOneServedFromTheRoot() {
    assertThat((String) document.get("openapi")).startsWith("3.0.");
    Map<String, Object> info = map(document, "info");
    assertThat(info.get("title")).isEqualTo("zone ledger node API");
    assertThat(info.get("version")).isEqualTo("1");
    assertThat((String) info.get("description")).contains("/api/admin");
    assertThat(list(document, "servers")).containsExactly(Map.of("url", "/"));
  }

  @Test
  void hasEveryPathOfTheContractWithItsMethodsAndNoOther() {
    Map<String, Object> paths = map(document, "paths");

    assertThat(paths.keySet()).containsExactlyInAnyOrderElementsOf(CONTRACT.keySet());
    CONTRACT.forEach(
        (path, methods) -> {
          Set<String> declared = new TreeSet<>(map(paths, path).keySet());
          declared.retainAll(HTTP_METHODS);
          assertThat(declared).as(path).containsExactlyInAnyOrderElementsOf(methods);
        });
  }

  @Test
  void everyReferenceResolves() {
    List<String> refs = new ArrayList<>();
    collectRefs(document, refs);

    assertThat(refs).hasSizeGreaterThan(100);
    for (String ref : refs) {
      assertThat(ref).as("a local reference").startsWith("#/");
      assertThat(resolve(ref)).as(ref).isNotNull();
    }
  }

  @Test
  void everyPathTemplateVariableIsDeclaredAsAPathParameter() {
    Pattern variable = Pattern.compile("\\{([^}]+)}");
    map(document, "paths")
        .forEach(
            (path, item) -> {
              Set<String> declared = new TreeSet<>();
              for (Object parameter : parameters(item)) {
                if ("path".equals(parameter(parameter).get("in"))) {
                  declared.add((String) parameter(parameter).get("name"));
                }
              }
              Set<String> inTemplate = new TreeSet<>();
              variable.matcher(path).results().forEach(m -> inTemplate.add(m.group(1)));
              assertThat(declared).as(path).isEqualTo(inTemplate);
            });
  }

  @Test
  void theCommandCarriesTheThreeSignatureHeadersAndAnswers200Or303OrAnError() {
    Map<String, Object> put = map(map(map(document, "paths"), V1 + "/requests/{requestId}"), "put");

    Map<String, Map<String, Object>> headers = new LinkedHashMap<>();
    for (Object parameter : list(put, "parameters")) {
      if ("header".equals(parameter(parameter).get("in"))) {
        headers.put((String) parameter(parameter).get("name"), parameter(parameter));
      }
    }
    assertThat(headers)
        .containsOnlyKeys("X-IOV42-Authorisations", "X-IOV42-Authentication", "X-IOV42-Claims");
    assertThat(headers.get("X-IOV42-Authorisations").get("required")).isEqualTo(true);
    assertThat(headers.get("X-IOV42-Authentication").get("required")).isEqualTo(true);
    assertThat(headers.get("X-IOV42-Claims").get("required")).isEqualTo(false);
    assertThat(ref(map(map(map(put, "requestBody"), "content"), "application/json"), "schema"))
        .isEqualTo("#/components/schemas/CommandRequest");

    Map<String, Object> responses = map(put, "responses");
    assertThat(schemaOf(resolveMap(ref(responses, "200"))))
        .isEqualTo("#/components/schemas/RequestInfoResponse");
    assertThat(map(resolveMap(ref(responses, "303")), "headers"))
        .containsOnlyKeys("Location", "Retry-After");
    for (String status : List.of("400", "401", "403", "404", "409", "413", "500", "503")) {
      assertThat(schemaOf(resolveMap(ref(responses, status))))
          .as(status)
          .isEqualTo("#/components/schemas/ErrorResponse");
    }
  }

  @Test
  void theCommandBodyIsOneOfThirteenTypesDiscriminatedByType() {
    Map<String, Object> schemas = map(map(document, "components"), "schemas");
    Map<String, Object> command = map(schemas, "CommandRequest");
    Map<String, Object> discriminator = map(command, "discriminator");

    assertThat(discriminator.get("propertyName")).isEqualTo("_type");
    assertThat(map(discriminator, "mapping").keySet())
        .containsExactlyInAnyOrderElementsOf(COMMAND_TYPES);
    assertThat(list(command, "oneOf"))
        .extracting(option -> (Object) ((Map<?, ?>) option).get("$ref"))
        .containsExactlyInAnyOrderElementsOf(
            COMMAND_TYPES.stream().map(t -> "#/components/schemas/" + t).toList());
    for (String type : COMMAND_TYPES) {
      Map<String, Object> body = resolveMap((String) map(discriminator, "mapping").get(type));
      assertThat(list(map(map(body, "properties"), "_type"), "enum"))
          .as(type)
          .containsExactly(type);
      assertThat(list(body, "required")).as(type).contains("_type", "requestId");
    }
  }

  @Test
  void optionalFieldsAreNotRequiredAndRequiredFieldsAreProperties() {
    Map<String, Object> schemas = map(map(document, "components"), "schemas");

    schemas.forEach(
        (name, schema) -> {
          Map<String, Object> s = cast(schema);
          if (s.containsKey("required")) {
            assertThat(new ArrayList<Object>(map(s, "properties").keySet()))
                .as(name)
                .containsAll(list(s, "required"));
          }
        });
    assertThat(list(map(schemas, "DefineAssetTypeRequest"), "required")).doesNotContain("scale");
    assertThat(list(map(schemas, "CreateAssetRequest"), "required")).doesNotContain("quantity");
    assertThat(list(map(schemas, "CreateAssetClaimsRequest"), "required"))
        .contains("subjectTypeId");
    assertThat(list(map(schemas, "CreateIdentityClaimsRequest"), "required"))
        .doesNotContain("subjectTypeId", "permissions");
    assertThat(list(map(schemas, "Asset"), "required")).doesNotContain("quantity");
    assertThat(list(map(schemas, "ClaimsPage"), "required")).containsExactly("claims");
    assertThat(list(map(schemas, "TransactionsPage"), "required")).containsExactly("transactions");
    assertThat(list(map(schemas, "Claim"), "required")).contains("endorsements");
    assertThat(list(map(schemas, "ErrorResponse"), "required")).containsExactly("errors");
  }

  @Test
  void everySignedReadTakesTheReadIdTheNodeIdAndTheAuthenticationHeader() {
    Map<String, Object> paths = map(document, "paths");
    for (String path : CONTRACT.keySet()) {
      boolean signed =
          path.startsWith(V1 + "/identities")
              || path.startsWith(V1 + "/asset-types")
              || path.startsWith(V1 + "/proofs");
      if (!signed) {
        continue;
      }
      Map<String, Object> get = map(map(paths, path), "get");
      Map<String, Map<String, Object>> query = new LinkedHashMap<>();
      Map<String, Map<String, Object>> header = new LinkedHashMap<>();
      for (Object parameter : list(get, "parameters")) {
        Map<String, Object> p = parameter(parameter);
        ("query".equals(p.get("in")) ? query : header).put((String) p.get("name"), p);
      }
      Set<String> expected =
          PAGED.contains(path)
              ? Set.of("requestId", "nodeId", "limit", "next")
              : Set.of("requestId", "nodeId");
      assertThat(query.keySet()).as(path).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(query.get("requestId").get("required")).as(path).isEqualTo(true);
      assertThat(query.get("nodeId").get("required")).as(path).isEqualTo(true);
      assertThat(header).as(path).containsOnlyKeys("X-IOV42-Authentication");
      assertThat(header.get("X-IOV42-Authentication").get("required")).isEqualTo(true);
      assertThat(map(get, "responses")).as(path).containsKeys("200", "400", "404");
    }
  }

  @Test
  void idsAreUnreservedCharactersUpTo256AndQuantitiesAreDigits() {
    Map<String, Object> schemas = map(map(document, "components"), "schemas");
    Pattern id = Pattern.compile((String) map(schemas, "Id").get("pattern"));
    Pattern quantity = Pattern.compile((String) map(schemas, "Quantity").get("pattern"));

    assertThat(map(schemas, "Id").get("type")).isEqualTo("string");
    assertThat(
            List.of("req-1", "abc", "car.4f21cf", "a~b_c", "3f2b8c1e-5d7a-4e0b-9c61-2a4f8d9e0b17"))
        .allMatch(v -> id.matcher(v).matches());
    assertThat(List.of("", "a/b", "a;b", "a b", "a%20", "a?b", "a#b", "x".repeat(257)))
        .noneMatch(v -> id.matcher(v).matches());
    assertThat(map(schemas, "Quantity").get("type")).isEqualTo("string");
    assertThat(List.of("0", "100", "12500")).allMatch(v -> quantity.matcher(v).matches());
    assertThat(List.of("", "-1", "1.5", "1e3")).noneMatch(v -> quantity.matcher(v).matches());
    assertThat(map(map(map(schemas, "DefineAssetTypeRequest"), "properties"), "scale").get("type"))
        .isEqualTo("integer");
  }

  @Test
  void annotationScanningIsOffSoTheStaticDocumentIsTheOnlySource() throws IOException {
    Properties config = new Properties();
    try (InputStream in =
        getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
      assertThat(in).isNotNull();
      config.load(in);
    }

    assertThat(config.getProperty("mp.openapi.scan.disable")).isEqualTo("true");
  }

  // --- tree helpers ---------------------------------------------------------------------------

  private static void collectRefs(Object node, List<String> refs) {
    if (node instanceof Map<?, ?> m) {
      m.forEach(
          (key, value) -> {
            if ("$ref".equals(key)) {
              refs.add((String) value);
            } else {
              collectRefs(value, refs);
            }
          });
    } else if (node instanceof List<?> l) {
      l.forEach(element -> collectRefs(element, refs));
    }
  }

  /** The node a local JSON pointer ({@code #/a/b}) names, or null. */
  private static Object resolve(String ref) {
    Object node = document;
    for (String token : ref.substring(2).split("/")) {
      String key = token.replace("~1", "/").replace("~0", "~");
      if (!(node instanceof Map<?, ?> m) || !m.containsKey(key)) {
        return null;
      }
      node = m.get(key);
    }
    return node;
  }

  private static Map<String, Object> resolveMap(String ref) {
    Object node = resolve(ref);
    assertThat(node).as(ref).isInstanceOf(Map.class);
    return cast(node);
  }

  private static List<Object> parameters(Object pathItem) {
    Map<String, Object> item = cast(pathItem);
    List<Object> all = new ArrayList<>();
    if (item.containsKey("parameters")) {
      all.addAll(list(item, "parameters"));
    }
    for (String method : HTTP_METHODS) {
      if (item.containsKey(method) && map(item, method).containsKey("parameters")) {
        all.addAll(list(map(item, method), "parameters"));
      }
    }
    return all;
  }

  /** A parameter, following its {@code $ref}. */
  private static Map<String, Object> parameter(Object parameter) {
    Map<String, Object> p = cast(parameter);
    return p.containsKey("$ref") ? resolveMap((String) p.get("$ref")) : p;
  }

  private static String schemaOf(Map<String, Object> response) {
    return ref(map(map(response, "content"), "application/json"), "schema");
  }

  private static String ref(Map<String, Object> parent, String key) {
    return (String) map(parent, key).get("$ref");
  }

  private static Map<String, Object> map(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    assertThat(value).as(key).isInstanceOf(Map.class);
    return cast(value);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    assertThat(value).as(key).isInstanceOf(List.class);
    return (List<Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Object value) {
    return (Map<String, Object>) value;
  }
}
