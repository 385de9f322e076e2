package org.zoneledger.protocol.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.zoneledger.protocol.crypto.Base64Url;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;
import org.zoneledger.protocol.request.AddDelegate;
import org.zoneledger.protocol.request.ClaimHash;
import org.zoneledger.protocol.request.CreateClaims;
import org.zoneledger.protocol.request.CreateEndorsements;
import org.zoneledger.protocol.request.Endorsement;
import org.zoneledger.protocol.request.EntityRef;
import org.zoneledger.protocol.request.IssueIdentity;
import org.zoneledger.protocol.request.LedgerRequest;
import org.zoneledger.protocol.request.PropertyOrder;
import org.zoneledger.protocol.request.Transfer;
import org.zoneledger.protocol.request.Transfers;

class RequestVerifierTest {
  private final TestIdentities identities = new TestIdentities();
  private final Signatory alice = identities.register("alice", SignatureAlgorithm.P256_SHA256);
  private final Signatory bob = identities.register("bob", SignatureAlgorithm.RSA_SHA256);
  private final RequestVerifier verifier = new RequestVerifier(identities, VerificationMode.IOV42);

  private final LedgerRequest transfer =
      new Transfers(
          "r-6", List.of(new Transfer.Quantity("eur", "acc-alice", "acc-bob", BigInteger.TEN)));

  private SignedPut sign(LedgerRequest request, Signatory... authorisers) {
    return RequestSigning.sign(
        request, PropertyOrder.JAVA_SDK, List.of(authorisers), authorisers[0], null);
  }

  private VerifiedRequest verify(SignedPut put) {
    return verifier.verify(put.request().requestId(), put.body(), put.headers());
  }

  private AbstractThrowableAssert<?, ?> rejection(SignedPut put, ErrorCode code) {
    return assertThatThrownBy(() -> verify(put))
        .isInstanceOf(ProtocolException.class)
        .satisfies(e -> assertThat(((ProtocolException) e).errorCode()).isEqualTo(code));
  }

  @Test
  void aRequestSignedWithP256AndRsaKeysVerifies() {
    VerifiedRequest verified = verify(sign(transfer, alice, bob));
    assertThat(verified.principals()).containsExactly("alice", "bob");
    assertThat(verified.parsed().request()).isEqualTo(transfer);
  }

  @Test
  void aBodyReorderedOrRespacedAfterSigningFails() {
    SignedPut put = sign(transfer, alice);
    String text = new String(put.body(), UTF_8);
    byte[] respaced = text.replace(",", ", ").getBytes(UTF_8);
    byte[] reordered =
        new String(
                org.zoneledger.protocol.request.RequestWriter.write(
                    transfer, PropertyOrder.TYPESCRIPT_SDK),
                UTF_8)
            .getBytes(UTF_8);

    for (byte[] body : List.of(respaced, reordered)) {
      assertThatThrownBy(() -> verifier.verify("r-6", body, put.headers()))
          .isInstanceOf(ProtocolException.class)
          .hasMessageContaining(
              "cannot be verified with the public credentials of identity 'alice'")
          .satisfies(
              e ->
                  assertThat(((ProtocolException) e).errorCode())
                      .isEqualTo(ErrorCode.SIGNATURE_INVALID));
    }
  }

  @Test
  void aSignatureMadeWithAnotherKeyIsInvalid() {
    Signatory impostor =
        Signatory.of(
            "alice",
            SignatureAlgorithm.P256_SHA256,
            new TestIdentities().register("x", SignatureAlgorithm.P256_SHA256).privateKey());
    rejection(sign(transfer, impostor), ErrorCode.SIGNATURE_INVALID)
        .hasMessageContaining("authorisation by 'alice'");
  }

  @Test
  void aSignatureNamingTheWrongProtocolIdIsAProtocolMismatch() {
    SignedPut put = sign(transfer, alice);
    String header =
        new String(Base64Url.decode(put.headers().authorisations()), UTF_8)
            .replace("SHA256WithECDSA", "SHA256WithRSA");
    Iov42Headers tampered =
        new Iov42Headers(
            Base64Url.encode(header.getBytes(UTF_8)), put.headers().authentication(), null);
    assertThatThrownBy(() -> verifier.verify("r-6", put.body(), tampered))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining(
            "names protocolId SHA256WithRSA but the key of 'alice' is registered for SHA256WithECDSA")
        .satisfies(
            e ->
                assertThat(((ProtocolException) e).errorCode())
                    .isEqualTo(ErrorCode.PROTOCOL_MISMATCH));
  }

  @Test
  void aDelegateNotRegisteredIsRejectedByName() {
    Signatory bot = identities.register("alice-bot", SignatureAlgorithm.P256_SHA256);
    rejection(sign(transfer, bot.onBehalfOf("alice")), ErrorCode.DELEGATE_NOT_REGISTERED)
        .hasMessageContaining("'alice-bot' signed the authorisation on behalf of 'alice'")
        .hasMessageContaining("not a registered delegate");
  }

  @Test
  void aRegisteredDelegateSignsForItsDelegator() {
    Signatory bot = identities.register("alice-bot", SignatureAlgorithm.RSA_SHA256);
    identities.addDelegate("alice", "alice-bot");
    VerifiedRequest verified = verify(sign(transfer, bot.onBehalfOf("alice")));
    assertThat(verified.principals()).containsExactly("alice");
    assertThat(verified.authorisations().get(0).delegateIdentityId()).isEqualTo("alice-bot");
  }

  @Test
  void anUnknownSignerIsNotRegistered() {
    Signatory stranger = new TestIdentities().register("mallory", SignatureAlgorithm.P256_SHA256);
    rejection(sign(transfer, stranger), ErrorCode.UNKNOWN_SIGNER).hasMessageContaining("'mallory'");
  }

  @Test
  void aSelfIssuedIdentityIsVerifiedWithTheKeyInItsBody() {
    Signatory carol = identities.unregistered("carol", SignatureAlgorithm.P256_SHA256);
    IssueIdentity issue =
        new IssueIdentity("r-1", "carol", identities.generatedCredentials("carol"));
    assertThat(verify(sign(issue, carol)).principals()).containsExactly("carol");
  }

  @Test
  void ed25519KeysAreAcceptedOnNativePathsOnly() {
    Signatory dave = identities.unregistered("dave", SignatureAlgorithm.ED25519);
    SignedPut put =
        sign(new IssueIdentity("r-1", "dave", identities.generatedCredentials("dave")), dave);

    rejection(put, ErrorCode.UNSUPPORTED_PROTOCOL).hasMessageContaining("native paths");
    RequestVerifier nativeVerifier = new RequestVerifier(identities, VerificationMode.NATIVE);
    assertThat(nativeVerifier.verify("r-1", put.body(), put.headers()).principals())
        .containsExactly("dave");
  }

  @Test
  void anAuthenticationNotOverTheJoinedSignaturesFails() {
    SignedPut put = sign(transfer, alice, bob);
    SignatureEntry wrong = bob.sign("something else".getBytes(UTF_8));
    Iov42Headers headers =
        new Iov42Headers(
            put.headers().authorisations(), HeaderCodec.encodeAuthentication(wrong), null);
    assertThatThrownBy(() -> verifier.verify("r-6", put.body(), headers))
        .isInstanceOf(ProtocolException.class)
        .satisfies(
            e ->
                assertThat(((ProtocolException) e).errorCode())
                    .isEqualTo(ErrorCode.AUTHENTICATION_FAILED));
  }

  @Test
  void anAuthenticatorNeedNotBeAnAuthoriser() {
    SignedPut put =
        RequestSigning.sign(transfer, PropertyOrder.JAVA_SDK, List.of(alice), bob, null);
    assertThat(verify(put).authentication().identityId()).isEqualTo("bob");
  }

  @Test
  void paddedHeadersVerifyLikeUnpaddedOnes() {
    SignedPut put = sign(transfer, alice, bob);
    Iov42Headers padded =
        new Iov42Headers(
            pad(put.headers().authorisations()), pad(put.headers().authentication()), "e30=");
    assertThat(verifier.verify("r-6", put.body(), padded).principals())
        .containsExactly("alice", "bob");
  }

  @Test
  void aPathRequestIdDifferentFromTheBodysIsRejected() {
    SignedPut put = sign(transfer, alice);
    assertThatThrownBy(() -> verifier.verify("r-7", put.body(), put.headers()))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("'r-6'")
        .satisfies(
            e ->
                assertThat(((ProtocolException) e).errorCode())
                    .isEqualTo(ErrorCode.REQUEST_ID_MISMATCH));
  }

  @Test
  void claimPlaintextsMustHashToTheirClaims() {
    String hash = ClaimHash.of("claim");
    CreateClaims claims = new CreateClaims("r-4", EntityRef.identity("alice"), List.of(hash));
    SignedPut good =
        RequestSigning.sign(
            claims,
            PropertyOrder.JAVA_SDK,
            List.of(alice),
            alice,
            RequestSigning.claimsHeader(Map.of(hash, "claim")));
    SignedPut wrong =
        RequestSigning.sign(
            claims,
            PropertyOrder.JAVA_SDK,
            List.of(alice),
            alice,
            RequestSigning.claimsHeader(Map.of(hash, "claim1")));
    SignedPut missing =
        RequestSigning.sign(claims, PropertyOrder.JAVA_SDK, List.of(alice), alice, "e30=");

    assertThat(verify(good).claimPlaintexts()).containsEntry(hash, "claim");
    rejection(wrong, ErrorCode.CLAIM_HASH_MISMATCH);
    rejection(missing, ErrorCode.CLAIM_PLAINTEXT_MISSING);
  }

  @Test
  void endorsementsMustBeSignedByTheEndorsersKeyOverTheEndorsementText() {
    String hash = ClaimHash.of("claim");
    EntityRef car = EntityRef.asset("car", "car-7");
    String good = Base64Url.encode(bob.signRaw(Endorsement.signedBytes(car, hash)));
    String bad = Base64Url.encode(bob.signRaw(("car;car-7;" + hash).getBytes(UTF_8)));

    assertThat(verify(endorsement(car, hash, good, bob)).principals()).containsExactly("bob");
    rejection(endorsement(car, hash, bad, bob), ErrorCode.ENDORSEMENT_INVALID)
        .hasMessageContaining("'car-7;car;" + hash + "'");
    rejection(endorsement(car, hash, good, alice), ErrorCode.MISSING_AUTHORISATION)
        .hasMessageContaining("endorser 'bob' must authorise");
  }

  private SignedPut endorsement(EntityRef subject, String hash, String sig, Signatory authoriser) {
    CreateEndorsements request = new CreateEndorsements("r-5", subject, "bob", Map.of(hash, sig));
    return RequestSigning.sign(
        request, PropertyOrder.TYPESCRIPT_SDK, List.of(authoriser), authoriser, "e30");
  }

  @Test
  void addDelegateNeedsBothSignaturesVerifiedNotJustOne() {
    identities.register("alice-bot", SignatureAlgorithm.P256_SHA256);
    Signatory forgedBot =
        Signatory.of("alice-bot", SignatureAlgorithm.P256_SHA256, alice.privateKey());
    rejection(
            sign(new AddDelegate("r-9", "alice-bot", "alice"), alice, forgedBot),
            ErrorCode.SIGNATURE_INVALID)
        .hasMessageContaining("'alice-bot'");
  }

  private static String pad(String base64) {
    return base64 + "=".repeat((4 - base64.length() % 4) % 4);
  }
}
