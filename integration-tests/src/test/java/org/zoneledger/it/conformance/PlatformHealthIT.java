package org.zoneledger.it.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zoneledger.it.zone.SharedZoneExtension;
import org.zoneledger.it.zone.ZoneFixture;

/**
 * {@code GET /api/v1/healthchecks} (spec §8.2) as the SDKs' health tests check it: Java {@code
 * PlatformTest.healthChecksShouldBeValid} through the client library, TypeScript {@code
 * healthchecks.ts} over raw HTTP. Both SDKs run these once (no identity, no key type involved).
 *
 * <p>At b477432 every node answered these with HTTP 500 (error 1001): the EJB proxy could not
 * access the package-private return type {@code HealthReport} (IllegalAccessError); cbf152d made it
 * public.
 */
@ExtendWith(SharedZoneExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlatformHealthIT {
  private Conformance zone;

  @BeforeAll
  void theSharedZone(ZoneFixture shared) {
    zone = new Conformance(shared);
  }

  @AfterAll
  void release() {
    zone.close();
  }

  @Test
  @DisplayName("PlatformTest.healthChecksShouldBeValid")
  void healthChecksAreValidOnEveryNodeThroughTheClientLibrary() {
    for (int node = 0; node < Conformance.NODES; node++) {
      JsonNode health = zone.client(node).healthchecks();
      JsonNode build = health.path("buildInfo");
      for (String field : List.of("name", "version", "scalaVersion", "sbtVersion")) {
        assertThat(build.path(field).isTextual()).as("buildInfo.%s", field).isTrue();
      }
      health
          .properties()
          .forEach(
              component -> {
                if (!component.getKey().equals("buildInfo")) {
                  component
                      .getValue()
                      .properties()
                      .forEach(
                          flag ->
                              assertThat(flag.getValue().asBoolean(true))
                                  .as("%s.%s", component.getKey(), flag.getKey())
                                  .isTrue());
                }
              });
    }
  }

  @Test
  @DisplayName("healthchecks: Retrieve node's health information")
  void healthInformationHasTheBuildInfoAndEveryFlagTrue() {
    HttpResponse<String> answer = zone.get(0, "/api/v1/healthchecks", null);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode health = Conformance.json(answer);
    assertThat(health.path("buildInfo").path("name").asText()).isEqualTo("consumers-monitor");
    for (String field : List.of("version", "scalaVersion", "sbtVersion")) {
      assertThat(health.path("buildInfo").path(field).isTextual()).as(field).isTrue();
    }
    assertThat(health.path("broker").path("canWrite").asBoolean()).isTrue();
    for (String store : List.of("assetStore", "claimStore", "endorsementStore")) {
      assertThat(health.path(store).path("canRead").asBoolean()).as(store).isTrue();
      assertThat(health.path(store).path("canWrite").asBoolean()).as(store).isTrue();
    }
    assertThat(health.path("hsm").path("hasKeys").asBoolean()).isTrue();
  }
}
