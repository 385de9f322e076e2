package org.zoneledger.client.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The operator read-outs of one node instance ({@code /api/admin/…}, unauthenticated, loopback):
 * health, a request's outcome and election, its native proof, the state digest, an asset's owner
 * and balance, and the latest elections. Thread-safe.
 */
public final class NodeAdmin {

  private static final JsonMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  /** {@code GET /api/admin/zone/requests/{id}}: the request as this node knows it. */
  public record RequestView(
      String requestId, String status, Integer round, String coordinator, String proofHash) {
    public boolean decided() {
      return status != null && !status.equals("PENDING");
    }
  }

  /** One entry of {@code GET /api/admin/zone/elections}, newest first. */
  public record Election(
      String requestId,
      Integer partition,
      Long offset,
      Integer round,
      String coordinator,
      String status) {}

  /** {@code GET /api/admin/zone/assets/{type}/{id}}: owner and balance (minor units, accounts). */
  public record AssetView(String assetTypeId, String assetId, String ownerId, String balance) {}

  private record Digest(String digest) {}

  private final URI base;
  private final HttpClient http;

  public NodeAdmin(URI base) {
    this(base, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
  }

  public NodeAdmin(URI base, HttpClient http) {
    this.base = base;
    this.http = http;
  }

  public URI base() {
    return base;
  }

  /** The HTTP status of {@code GET /api/admin/health}; -1 when nothing answers. */
  public int health() {
    try {
      return get("/api/admin/health", HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (UncheckedIOException e) {
      return -1;
    }
  }

  /** The request's view; empty while this node has not sequenced it (404). */
  public Optional<RequestView> request(String requestId) {
    return json("/api/admin/zone/requests/" + requestId, RequestView.class);
  }

  /** The native encoded proof of the request; empty when this node holds none (404). */
  public Optional<byte[]> proof(String requestId) {
    HttpResponse<byte[]> response =
        get("/api/admin/zone/proofs/" + requestId, HttpResponse.BodyHandlers.ofByteArray());
    return ok(response) ? Optional.of(response.body()) : Optional.empty();
  }

  /** The node's state digest (hex). */
  public Optional<String> digest() {
    return json("/api/admin/zone/digest", Digest.class).map(Digest::digest);
  }

  public Optional<AssetView> asset(String assetTypeId, String assetId) {
    return json("/api/admin/zone/assets/" + assetTypeId + "/" + assetId, AssetView.class);
  }

  /** The latest {@code limit} elections, newest first; empty when the node does not serve them. */
  public Optional<List<Election>> elections(int limit) {
    return json("/api/admin/zone/elections?limit=" + limit, Election[].class).map(List::of);
  }

  private <T> Optional<T> json(String path, Class<T> type) {
    HttpResponse<byte[]> response = get(path, HttpResponse.BodyHandlers.ofByteArray());
    if (!ok(response)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(response.body(), type));
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable answer from " + response.uri(), e);
    }
  }

  /** 200 → true; 404 → false; anything else is an error of the node. */
  private static boolean ok(HttpResponse<?> response) {
    int status = response.statusCode();
    if (status == 200) {
      return true;
    }
    if (status == 404) {
      return false;
    }
    throw new IllegalStateException(
        "GET " + response.uri() + " answered " + status + bodyText(response));
  }

  private static String bodyText(HttpResponse<?> response) {
    return response.body() instanceof byte[] b && b.length > 0
        ? ": " + new String(b, java.nio.charset.StandardCharsets.UTF_8)
        : "";
  }

  private <T> HttpResponse<T> get(String path, HttpResponse.BodyHandler<T> handler) {
    HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).GET().build();
    try {
      return http.send(request, handler);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new InterruptedIOException("interrupted: " + request.uri()));
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + request.uri() + " failed", e);
    }
  }
}
