package org.zoneledger.protocol.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;
import org.zoneledger.protocol.request.IssueIdentity;
import org.zoneledger.protocol.request.LedgerRequest;
import org.zoneledger.protocol.request.PropertyOrder;
import org.zoneledger.protocol.request.Transfer;
import org.zoneledger.protocol.request.Transfers;

/** {@link RequestVerifier#checkWithoutSigners} and {@link RequestVerifier#verifySigners}. */
class SignerCheckSplitTest {
  private final TestIdentities identities = new TestIdentities();
  private final Signatory alice = identities.register("alice", SignatureAlgorithm.P256_SHA256);
  private final Signatory mallory =
      new TestIdentities().register("mallory", SignatureAlgorithm.P256_SHA256);
  private final LedgerRequest transfer =
      new Transfers(
          "r-6", List.of(new Transfer.Quantity("eur", "acc-alice", "acc-bob", BigInteger.TEN)));

  private static SignedPut sign(LedgerRequest request, Signatory signer) {
    return RequestSigning.sign(request, PropertyOrder.JAVA_SDK, List.of(signer), signer, null);
  }

  private static VerifiedRequest check(SignedPut put) {
    return RequestVerifier.checkWithoutSigners(
        VerificationMode.IOV42, put.request().requestId(), put.body(), put.headers());
  }

  private static ErrorCode codeOf(Runnable action) {
    try {
      action.run();
    } catch (ProtocolException e) {
      return e.errorCode();
    }
    throw new AssertionError("no ProtocolException");
  }

  @Test
  void aRequestOfAnUnknownSignerPassesTheChecksThatNeedNoIdentity() {
    VerifiedRequest checked = check(sign(transfer, mallory));
    assertThat(checked.principals()).containsExactly("mallory");
  }

  @Test
  void theSignersOfAnUnknownIdentityFailOnlyAgainstADirectory() {
    VerifiedRequest checked = check(sign(transfer, mallory));
    RequestVerifier verifier = new RequestVerifier(identities, VerificationMode.NATIVE);
    assertThat(codeOf(() -> verifier.verifySigners(checked))).isEqualTo(ErrorCode.UNKNOWN_SIGNER);
  }

  @Test
  void aRegisteredSignerVerifiesAgainstTheDirectory() {
    VerifiedRequest checked = check(sign(transfer, alice));
    new RequestVerifier(identities, VerificationMode.NATIVE).verifySigners(checked);
    assertThat(checked.principals()).containsExactly("alice");
  }

  @Test
  void aSignatureThatIsNotBase64urlIsMalformedWithoutAnyDirectory() {
    SignedPut put = sign(transfer, mallory);
    Iov42Headers headers =
        new Iov42Headers(
            HeaderCodec.encodeAuthorisations(
                List.of(
                    new SignatureEntry(
                        "mallory",
                        SignatureAlgorithm.P256_SHA256.protocolId(),
                        "not*base64",
                        null))),
            put.headers().authentication(),
            null);
    assertThat(
            codeOf(
                () ->
                    RequestVerifier.checkWithoutSigners(
                        VerificationMode.IOV42, "r-6", put.body(), headers)))
        .isEqualTo(ErrorCode.MALFORMED_HEADER);
  }

  @Test
  void aSelfIssuedIdentitySignedWithAnotherKeyFailsWithoutAnyDirectory() {
    identities.unregistered("carol", SignatureAlgorithm.P256_SHA256);
    IssueIdentity issue =
        new IssueIdentity("r-1", "carol", identities.generatedCredentials("carol"));
    Signatory impostor =
        Signatory.of("carol", SignatureAlgorithm.P256_SHA256, mallory.privateKey());
    assertThatThrownBy(() -> check(sign(issue, impostor)))
        .isInstanceOf(ProtocolException.class)
        .satisfies(
            e ->
                assertThat(((ProtocolException) e).errorCode())
                    .isEqualTo(ErrorCode.SIGNATURE_INVALID));
  }

  @Test
  void aSelfIssuedIdentitySignedWithTheKeyInItsBodyPasses() {
    Signatory carol = identities.unregistered("carol", SignatureAlgorithm.P256_SHA256);
    IssueIdentity issue =
        new IssueIdentity("r-1", "carol", identities.generatedCredentials("carol"));
    assertThat(check(sign(issue, carol)).principals()).containsExactly("carol");
  }
}
