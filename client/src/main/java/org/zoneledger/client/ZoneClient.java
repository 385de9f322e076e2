package org.zoneledger.client;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.zoneledger.client.model.AssetInfo;
import org.zoneledger.client.model.AssetTypeInfo;
import org.zoneledger.client.model.ClaimEndorsements;
import org.zoneledger.client.model.ClaimsPage;
import org.zoneledger.client.model.Delegates;
import org.zoneledger.client.model.EndorsementInfo;
import org.zoneledger.client.model.IdentityInfo;
import org.zoneledger.client.model.NodeInfo;
import org.zoneledger.client.model.RequestInfo;
import org.zoneledger.client.model.TransactionsPage;
import org.zoneledger.protocol.auth.HeaderCodec;
import org.zoneledger.protocol.auth.ReadEndpoint;
import org.zoneledger.protocol.auth.Signatory;
import org.zoneledger.protocol.auth.SignedPut;
import org.zoneledger.protocol.request.EntityRef;
import org.zoneledger.protocol.request.PublicCredentials;

/**
 * A client of one node's HTTP API (spec §4–§8). Commands come signed from {@link CommandBuilder};
 * reads are signed by the reader's {@link Signatory} (a delegate's reads use {@link
 * Signatory#onBehalfOf}). The node id is fetched from {@code /node-info} once and refreshed, with
 * one retry of the same read, on error 1901. Thread-safe.
 */
public final class ZoneClient {
  private static final int WRONG_NODE = 1901;

  private final HttpTransport transport;
  private final CommandSender commands;
  private volatile String nodeId;

  /**
   * A client with its own JDK {@link HttpClient} (HTTP/1.1, redirects followed as the JDK does).
   */
  public ZoneClient(URI baseUrl) {
    this(
        baseUrl,
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build());
  }

  public ZoneClient(URI baseUrl, HttpClient http) {
    this.transport = new HttpTransport(baseUrl, http);
    this.commands =
        new CommandSender(transport, Duration.ofSeconds(40), System::nanoTime, Thread::sleep);
  }

  /** PUTs a command and returns its outcome once finished (spec §4.3, §4.4). */
  public RequestInfo send(SignedPut put) {
    return commands.send(put);
  }

  /** {@code GET /api/v1/requests/{id}}, unauthenticated (spec §5). */
  public RequestInfo requestStatus(String requestId) {
    return transport.read(
        transport.get(ReadEndpoint.REQUEST_STATUS.path(requestId), null), RequestInfo.class);
  }

  public NodeInfo nodeInfo() {
    NodeInfo info =
        transport.read(transport.get(ReadEndpoint.NODE_INFO.path(), null), NodeInfo.class);
    nodeId = info.nodeId();
    return info;
  }

  public JsonNode healthchecks() {
    return transport.read(transport.get(ReadEndpoint.HEALTHCHECKS.path(), null), JsonNode.class);
  }

  public IdentityInfo identity(Signatory reader, String identityId) {
    return read(reader, ReadEndpoint.IDENTITY.path(identityId), Page.first(), IdentityInfo.class);
  }

  public PublicCredentials publicKey(Signatory reader, String identityId) {
    return read(
        reader,
        ReadEndpoint.IDENTITY_PUBLIC_KEY.path(identityId),
        Page.first(),
        PublicCredentials.class);
  }

  public Delegates delegates(Signatory reader, String identityId) {
    return read(
        reader, ReadEndpoint.IDENTITY_DELEGATES.path(identityId), Page.first(), Delegates.class);
  }

  public AssetTypeInfo assetType(Signatory reader, String assetTypeId) {
    return read(
        reader, ReadEndpoint.ASSET_TYPE.path(assetTypeId), Page.first(), AssetTypeInfo.class);
  }

  public AssetInfo asset(Signatory reader, String assetTypeId, String assetId) {
    return read(
        reader, ReadEndpoint.ASSET.path(assetTypeId, assetId), Page.first(), AssetInfo.class);
  }

  /** The claims of an identity, asset type or asset. */
  public ClaimsPage claims(Signatory reader, EntityRef subject, Page page) {
    return read(reader, ReadTargets.claims(subject), page, ClaimsPage.class);
  }

  public ClaimEndorsements claim(Signatory reader, EntityRef subject, String claimHash) {
    return read(
        reader, ReadTargets.claim(subject, claimHash), Page.first(), ClaimEndorsements.class);
  }

  public EndorsementInfo endorsement(
      Signatory reader, EntityRef subject, String claimHash, String endorserId) {
    return read(
        reader,
        ReadTargets.endorsement(subject, claimHash, endorserId),
        Page.first(),
        EndorsementInfo.class);
  }

  public TransactionsPage transactions(
      Signatory reader, String assetTypeId, String assetId, Page page) {
    return read(
        reader,
        ReadEndpoint.ASSET_TRANSACTIONS.path(assetTypeId, assetId),
        page,
        TransactionsPage.class);
  }

  /** The iov42 proof view of a request (spec §7) as JSON. */
  public JsonNode proof(Signatory reader, String requestId) {
    return read(reader, ReadEndpoint.PROOF.path(requestId), Page.first(), JsonNode.class);
  }

  private <T> T read(Signatory reader, String path, Page page, Class<T> type) {
    String readRequestId = UUID.randomUUID().toString();
    for (int attempt = 1; ; attempt++) {
      String target = ReadTargets.target(path, readRequestId, page, currentNodeId());
      String authentication = HeaderCodec.encodeAuthentication(reader.sign(target.getBytes(UTF_8)));
      HttpResponse<byte[]> response = transport.get(target, authentication);
      if (attempt == 1 && response.statusCode() == 400 && transport.isError(response, WRONG_NODE)) {
        nodeId = null;
        continue;
      }
      return transport.read(response, type);
    }
  }

  private String currentNodeId() {
    String known = nodeId;
    return known != null ? known : nodeInfo().nodeId();
  }
}
