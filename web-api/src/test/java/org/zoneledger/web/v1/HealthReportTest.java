package org.zoneledger.web.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthReportTest {

  private static JsonNode json(HealthReport report) throws Exception {
    return new ObjectMapper().readTree(report.json());
  }

  @Test
  void theBodyHasTheIov42ShapeWithEveryFlagTrueWhenAllIsWell() throws Exception {
    JsonNode body = json(new HealthReport("1.2.3", true, true, true, true));

    JsonNode build = body.get("buildInfo");
    assertThat(build.get("name").asText()).isEqualTo("consumers-monitor");
    assertThat(build.get("version").asText()).isEqualTo("1.2.3");
    assertThat(build.get("scalaVersion").isTextual()).isTrue();
    assertThat(build.get("sbtVersion").isTextual()).isTrue();
    assertThat(body.get("broker").get("canWrite").asBoolean()).isTrue();
    for (String store :
        List.of(
            "requestStore",
            "assetStore",
            "claimStore",
            "endorsementStore",
            "permissionStore",
            "proofStore",
            "transactionStore",
            "transactionEntryForReaderStore")) {
      assertThat(body.get(store).get("canRead").isBoolean()).as(store).isTrue();
      assertThat(body.get(store).get("canRead").asBoolean()).as(store).isTrue();
      assertThat(body.get(store).get("canWrite").asBoolean()).as(store).isTrue();
    }
    assertThat(body.get("hsm").get("hasKeys").asBoolean()).isTrue();
    assertThat(falseFlags(body)).isEmpty();
  }

  @Test
  void eachFailedCheckShowsAsFalseFlags() throws Exception {
    assertThat(falseFlags(json(new HealthReport("v", false, true, true, true))))
        .containsExactly("broker.canWrite");
    assertThat(falseFlags(json(new HealthReport("v", true, true, true, false))))
        .containsExactly("hsm.hasKeys");
    assertThat(falseFlags(json(new HealthReport("v", true, true, false, true))))
        .hasSize(8)
        .allMatch(flag -> flag.endsWith(".canWrite"));
    assertThat(falseFlags(json(new HealthReport("v", true, false, true, true))))
        .hasSize(8)
        .allMatch(flag -> flag.endsWith(".canRead"));
  }

  @Test
  void theVersionIsTheProjectVersionTheBuildFilteredIn() {
    assertThat(HealthChecks.buildVersion()).isNotBlank().doesNotContain("${").isNotEqualTo("n/a");
  }

  /** How the Java SDK judges health: any boolean false in a top-level object but buildInfo. */
  private static List<String> falseFlags(JsonNode body) {
    List<String> flags = new ArrayList<>();
    for (Map.Entry<String, JsonNode> component : body.properties()) {
      if (component.getKey().equals("buildInfo")) {
        continue;
      }
      for (Map.Entry<String, JsonNode> flag : component.getValue().properties()) {
        if (flag.getValue().isBoolean() && !flag.getValue().asBoolean()) {
          flags.add(component.getKey() + "." + flag.getKey());
        }
      }
    }
    return flags;
  }
}
