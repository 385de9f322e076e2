package org.zoneledger.it.zone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigInteger;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zoneledger.client.ClientIdentity;
import org.zoneledger.client.CommandBuilder;
import org.zoneledger.client.PlatformErrorException;
import org.zoneledger.client.ZoneClient;
import org.zoneledger.client.launch.PayaraInstance;
import org.zoneledger.client.model.RequestInfo;
import org.zoneledger.protocol.auth.Iov42Headers;
import org.zoneledger.protocol.auth.SignedPut;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.request.AssetKind;
import org.zoneledger.protocol.request.Transfer;

/**
 * The command endpoint on a three-node zone: {@code PUT /api/v1/requests/{id}} answers 200 with the
 * resources once the node it was sent to has applied the request, so that node's reads reflect it;
 * a byte-identical re-PUT answers the same; another body under a used requestId is 409/2701; a
 * request with a bad signature is refused at the door and nothing is written.
 */
@ExtendWith(SharedZoneExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ZoneCommandIT {

  private static final BigInteger BALANCE = BigInteger.valueOf(10_000);

  private final CommandBuilder commands = new CommandBuilder();
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private ZoneFixture zone;

  @BeforeAll
  void useTheSharedZone(ZoneFixture shared) {
    zone = shared; // the run's zone (SharedZoneExtension), closed when the run ends
  }

  private ZoneClient client(int node) {
    return new ZoneClient(zone.instances().get(node).baseUri());
  }

  @Test
  void aTransferIsAnsweredOnceTheNodeHasAppliedItAndItsReadsReflectIt() throws Exception {
    ClientIdentity alice =
        ClientIdentity.generate("alice-" + suffix(), SignatureAlgorithm.P256_SHA256);
    ClientIdentity bob = ClientIdentity.generate("bob-" + suffix(), SignatureAlgorithm.RSA_SHA256);
    String eur = "EUR" + suffix();
    RequestInfo issued = client(0).send(commands.issueIdentity(alice));
    assertThat(issued.resources()).containsExactly("/api/v1/identities/" + alice.identityId());
    assertThat(issued.proof()).isEqualTo("/api/v1/proofs/" + issued.requestId());
    client(1).send(commands.issueIdentity(bob));
    client(2).send(commands.defineAssetType(alice.signatory(), eur, AssetKind.QUANTIFIABLE, 2));
    client(0).send(commands.createAsset(alice.signatory(), eur, "alice", BALANCE));
    client(1).send(commands.createAsset(bob.signatory(), eur, "bob", BigInteger.ZERO));

    SignedPut transfer =
        commands.transfers(
            List.of(alice.signatory()),
            List.of(new Transfer.Quantity(eur, "alice", "bob", BigInteger.valueOf(2_500))));
    RequestInfo done = client(2).send(transfer);

    assertThat(done.requestId()).isEqualTo(transfer.request().requestId());
    assertThat(done.resources())
        .containsExactly(
            "/api/v1/asset-types/" + eur + "/assets/alice",
            "/api/v1/asset-types/" + eur + "/assets/bob");
    PayaraInstance third = zone.instances().get(2);
    assertThat(zone.balance(third, eur, "alice")).isEqualTo("7500");
    assertThat(zone.balance(third, eur, "bob")).isEqualTo("2500");
    assertThat(client(2).send(transfer)).as("an identical re-PUT is a status poll").isEqualTo(done);
    assertThat(zone.balance(third, eur, "alice")).isEqualTo("7500");
  }

  @Test
  void theSameRequestSentToTwoNodesAtOnceCommitsOnceAndBothAnswerTheSame() throws Exception {
    ClientIdentity erin =
        ClientIdentity.generate("erin-" + suffix(), SignatureAlgorithm.RSA_SHA256);
    String gold = "GOLD" + suffix();
    client(0).send(commands.issueIdentity(erin));
    client(1).send(commands.defineAssetType(erin.signatory(), gold, AssetKind.QUANTIFIABLE, 0));
    client(2).send(commands.createAsset(erin.signatory(), gold, "vault", BigInteger.ZERO));
    SignedPut mint =
        commands.addQuantity(erin.signatory(), gold, "vault", BigInteger.valueOf(1_000));

    var toNode1 = java.util.concurrent.CompletableFuture.supplyAsync(() -> client(0).send(mint));
    var toNode3 = java.util.concurrent.CompletableFuture.supplyAsync(() -> client(2).send(mint));
    RequestInfo first = toNode1.get();
    RequestInfo second = toNode3.get();

    assertThat(second).isEqualTo(first);
    // both answering nodes read their write; the third applies it soon after
    assertThat(zone.balance(zone.instances().get(0), gold, "vault")).isEqualTo("1000");
    assertThat(zone.balance(zone.instances().get(2), gold, "vault")).isEqualTo("1000");
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!"1000".equals(zone.balance(zone.instances().get(1), gold, "vault"))
        && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertThat(zone.balance(zone.instances().get(1), gold, "vault")).isEqualTo("1000");
  }

  @Test
  void anotherBodyUnderAUsedRequestIdIsAConflict() throws Exception {
    ClientIdentity carol =
        ClientIdentity.generate("carol-" + suffix(), SignatureAlgorithm.P256_SHA256);
    SignedPut first = commands.issueIdentity(carol);
    client(0).send(first);
    String otherBody =
        new String(first.body(), StandardCharsets.UTF_8).replace(carol.identityId(), "mallory");

    HttpResponse<String> response = put(1, first, otherBody.getBytes(StandardCharsets.UTF_8));

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(response.body()).contains("\"errorCode\":2701").contains("\"errors\":[");
  }

  @Test
  void aRequestSignedWithTheWrongKeyIsRefusedAndNothingIsWritten() throws Exception {
    ClientIdentity dave =
        ClientIdentity.generate("dave-" + suffix(), SignatureAlgorithm.P256_SHA256);
    ClientIdentity other =
        ClientIdentity.generate(dave.identityId(), SignatureAlgorithm.P256_SHA256);
    SignedPut honest = commands.issueIdentity(dave);
    SignedPut forged = commands.issueIdentity(other);
    // dave's body with other's signatures
    HttpResponse<String> response = put(0, forged, honest.body(), honest.request().requestId());

    assertThat(response.statusCode()).isBetween(400, 403);
    assertThat(response.body()).contains("\"errors\":[").contains("\"requestIdReusable\":true");
    PlatformErrorException unknown =
        catchThrowableOfType(
            () -> client(0).requestStatus(honest.request().requestId()),
            PlatformErrorException.class);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(client(0).send(honest).resources())
        .as("the requestId is still free")
        .containsExactly("/api/v1/identities/" + dave.identityId());
  }

  private HttpResponse<String> put(int node, SignedPut headersOf, byte[] body) throws Exception {
    return put(node, headersOf, body, headersOf.request().requestId());
  }

  private HttpResponse<String> put(int node, SignedPut headersOf, byte[] body, String id)
      throws Exception {
    Iov42Headers headers = headersOf.headers();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                zone.instances().get(node).baseUri().resolve("/api/v1/requests/" + id))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .header(Iov42Headers.AUTHORISATIONS, headers.authorisations())
            .header(Iov42Headers.AUTHENTICATION, headers.authentication())
            .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String suffix() {
    return Long.toHexString(System.nanoTime());
  }
}
