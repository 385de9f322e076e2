package org.zoneledger.client.proof;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.zoneledger.client.ClientIdentity;
import org.zoneledger.protocol.auth.SignatureEntry;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;

class Iov42ProofValidationTest {
  private static final JsonMapper JSON = new JsonMapper();
  private final ClientIdentity alice =
      ClientIdentity.generate("alice", SignatureAlgorithm.RSA_SHA256);
  private final ClientIdentity node1 =
      ClientIdentity.generate("node1", SignatureAlgorithm.P256_SHA256);
  private final String body = "{\"_type\":\"AddDelegateRequest\",\"requestId\":\"r-1\"}";

  /** The recommended layout of spec §7: an Authorisation node and one Vote node. */
  private ObjectNode view() {
    SignatureEntry authorisation = alice.signatory().sign(body.getBytes(UTF_8));
    SignatureEntry vote =
        node1.signatory().sign(("r-1;" + authorisation.signature()).getBytes(UTF_8));
    ObjectNode view = JSON.createObjectNode().put("requestId", "r-1");
    ArrayNode nodes = view.putObject("proof").putArray("nodes");
    ObjectNode auth = nodes.addObject();
    auth.putObject("id").put("_type", "Authorisation").put("id", "r-1:authorisation");
    auth.put("payload", body);
    ObjectNode authLink = auth.putArray("links").addObject();
    authLink.putObject("target").put("_type", "Root");
    seal(authLink.putArray("seals"), authorisation);
    ObjectNode voteNode = nodes.addObject();
    voteNode.putObject("id").put("_type", "Vote").put("id", "r-1:vote:node1");
    voteNode.put("payload", "r-1");
    ObjectNode voteLink = voteNode.putArray("links").addObject();
    voteLink.putObject("target").put("_type", "Authorisation").put("id", "r-1:authorisation");
    seal(voteLink.putArray("seals"), vote);
    ArrayNode signatories = view.putArray("signatories");
    for (ClientIdentity identity : new ClientIdentity[] {alice, node1}) {
      ObjectNode signatory = signatories.addObject().put("identity", identity.identityId());
      signatory
          .putObject("credentials")
          .put("key", identity.credentials().key())
          .put("protocolId", identity.credentials().protocolId());
    }
    view.putArray("parentFingerprints");
    return view;
  }

  private static void seal(ArrayNode seals, SignatureEntry entry) {
    seals
        .addObject()
        .put("identityId", entry.identityId())
        .put("protocolId", entry.protocolId())
        .put("signature", entry.signature());
  }

  @Test
  void everySealOfAWellFormedViewIsValid() {
    assertThat(Iov42ProofValidation.problems(view())).isEmpty();
  }

  @Test
  void aChangedPayloadInvalidatesTheAuthorisationSealAndTheVoteSeal() {
    ObjectNode view = view();
    ((ObjectNode) view.path("proof").path("nodes").get(0))
        .put("payload", body.replace("r-1", "r-2"));
    ((ObjectNode) view.path("proof").path("nodes").get(1)).put("payload", "r-2");
    assertThat(Iov42ProofValidation.problems(view))
        .containsExactly(
            "node r-1:authorisation: the seal of 'alice' does not verify",
            "node r-1:vote:node1: the seal of 'node1' does not verify");
  }

  @Test
  void aSealWithoutItsSignatoryIsReported() {
    ObjectNode view = view();
    ((ArrayNode) view.get("signatories")).remove(1);
    assertThat(Iov42ProofValidation.problems(view))
        .containsExactly("node r-1:vote:node1: no signatory 'node1'");
  }
}
