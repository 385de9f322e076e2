package org.zoneledger.it.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.zoneledger.client.proof.Iov42ProofValidation;
import org.zoneledger.protocol.auth.RequestSigning;
import org.zoneledger.protocol.auth.Signatory;
import org.zoneledger.protocol.auth.SignedPut;
import org.zoneledger.protocol.request.AssetKind;
import org.zoneledger.protocol.request.DefineAssetType;
import org.zoneledger.protocol.request.EntityRef;

/**
 * What the TypeScript SDK's suites share (spec §11.2): bodies it writes that the client library
 * does not (an asset type with the all-Grant permissions of its endorsement suites, written in its
 * property order: fields first, then {@code requestId} and {@code _type}) and the checks its
 * retrieve steps make.
 */
final class TsStyle {
  private static final String ALL =
      "{\"Everyone\":\"Grant\",\"TypeOwner\":\"Grant\",\"InstanceOwner\":\"Grant\"}";

  private TsStyle() {}

  /**
   * A {@code DefineAssetTypeRequest} with every permission granted to every role ({@code
   * addQuantity} only for a quantifiable type), authorised and authenticated by {@code owner} as
   * the key holder (a delegate authenticates as itself, spec §3.3).
   */
  static SignedPut assetTypeWithAllGrants(Signatory owner, String assetTypeId, AssetKind kind) {
    String requestId = UUID.randomUUID().toString();
    boolean quantifiable = kind == AssetKind.QUANTIFIABLE;
    String instances =
        "{\"create\":"
            + ALL
            + ",\"read\":"
            + ALL
            + ",\"createClaim\":"
            + ALL
            + ",\"endorseClaim\":"
            + ALL
            + ",\"transfer\":"
            + ALL
            + (quantifiable ? ",\"addQuantity\":" + ALL : "")
            + "}";
    String body =
        "{\"assetTypeId\":\""
            + assetTypeId
            + "\",\"type\":\""
            + kind.wireName()
            + "\""
            + (quantifiable ? ",\"scale\":2" : "")
            + ",\"permissions\":{\"read\":"
            + ALL
            + ",\"createClaim\":"
            + ALL
            + ",\"endorseClaim\":"
            + ALL
            + ",\"instances\":"
            + instances
            + "},\"requestId\":\""
            + requestId
            + "\",\"_type\":\"DefineAssetTypeRequest\"}";
    return RequestSigning.sign(
        new DefineAssetType(requestId, assetTypeId, kind, quantifiable ? 2 : null),
        body.getBytes(UTF_8),
        List.of(owner),
        owner.asKeyHolder(),
        null);
  }

  /** The path of a subject's claim list as the TypeScript SDK writes it (no trailing slash). */
  static String claimsPath(EntityRef subject) {
    return subject.path() + "/claims";
  }

  /** The §11.2 checks of "Retrieve claims on …": every claim with its resource and proof. */
  static void assertClaimList(JsonNode list, EntityRef subject, List<String> hashes, String proof) {
    List<String> listed = new ArrayList<>();
    list.path("claims")
        .forEach(
            c -> {
              listed.add(c.path("claim").asText());
              assertThat(c.path("resource").asText())
                  .isEqualTo(subject.claimPath(c.path("claim").asText()));
              assertThat(c.path("proof").asText()).isEqualTo(proof);
            });
    assertThat(listed).containsExactlyInAnyOrderElementsOf(hashes);
    assertThat(list.path("next").isMissingNode() || list.path("next").isNull()).isTrue();
  }

  /** The §11.2 checks of "Retrieve proof" and "Validate proof". */
  static void assertValidProof(JsonNode view, String requestId) {
    assertThat(view.path("requestId").asText()).isEqualTo(requestId);
    assertThat(view.path("proof").path("nodes").isArray()).isTrue();
    assertThat(view.path("signatories").isArray()).isTrue();
    assertThat(view.path("signatories")).isNotEmpty();
    assertThat(view.path("parentFingerprints").isArray()).isTrue();
    assertThat(Iov42ProofValidation.problems(view)).isEmpty();
    List<String> types = new ArrayList<>();
    view.path("proof").path("nodes").forEach(n -> types.add(n.path("id").path("_type").asText()));
    assertThat(types).contains("Authorisation", "Vote");
  }

  /** Whether a response field is absent or null (e.g. {@code next} on the last page). */
  static boolean absent(JsonNode node) {
    return node.isMissingNode() || node.isNull();
  }
}
