package org.zoneledger.it.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zoneledger.it.zone.SharedZoneExtension;
import org.zoneledger.it.zone.ZoneFixture;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;

/**
 * The TypeScript SDK's {@code delegate-*} suites of spec §11.2: one delegate registered for
 * identity 1 and identity 2 (delegator and delegate sign, the delegator authenticates) then acts
 * for them in every step of {@link TsSuites} — asset types, assets, claims, endorsements (the
 * delegate's key signs the endorsement strings), the four transfers (one key signing twice in the
 * exchange), transactions and proofs read through the delegate. Once with RSA, once with P-256.
 */
@ExtendWith(SharedZoneExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TypeScriptDelegateScenariosIT {
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
  @DisplayName("TypeScript delegate suites, SHA256WithRSA keys")
  class WithRsaKeys extends DelegateSuites {
    WithRsaKeys() {
      super(SignatureAlgorithm.RSA_SHA256);
    }
  }

  @Nested
  @DisplayName("TypeScript delegate suites, SHA256WithECDSA (P-256) keys")
  class WithP256Keys extends DelegateSuites {
    WithP256Keys() {
      super(SignatureAlgorithm.P256_SHA256);
    }
  }

  abstract class DelegateSuites extends TsSuites {
    DelegateSuites(SignatureAlgorithm algorithm) {
      super(() -> TypeScriptDelegateScenariosIT.this.zone, algorithm, true);
    }

    @Test
    @DisplayName("delegate-identity: Add new delegate")
    void aDelegateIsAddedByDelegatorAndDelegate() {
      assertThat(delegatesAdded.get(0).resources())
          .containsExactly("/api/v1/identities/" + i1.identityId());
      assertThat(delegatesAdded.get(1).resources())
          .containsExactly("/api/v1/identities/" + i2.identityId());
      String body =
          new String(
              commands.addDelegate(i1.signatory(), delegate.signatory()).body(),
              StandardCharsets.UTF_8);
      assertThat(body).endsWith(",\"_type\":\"AddDelegateRequest\"}");
    }

    @Test
    @DisplayName("delegate-identity: Retrieve identity's delegates")
    void theDelegatorListsItsOneDelegate() {
      JsonNode list =
          zone.tsRead(1, i1.signatory(), "/api/v1/identities/" + i1.identityId() + "/delegates");
      assertThat(list.path("delegates")).hasSize(1);
      assertThat(list.path("delegates").get(0).path("delegateIdentityId").asText())
          .isEqualTo(delegate.identityId());
      assertThat(list.path("delegates").get(0).path("proof").asText())
          .isEqualTo(delegatesAdded.get(0).proof());
    }

    @Test
    @DisplayName("delegate-identity: Retrieve identity using delegate")
    void theDelegatorsIdentityIsReadThroughTheDelegate() {
      for (int node = 0; node < Conformance.NODES; node++) {
        JsonNode identity = zone.tsRead(node, actor(i2), "/api/v1/identities/" + i2.identityId());
        assertThat(identity.path("identityId").asText()).isEqualTo(i2.identityId());
        assertThat(identity.path("publicCredentials").get(0).path("key").asText())
            .isEqualTo(i2.credentials().key());
      }
      assertThat(List.of(actor(i1).delegateIdentityId(), actor(i1).identityId()))
          .containsExactly(delegate.identityId(), i1.identityId());
    }
  }
}
