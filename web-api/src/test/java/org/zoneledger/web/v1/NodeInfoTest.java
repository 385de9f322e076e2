package org.zoneledger.web.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;
import org.zoneledger.protocol.crypto.Base64Url;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.crypto.Signatures;
import org.zoneledger.protocol.message.NodeId;

class NodeInfoTest {

  @Test
  void theBodyNamesTheNodeAndItsVoteKeyAsAnEcdsaSpki() throws Exception {
    KeyPair pair = Signatures.generateKeyPair(SignatureAlgorithm.P256_SHA256);

    JsonNode body =
        new ObjectMapper().readTree(new NodeInfo(new NodeId("node1"), pair.getPublic()).json());

    assertThat(body.get("nodeId").asText()).isEqualTo("node1");
    JsonNode credentials = body.get("publicCredentials");
    assertThat(credentials.get("protocolId").asText()).isEqualTo("SHA256WithECDSA");
    String key = credentials.get("key").asText();
    assertThat(key)
        .startsWith("MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE")
        .doesNotContain("=", "+", "/");
    assertThat(Base64Url.decode(key)).isEqualTo(pair.getPublic().getEncoded());
    assertThat(body.fieldNames()).toIterable().containsExactly("nodeId", "publicCredentials");
    assertThat(credentials.fieldNames()).toIterable().containsExactly("key", "protocolId");
  }
}
