package org.zoneledger.web.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import java.net.URI;
import java.util.Map;
import org.glassfish.jersey.server.ContainerResponse;
import org.junit.jupiter.api.Test;
import org.zoneledger.protocol.auth.HeaderCodec;
import org.zoneledger.protocol.auth.Iov42Headers;
import org.zoneledger.protocol.auth.ReadVerifier;
import org.zoneledger.protocol.auth.SignatureEntry;
import org.zoneledger.protocol.auth.VerificationMode;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;

class SignedReadFilterTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A signed resource that answers with the reader the filter left, e.g. {@code alice|-}. */
  @Path("v1/identities/{identityId}")
  @SignedRead
  public static class SignedProbe {
    @GET
    public String identity(@PathParam("identityId") String id, @Context ContainerRequestContext r) {
      return r.getProperty(Reader.PROPERTY)
          + "|"
          + (r.getProperty(Reader.DELEGATE_PROPERTY) == null
              ? "-"
              : r.getProperty(Reader.DELEGATE_PROPERTY))
          + "|"
          + Reader.of(r).orElseThrow();
    }

    @GET
    @Path("{claims: claims/?}")
    public String claims(@PathParam("identityId") String id) {
      return "claims of " + id;
    }
  }

  /** Not signed: the filter must leave it alone. */
  @Path("v1/open")
  public static class OpenProbe {
    @GET
    public String open() {
      return "open";
    }
  }

  // key pairs are slow to make (RSA): one set for the class; tests add identities, never remove
  private static final TestReaders readers =
      new TestReaders()
          .register("alice", SignatureAlgorithm.P256_SHA256)
          .register("bob", SignatureAlgorithm.RSA_SHA256)
          .register("alice-assistant", SignatureAlgorithm.P256_SHA256)
          .register("mallory", SignatureAlgorithm.P256_SHA256)
          .delegate("alice", "alice-assistant");

  private static final SignedReadFilter filter =
      new SignedReadFilter(new ReadVerifier(readers, VerificationMode.IOV42, "node1")::verify);
  private static final InMemoryApi api =
      new InMemoryApi(filter, SignedProbe.class, OpenProbe.class, ErrorMappers.WebErrors.class);

  private ContainerResponse signedGet(String target, String authentication) {
    return api.get(target.substring("/api/".length()), auth(authentication));
  }

  private static Map<String, String> auth(String value) {
    return Map.of(Iov42Headers.AUTHENTICATION, value);
  }

  private static JsonNode error(ContainerResponse response) throws Exception {
    JsonNode body = JSON.readTree(InMemoryApi.body(response));
    assertThat(body.get("errors")).hasSize(1);
    return body.get("errors").get(0);
  }

  @Test
  void aReadSignedOverTheJavaSdkQueryOrderIsAccepted() {
    String target = "/api/v1/identities/bob/claims?requestId=r-1&limit=10&next=abc&nodeId=node1";

    ContainerResponse response = signedGet(target, readers.authentication("alice", target));

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getEntity()).isEqualTo("claims of bob");
  }

  @Test
  void aReadSignedOverTheTypeScriptQueryOrderIsAccepted() {
    String target = "/api/v1/identities/bob/claims?requestId=r-2&nodeId=node1&limit=10&next=abc";

    ContainerResponse response = signedGet(target, readers.authentication("bob", target));

    assertThat(response.getStatus()).isEqualTo(200);
  }

  @Test
  void theSignatureCoversTheQueryAsSentSoAReorderedQueryFails() throws Exception {
    String signed = "/api/v1/identities/bob/claims?requestId=r-3&limit=10&nodeId=node1";
    String sent = "/api/v1/identities/bob/claims?requestId=r-3&nodeId=node1&limit=10";

    ContainerResponse response = signedGet(sent, readers.authentication("alice", signed));

    assertThat(response.getStatus()).isEqualTo(401);
    assertThat(error(response).get("errorCode").asInt()).isEqualTo(2511);
  }

  @Test
  void theJavaSdksTrailingSlashIsPartOfTheSignedTarget() {
    String target = "/api/v1/identities/bob/claims/?requestId=r-4&nodeId=node1";

    assertThat(signedGet(target, readers.authentication("alice", target)).getStatus())
        .isEqualTo(200);
  }

  @Test
  void theHeaderIsAcceptedPaddedAndUnpadded() {
    String target = "/api/v1/identities/alice?requestId=r-5&nodeId=node1";
    String unpadded = "";
    // an identity id of a length whose header needs '=' padding: one of any three in a row does
    for (int length = 1; !TestReaders.padded(unpadded).contains("="); length++) {
      String reader = "p".repeat(length);
      readers.register(reader, SignatureAlgorithm.P256_SHA256);
      unpadded = readers.authentication(reader, target);
    }
    String padded = TestReaders.padded(unpadded);

    assertThat(signedGet(target, unpadded).getStatus()).isEqualTo(200);
    assertThat(signedGet(target, padded).getStatus()).isEqualTo(200);
    assertThat(padded).endsWith("=").startsWith(unpadded);
  }

  @Test
  void rsaAndEcdsaReadersAreBothAccepted() {
    String target = "/api/v1/identities/alice?requestId=r-5b&nodeId=node1";

    assertThat(signedGet(target, readers.authentication("bob", target)).getStatus()).isEqualTo(200);
    assertThat(signedGet(target, readers.authentication("alice", target)).getStatus())
        .isEqualTo(200);
  }

  @Test
  void theVerifiedReaderIsLeftInTheRequestProperties() {
    String target = "/api/v1/identities/bob?requestId=r-6&nodeId=node1";

    ContainerResponse response = signedGet(target, readers.authentication("alice", target));

    assertThat(response.getEntity())
        .isEqualTo("alice|-|Reader[identityId=alice, delegateIdentityId=Optional.empty]");
  }

  @Test
  void anotherNodesIdIsRefusedWith1901() throws Exception {
    String target = "/api/v1/identities/alice?requestId=req-2&nodeId=node2";

    ContainerResponse response = signedGet(target, readers.authentication("alice", target));

    assertThat(response.getStatus()).isEqualTo(400);
    JsonNode body = JSON.readTree(InMemoryApi.body(response));
    assertThat(body.get("requestId").asText()).isEqualTo("req-2");
    JsonNode error = error(response);
    assertThat(error.get("errorCode").asInt()).isEqualTo(1901);
    assertThat(error.get("errorType").asText()).isEqualTo("System");
    assertThat(error.get("message").asText())
        .isEqualTo("Given node identity does not match the current node's identity");
  }

  @Test
  void aMissingNodeIdIsAlso1901() throws Exception {
    String target = "/api/v1/identities/alice?requestId=r-7";

    ContainerResponse response = signedGet(target, readers.authentication("alice", target));

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(error(response).get("errorCode").asInt()).isEqualTo(1901);
  }

  @Test
  void aRegisteredDelegateReadsOnBehalfOfItsDelegator() {
    String target = "/api/v1/identities/alice?requestId=r-8&nodeId=node1";

    ContainerResponse response =
        signedGet(target, readers.delegated("alice", "alice-assistant", target));

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getEntity().toString()).startsWith("alice|alice-assistant|");
  }

  @Test
  void anIdentityThatIsNotARegisteredDelegateCannotReadOnSomeonesBehalf() throws Exception {
    String target = "/api/v1/identities/alice?requestId=r-9&nodeId=node1";

    ContainerResponse response = signedGet(target, readers.delegated("alice", "mallory", target));

    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(error(response).get("errorCode").asInt()).isEqualTo(2504);
  }

  @Test
  void aDelegateSignatureMadeWithTheDelegatorsKeyDoesNotVerify() throws Exception {
    String target = "/api/v1/identities/alice?requestId=r-10&nodeId=node1";
    // alice's own signature, presented as if her assistant had made it
    String aliceSigned = readers.authentication("alice", target);
    SignatureEntry alices = HeaderCodec.authentication(aliceSigned);
    String forged =
        HeaderCodec.encodeAuthentication(
            new SignatureEntry(
                alices.identityId(), alices.protocolId(), alices.signature(), "alice-assistant"));

    ContainerResponse response = signedGet(target, forged);

    assertThat(response.getStatus()).isEqualTo(401);
    assertThat(error(response).get("errorCode").asInt()).isEqualTo(2511);
  }

  @Test
  void anUnknownIdentityIsRefused() throws Exception {
    readers.unregistered("eve", SignatureAlgorithm.P256_SHA256);
    String target = "/api/v1/identities/alice?requestId=r-11&nodeId=node1";

    ContainerResponse response = signedGet(target, readers.authentication("eve", target));

    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(error(response).get("errorCode").asInt()).isEqualTo(2506);
  }

  @Test
  void aReadWithoutTheHeaderIsUnauthenticated() throws Exception {
    ContainerResponse response = api.get("v1/identities/alice?requestId=r-12&nodeId=node1");

    assertThat(response.getStatus()).isEqualTo(401);
    assertThat(error(response).get("errorCode").asInt()).isEqualTo(2511);
    assertThat(JSON.readTree(InMemoryApi.body(response)).get("requestId").asText())
        .isEqualTo("r-12");
  }

  @Test
  void aHeaderThatIsNotBase64UrlJsonIsMalformed() throws Exception {
    ContainerResponse response =
        signedGet("/api/v1/identities/alice?requestId=r-13&nodeId=node1", "not*base64");

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(error(response).get("errorCode").asInt()).isEqualTo(1102);
  }

  @Test
  void aReadRequestIdMayBeUsedAgain() {
    String target = "/api/v1/identities/alice?requestId=same&nodeId=node1";
    String header = readers.authentication("alice", target);

    assertThat(signedGet(target, header).getStatus()).isEqualTo(200);
    assertThat(signedGet(target, header).getStatus()).isEqualTo(200);
  }

  @Test
  void underAContextRootTheClientStillSignsFromApi() {
    InMemoryApi rooted =
        new InMemoryApi(
            URI.create("http://localhost:8080/zone-ledger/api/"), filter, SignedProbe.class);
    String target = "/api/v1/identities/alice?requestId=r-14&nodeId=node1";

    ContainerResponse response =
        rooted.get(
            "v1/identities/alice?requestId=r-14&nodeId=node1",
            auth(readers.authentication("alice", target)));

    assertThat(response.getStatus()).isEqualTo(200);
  }

  @Test
  void resourcesWithoutSignedReadAreNotFiltered() {
    ContainerResponse response = api.get("v1/open");

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getEntity()).isEqualTo("open");
  }

  @Test
  void aRefusalOfTheNodesReadAuthenticationIsAnsweredInTheErrorModel() throws Exception {
    SignedReadFilter off =
        new SignedReadFilter(
            (target, header) ->
                new ReadAuthentication.Outcome(
                        null,
                        new ProtocolException(
                            ErrorCode.UNAVAILABLE, "This node does not run consensus"))
                    .orElseThrow());
    InMemoryApi offApi = new InMemoryApi(off, SignedProbe.class);

    ContainerResponse response =
        offApi.get("v1/identities/alice?requestId=r-15&nodeId=node1", auth("e30"));

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(error(response).get("errorCode").asInt()).isEqualTo(1002);
  }
}
