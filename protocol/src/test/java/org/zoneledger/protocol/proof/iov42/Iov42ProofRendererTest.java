package org.zoneledger.protocol.proof.iov42;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.Decision;
import org.zoneledger.protocol.message.Proof;
import org.zoneledger.protocol.message.RequestId;
import org.zoneledger.protocol.proof.ProofDraft;
import org.zoneledger.protocol.proof.TestZone;

class Iov42ProofRendererTest {
  private static final TestZone ZONE = TestZone.of(3);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theTypeScriptSdkRuleFindsEveryAuthorisationAndVoteSealValid() throws Exception {
    JsonNode view = render(Decision.COMMIT);
    List<String> checked = validateProof(view);
    assertThat(checked)
        .hasSize(1 + 3)
        .contains("Authorisation:alice", "Vote:node1", "Vote:node2", "Vote:node3");
  }

  @Test
  void theViewHasTheShapeOfSpecSection7() throws Exception {
    JsonNode view = render(Decision.COMMIT);
    assertThat(view.path("requestId").asText()).isEqualTo("req-v");
    assertThat(view.path("signatories").findValuesAsText("identity"))
        .containsExactly("alice", "node1", "node2", "node3");
    assertThat(view.path("signatories").get(1).path("credentials").path("protocolId").asText())
        .isEqualTo("SHA256WithECDSA");
    JsonNode authorisation = view.path("proof").path("nodes").get(1);
    assertThat(authorisation.path("id").path("_type").asText()).isEqualTo("Authorisation");
    assertThat(authorisation.path("links").get(0).path("target").has("id")).isFalse();
    assertThat(view.path("parentFingerprints").get(0).path("requestId").asText())
        .isEqualTo("req-parent");
  }

  @Test
  void aTamperedVoteSealFailsTheSdkRule() throws Exception {
    JsonNode view = render(Decision.ROLLBACK);
    com.fasterxml.jackson.databind.node.ObjectNode seal =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            view.path("proof").path("nodes").get(2).path("links").get(0).path("seals").get(0);
    String signature = seal.path("signature").asText();
    seal.put(
        "signature",
        (signature.charAt(10) == 'A' ? "B" : "A")
            + signature.substring(1, 10)
            + "A"
            + signature.substring(11));
    assertThat(validateProof(view)).doesNotContain("Vote:node1");
  }

  private static JsonNode render(Decision outcome) throws Exception {
    Bytes parentHash = Bytes.of(new byte[32]);
    ProofDraft draft =
        ZONE.draft("req-v", List.of(TestZone.link("asset:a", Optional.of(parentHash))));
    Proof proof = ZONE.proof(draft, outcome);
    Iov42ProofView view =
        new Iov42ProofRenderer(ZONE.descriptor, ZONE.signer(1))
            .render(
                proof,
                ZONE.clientKeys,
                hash ->
                    hash.equals(parentHash)
                        ? Optional.of(new RequestId("req-parent"))
                        : Optional.empty());
    return JSON.readTree(JSON.writeValueAsString(view));
  }

  /**
   * The TypeScript SDK's {@code validateProof} as spec §7 describes it: for node type
   * Authorisation, then Vote, build the verification text from the payload and the first seals of
   * the target's links, and verify every seal of the node's first link with the signatory's key.
   * Returns "type:identity" for each valid seal; an invalid seal is left out.
   */
  private static List<String> validateProof(JsonNode view) throws Exception {
    List<String> valid = new ArrayList<>();
    JsonNode nodes = view.path("proof").path("nodes");
    for (String type : List.of("Authorisation", "Vote")) {
      for (JsonNode node : nodes) {
        if (!node.path("id").path("_type").asText().equals(type)) {
          continue;
        }
        JsonNode link = node.path("links").get(0);
        String text = verificationText(node, link, nodes);
        for (JsonNode seal : link.path("seals")) {
          if (verify(view, seal, text)) {
            valid.add(type + ":" + seal.path("identityId").asText());
          }
        }
      }
    }
    return valid;
  }

  private static String verificationText(JsonNode node, JsonNode link, JsonNode nodes) {
    JsonNode target = null;
    if (link.path("target").has("id")) {
      for (JsonNode candidate : nodes) {
        if (candidate
            .path("id")
            .path("id")
            .asText()
            .equals(link.path("target").path("id").asText())) {
          target = candidate;
        }
      }
    }
    List<String> signatures = new ArrayList<>();
    if (target != null) {
      for (JsonNode targetLink : target.path("links")) {
        signatures.add(targetLink.path("seals").get(0).path("signature").asText());
      }
    }
    String joined = String.join(";", signatures);
    if (node.has("payload") && target != null) {
      return node.path("payload").asText() + ";" + joined;
    }
    return node.has("payload") ? node.path("payload").asText() : joined;
  }

  private static boolean verify(JsonNode view, JsonNode seal, String text) throws Exception {
    JsonNode signatory = null;
    for (JsonNode candidate : view.path("signatories")) {
      if (candidate.path("identity").asText().equals(seal.path("identityId").asText())) {
        signatory = candidate;
      }
    }
    JsonNode credentials =
        signatory.path("credentials"); // a missing signatory crashes, as in the SDK
    boolean ecdsa = seal.path("protocolId").asText().equals("SHA256WithECDSA");
    PublicKey key =
        KeyFactory.getInstance(ecdsa ? "EC" : "RSA")
            .generatePublic(
                new X509EncodedKeySpec(
                    Base64.getUrlDecoder().decode(credentials.path("key").asText())));
    Signature verifier = Signature.getInstance(ecdsa ? "SHA256withECDSA" : "SHA256withRSA");
    verifier.initVerify(key);
    verifier.update(text.getBytes(StandardCharsets.UTF_8));
    try {
      return verifier.verify(Base64.getUrlDecoder().decode(seal.path("signature").asText()));
    } catch (java.security.SignatureException e) {
      return false;
    }
  }
}
