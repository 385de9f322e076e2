package org.zoneledger.protocol.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;

class ReadVerifierTest {
  private final TestIdentities identities = new TestIdentities();
  private final Signatory alice = identities.register("alice", SignatureAlgorithm.RSA_SHA256);
  private final ReadVerifier verifier =
      new ReadVerifier(identities, VerificationMode.IOV42, "node1");

  private String signed(Signatory signatory, String target) {
    return HeaderCodec.encodeAuthentication(signatory.sign(target.getBytes(UTF_8)));
  }

  @Test
  void aTargetSignedAsSentVerifiesInEitherSdksQueryOrder() {
    String java = "/api/v1/identities/alice/claims?requestId=q1&limit=10&nodeId=node1";
    String ts = "/api/v1/identities/alice/claims?requestId=q1&nodeId=node1&limit=10";
    for (String target : new String[] {java, ts}) {
      VerifiedRead read = verifier.verify(target, signed(alice, target));
      assertThat(read.principal()).isEqualTo("alice");
      assertThat(read.target().endpoint()).isEqualTo(ReadEndpoint.IDENTITY_CLAIMS);
      assertThat(read.target().id("identityId")).isEqualTo("alice");
      assertThat(read.readRequestId()).isEqualTo("q1");
    }
  }

  @Test
  void theJavaSdksTrailingSlashOnAssetTypeClaimsIsTheListEndpoint() {
    String target = "/api/v1/asset-types/car/claims/?requestId=q1&nodeId=node1";
    assertThat(verifier.verify(target, signed(alice, target)).target().endpoint())
        .isEqualTo(ReadEndpoint.ASSET_TYPE_CLAIMS);
  }

  @Test
  void aSignatureOverAReassembledTargetFails() {
    String sent = "/api/v1/identities/alice?requestId=q1&nodeId=node1";
    String header = signed(alice, "/api/v1/identities/alice?nodeId=node1&requestId=q1");
    assertThatThrownBy(() -> verifier.verify(sent, header))
        .isInstanceOf(ProtocolException.class)
        .satisfies(
            e ->
                assertThat(((ProtocolException) e).errorCode())
                    .isEqualTo(ErrorCode.AUTHENTICATION_FAILED));
  }

  @Test
  void anotherNodesIdIsError1901() {
    String target = "/api/v1/identities/alice?requestId=q1&nodeId=node2";
    assertThatThrownBy(() -> verifier.verify(target, signed(alice, target)))
        .isInstanceOf(ProtocolException.class)
        .hasMessage("Given node identity does not match the current node's identity")
        .satisfies(e -> assertThat(((ProtocolException) e).errorCode().code()).isEqualTo(1901));
  }

  @Test
  void aRegisteredDelegateReadsOnBehalfOfItsDelegator() {
    Signatory assistant = identities.register("alice-assistant", SignatureAlgorithm.P256_SHA256);
    identities.addDelegate("alice", "alice-assistant");
    String target = "/api/v1/proofs/r-6?requestId=q2&nodeId=node1";
    VerifiedRead read = verifier.verify(target, signed(assistant.onBehalfOf("alice"), target));
    assertThat(read.principal()).isEqualTo("alice");
    assertThat(read.target().endpoint()).isEqualTo(ReadEndpoint.PROOF);
  }

  @Test
  void unknownPathsAndBadIdsAreRejected() {
    assertThatThrownBy(() -> ReadTarget.parse("/api/v1/wallets/alice?requestId=q"))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("No endpoint");
    assertThatThrownBy(() -> ReadTarget.parse("/api/v1/identities/al%20ice?requestId=q"))
        .isInstanceOf(ProtocolException.class)
        .satisfies(
            e -> assertThat(((ProtocolException) e).errorCode()).isEqualTo(ErrorCode.INVALID_ID));
  }

  @Test
  void endpointPathsAreBuiltFromTheirTemplates() {
    assertThat(ReadEndpoint.ASSET_ENDORSEMENT.path("car", "car-7", "h", "mva"))
        .isEqualTo("/api/v1/asset-types/car/assets/car-7/claims/h/endorsements/mva");
    assertThat(ReadEndpoint.NODE_INFO.path()).isEqualTo("/api/v1/node-info");
  }
}
