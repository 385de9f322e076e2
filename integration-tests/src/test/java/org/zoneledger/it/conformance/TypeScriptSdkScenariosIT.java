package org.zoneledger.it.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zoneledger.client.ClientIdentity;
import org.zoneledger.client.model.RequestInfo;
import org.zoneledger.it.zone.SharedZoneExtension;
import org.zoneledger.it.zone.ZoneFixture;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;

/**
 * The TypeScript SDK's suites of spec §11.2 against the zone: {@code node-info}, {@code identity}
 * ({@code healthchecks} is in {@link PlatformHealthIT}), and (from {@link TsSuites}) {@code
 * asset-types}, {@code assets}, {@code claims}, {@code endorsements}, {@code transfer}, {@code
 * transaction}, {@code proof} — each once with RSA and once with P-256 keys, as the SDK runs them.
 */
@ExtendWith(SharedZoneExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TypeScriptSdkScenariosIT {
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
  @DisplayName("TypeScript suites, SHA256WithRSA keys")
  class WithRsaKeys extends Suites {
    WithRsaKeys() {
      super(SignatureAlgorithm.RSA_SHA256);
    }
  }

  @Nested
  @DisplayName("TypeScript suites, SHA256WithECDSA (P-256) keys")
  class WithP256Keys extends Suites {
    WithP256Keys() {
      super(SignatureAlgorithm.P256_SHA256);
    }
  }

  abstract class Suites extends TsSuites {
    private final SignatureAlgorithm algorithm;

    Suites(SignatureAlgorithm algorithm) {
      super(() -> TypeScriptSdkScenariosIT.this.zone, algorithm, false);
      this.algorithm = algorithm;
    }

    @Test
    @DisplayName("node-info: Retrieve node information")
    void nodeInformationNamesEveryNodeAndItsEcdsaKey() {
      for (int node = 0; node < Conformance.NODES; node++) {
        HttpResponse<String> answer = zone.get(node, "/api/v1/node-info", null);
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode info = Conformance.json(answer);
        assertThat(info.path("nodeId").asText()).isEqualTo("node" + (node + 1));
        assertThat(info.path("publicCredentials").path("protocolId").asText())
            .isEqualTo("SHA256WithECDSA");
        assertThat(info.path("publicCredentials").path("key").asText())
            .startsWith("MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE");
      }
    }

    @Test
    @DisplayName("identity: Issue new identity")
    void aNewIdentityIsIssued() {
      assertThat(i1Issued.resources()).containsExactly("/api/v1/identities/" + i1.identityId());
      assertThat(i1Issued.proof()).isEqualTo("/api/v1/proofs/" + i1Issued.requestId());
    }

    @Test
    @DisplayName("identity: Create new identity, Retrieve created identity, its public key")
    void anExistingIdentityCreatesAnotherWhoseIdentityAndKeyAreRetrieved() {
      ClientIdentity created = Conformance.identity("created", tag, algorithm);
      RequestInfo done =
          zone.send(
              2,
              commands.createIdentity(i1.signatory(), created.identityId(), created.credentials()));
      assertThat(done.resources()).containsExactly("/api/v1/identities/" + created.identityId());

      JsonNode identity =
          zone.tsRead(2, i1.signatory(), "/api/v1/identities/" + created.identityId());
      assertThat(identity.path("identityId").asText()).isEqualTo(created.identityId());
      JsonNode credentials = identity.path("publicCredentials").get(0);
      assertThat(credentials.path("key").asText()).isEqualTo(created.credentials().key());
      assertThat(credentials.path("protocolId").asText())
          .isEqualTo(created.credentials().protocolId());
      JsonNode key =
          zone.tsRead(
              2, i2.signatory(), "/api/v1/identities/" + created.identityId() + "/public-key");
      assertThat(key.path("key").asText()).isEqualTo(created.credentials().key());
      assertThat(key.path("protocolId").asText()).isEqualTo(created.credentials().protocolId());
    }
  }
}
