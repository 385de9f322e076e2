package org.zoneledger.client.proof;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.zoneledger.protocol.crypto.Base64Url;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.crypto.Signatures;
import org.zoneledger.protocol.error.ProtocolException;

/**
 * The TypeScript SDK's {@code validateProof} rule over the iov42 proof view (spec §7): for every
 * {@code Authorisation} and then {@code Vote} node, each seal of its first link must verify over
 * {@code payload;S} (S = the first-seal signatures of the linked target node's links joined with
 * {@code ;}) with the key of the {@code signatories} entry named by the seal. Returns the problems
 * found; empty means every seal is valid.
 */
public final class Iov42ProofValidation {
  private Iov42ProofValidation() {}

  public static List<String> problems(JsonNode view) {
    List<String> problems = new ArrayList<>();
    JsonNode nodes = view.path("proof").path("nodes");
    for (String type : List.of("Authorisation", "Vote")) {
      for (JsonNode node : nodes) {
        if (type.equals(node.path("id").path("_type").asText())) {
          checkNode(view, nodes, node, problems);
        }
      }
    }
    return problems;
  }

  private static void checkNode(JsonNode view, JsonNode nodes, JsonNode node, List<String> out) {
    JsonNode link = node.path("links").path(0);
    String nodeId = node.path("id").path("id").asText("?");
    JsonNode target = findTarget(nodes, link.path("target").path("id"));
    String joined = target == null ? "" : joinedFirstSeals(target);
    boolean hasPayload = node.hasNonNull("payload");
    String text =
        hasPayload && target != null
            ? node.get("payload").asText() + ";" + joined
            : hasPayload ? node.get("payload").asText() : joined;
    for (JsonNode seal : link.path("seals")) {
      String problem = checkSeal(view, seal, text.getBytes(UTF_8));
      if (problem != null) {
        out.add("node " + nodeId + ": " + problem);
      }
    }
  }

  private static JsonNode findTarget(JsonNode nodes, JsonNode targetId) {
    if (targetId.isMissingNode() || targetId.isNull()) {
      return null;
    }
    for (JsonNode candidate : nodes) {
      if (targetId.asText().equals(candidate.path("id").path("id").asText(null))) {
        return candidate;
      }
    }
    return null;
  }

  private static String joinedFirstSeals(JsonNode target) {
    List<String> signatures = new ArrayList<>();
    target
        .path("links")
        .forEach(l -> signatures.add(l.path("seals").path(0).path("signature").asText()));
    return String.join(";", signatures);
  }

  private static String checkSeal(JsonNode view, JsonNode seal, byte[] text) {
    String identity = seal.path("identityId").asText();
    JsonNode credentials = null;
    for (JsonNode signatory : view.path("signatories")) {
      if (identity.equals(signatory.path("identity").asText())) {
        credentials = signatory.path("credentials");
      }
    }
    if (credentials == null) {
      return "no signatory '" + identity + "'";
    }
    try {
      SignatureAlgorithm algorithm =
          SignatureAlgorithm.fromProtocolId(seal.path("protocolId").asText());
      boolean valid =
          Signatures.verify(
              algorithm,
              Signatures.decodePublicKey(
                  algorithm, Base64Url.decode(credentials.path("key").asText())),
              text,
              Base64Url.decode(seal.path("signature").asText()));
      return valid ? null : "the seal of '" + identity + "' does not verify";
    } catch (ProtocolException e) {
      return "the seal of '" + identity + "' cannot be checked: " + e.getMessage();
    }
  }
}
