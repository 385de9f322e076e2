package org.zoneledger.it.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.zoneledger.client.ClientIdentity;
import org.zoneledger.client.ZoneClient;
import org.zoneledger.client.model.RequestInfo;
import org.zoneledger.it.zone.ZoneFixture;
import org.zoneledger.protocol.auth.HeaderCodec;
import org.zoneledger.protocol.auth.Iov42Headers;
import org.zoneledger.protocol.auth.Signatory;
import org.zoneledger.protocol.auth.SignedPut;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;

/**
 * The conformance suite's view of the shared three-node zone: one {@link ZoneClient} per node (the
 * Java SDK's wire form), raw HTTP/1.1 exchanges that follow no redirect (for the bytes the
 * TypeScript SDK sends and for the 303 protocol), independent commands sent at once to different
 * nodes, and the checks of the error model (spec §10).
 */
final class Conformance implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();
  static final int NODES = 3;
  private static final Duration LAG = Duration.ofSeconds(10);

  private final ZoneFixture zone;
  private final List<ZoneClient> clients = new ArrayList<>();
  private final List<String> nodeIds = new ArrayList<>();
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final ExecutorService pool = Executors.newFixedThreadPool(8);

  Conformance(ZoneFixture zone) {
    this.zone = zone;
    for (int i = 0; i < NODES; i++) {
      ZoneClient client = new ZoneClient(base(i));
      clients.add(client);
      nodeIds.add(client.nodeInfo().nodeId());
    }
  }

  /** A tag for the ids of one test class run: classes sharing the zone never meet. */
  static String tag() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  static ClientIdentity identity(String name, String tag, SignatureAlgorithm algorithm) {
    return ClientIdentity.generate(name + "-" + tag, algorithm);
  }

  URI base(int node) {
    return zone.instances().get(node % NODES).baseUri();
  }

  /** Base URL + a raw path (appended as is, like the SDKs do). */
  URI uri(int node, String path) {
    String base = base(node).toString();
    return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
  }

  ZoneClient client(int node) {
    return clients.get(node % NODES);
  }

  String nodeId(int node) {
    return nodeIds.get(node % NODES);
  }

  /** Sends one command through the client library; it must finish (Java {@code hasFinished}). */
  RequestInfo send(int node, SignedPut put) {
    RequestInfo info = client(node).send(put);
    assertThat(info.hasFinished()).as("%s finished", put.request()).isTrue();
    assertThat(info.requestId()).isEqualTo(put.request().requestId());
    assertThat(info.proof()).isEqualTo("/api/v1/proofs/" + put.request().requestId());
    awaitAppliedOnEveryNode(info.requestId());
    return info;
  }

  /**
   * Waits until every node answers the command's status with 200, i.e. has applied it: a 200 on a
   * PUT promises read-your-writes on the node that answered only, and the scenarios read from any
   * node. The status GET long-polls at each node; a node that has not sequenced it yet says 404.
   */
  void awaitAppliedOnEveryNode(String requestId) {
    long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
    for (int node = 0; node < NODES; node++) {
      HttpRequest status =
          HttpRequest.newBuilder(base(node).resolve("/api/v1/requests/" + requestId))
              .timeout(Duration.ofSeconds(20))
              .GET()
              .build();
      while (true) {
        int code;
        try {
          code = http.send(status, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
        if (code == 200) {
          break;
        }
        assertThat(System.nanoTime() - deadline)
            .as("%s applied on node %d (last status %d)", requestId, node + 1, code)
            .isNegative();
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
    }
  }

  /** Sends independent commands at once, the i-th to node i mod 3; the outcomes in order. */
  List<RequestInfo> sendAll(SignedPut... puts) {
    List<Callable<RequestInfo>> calls = new ArrayList<>();
    for (int i = 0; i < puts.length; i++) {
      int node = i;
      SignedPut put = puts[i];
      calls.add(() -> send(node, put));
    }
    return all(calls);
  }

  /** Runs the calls at once and returns their results in order; the first failure is rethrown. */
  <T> List<T> all(List<Callable<T>> calls) {
    List<Future<T>> futures = new ArrayList<>();
    calls.forEach(c -> futures.add(pool.submit(c)));
    List<T> results = new ArrayList<>();
    for (Future<T> future : futures) {
      try {
        results.add(future.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        if (e.getCause() instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(e.getCause());
      }
    }
    return results;
  }

  <T> Future<T> async(Callable<T> call) {
    return pool.submit(call);
  }

  // ---- raw HTTP ----------------------------------------------------------------------------

  /** The header values of a signed command, named as the SDKs name them. */
  static Map<String, String> headersOf(SignedPut put) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(Iov42Headers.AUTHORISATIONS, put.headers().authorisations());
    headers.put(Iov42Headers.AUTHENTICATION, put.headers().authentication());
    if (put.headers().claims() != null) {
      headers.put(Iov42Headers.CLAIMS, put.headers().claims());
    }
    return headers;
  }

  /** A raw PUT of the signed command's own bytes and headers. */
  HttpResponse<String> put(int node, SignedPut put) {
    return put(node, put.path(), put.body(), headersOf(put));
  }

  /** A raw PUT to {@code path} with {@code Content-Type: application/json} and the headers. */
  HttpResponse<String> put(int node, String path, byte[] body, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(node, path))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    return exchange(request.build());
  }

  /** A raw PUT of the signed command, not waiting for the answer. */
  CompletableFuture<HttpResponse<String>> putAsync(int node, SignedPut put) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(node, put.path()))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofByteArray(put.body()));
    headersOf(put).forEach(request::header);
    return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
  }

  /** A raw GET of {@code target} ({@code /api/v1/…}); {@code authentication} null for none. */
  HttpResponse<String> get(int node, String target, String authentication) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(node, target))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json")
            .GET();
    if (authentication != null) {
      request.header(Iov42Headers.AUTHENTICATION, authentication);
    }
    return exchange(request.build());
  }

  /** A GET signed over the raw target (spec §3.4), the header padded or not. */
  HttpResponse<String> signedGet(int node, String target, Signatory reader, boolean padded) {
    String header = HeaderCodec.encodeAuthentication(reader.sign(target.getBytes(UTF_8)));
    return get(node, target, padded ? padded(header) : header);
  }

  /** The TypeScript SDK's read target: {@code requestId, nodeId[, limit][, next]}. */
  String tsTarget(int node, String path, Integer limit, String next) {
    StringBuilder t = new StringBuilder(path).append("?requestId=").append(UUID.randomUUID());
    t.append("&nodeId=").append(nodeId(node));
    if (limit != null) {
      t.append("&limit=").append(limit);
    }
    if (next != null) {
      t.append("&next=").append(next);
    }
    return t.toString();
  }

  /** The Java SDK's read target: {@code requestId[, limit][, next], nodeId}. */
  String javaTarget(int node, String path, Integer limit, String next) {
    StringBuilder t = new StringBuilder(path).append("?requestId=").append(UUID.randomUUID());
    if (limit != null) {
      t.append("&limit=").append(limit);
    }
    if (next != null) {
      t.append("&next=").append(next);
    }
    return t.append("&nodeId=").append(nodeId(node)).toString();
  }

  /**
   * A read as the TypeScript SDK sends it (its query order, unpadded header, {@code Accept}); it
   * must answer 200 with JSON. A 404 is retried for a few seconds: the entity may have been written
   * through another node that has not applied it yet.
   */
  JsonNode tsRead(int node, Signatory reader, String path) {
    return tsRead(node, reader, path, null, null);
  }

  JsonNode tsRead(int node, Signatory reader, String path, Integer limit, String next) {
    long deadline = System.nanoTime() + LAG.toNanos();
    while (true) {
      HttpResponse<String> answer =
          signedGet(node, tsTarget(node, path, limit, next), reader, false);
      if (answer.statusCode() == 404 && System.nanoTime() < deadline) {
        pause(200);
        continue;
      }
      assertThat(answer.statusCode()).as("GET %s: %s", path, answer.body()).isEqualTo(200);
      return json(answer);
    }
  }

  /** Retries {@code read} while it fails (e.g. 404 on a node that lags), at most a few seconds. */
  <T> T eventually(Callable<T> read) {
    long deadline = System.nanoTime() + LAG.toNanos();
    while (true) {
      try {
        return read.call();
      } catch (Exception | AssertionError e) {
        if (System.nanoTime() > deadline) {
          if (e instanceof RuntimeException r) {
            throw r;
          }
          if (e instanceof AssertionError a) {
            throw a;
          }
          throw new IllegalStateException(e);
        }
        pause(200);
      }
    }
  }

  // ---- error model ---------------------------------------------------------------------------

  /** HTTP {@code status} with a JSON error body (spec §10.1) carrying {@code code}. */
  static JsonNode assertError(HttpResponse<String> answer, int status, int code) {
    assertThat(answer.statusCode()).as("status of %s", answer.body()).isEqualTo(status);
    JsonNode body = json(answer);
    assertThat(body.path("errors").isArray()).as("errors array in %s", answer.body()).isTrue();
    assertThat(body.path("errors")).as("errors of %s", answer.body()).isNotEmpty();
    List<Integer> codes = new ArrayList<>();
    body.path("errors").forEach(e -> codes.add(e.path("errorCode").asInt()));
    assertThat(codes).as("error codes of %s", answer.body()).contains(code);
    body.path("errors")
        .forEach(
            e -> {
              assertThat(e.path("errorType").isTextual()).isTrue();
              assertThat(e.path("message").isTextual()).isTrue();
            });
    return body;
  }

  /** No node knows the command: {@code GET /api/v1/requests/{id}} is 404 everywhere. */
  void assertRequestUnknown(String requestId) {
    for (int node = 0; node < NODES; node++) {
      HttpResponse<String> status = get(node, "/api/v1/requests/" + requestId, null);
      assertThat(status.statusCode())
          .as("GET /api/v1/requests/%s on node %d: %s", requestId, node + 1, status.body())
          .isEqualTo(404);
      assertThat(json(status).path("errors").isArray()).isTrue();
    }
  }

  /** The read answers 404 in the error model on every node: the entity was not written. */
  void assertAbsent(Signatory reader, String path) {
    for (int node = 0; node < NODES; node++) {
      HttpResponse<String> answer =
          signedGet(node, tsTarget(node, path, null, null), reader, false);
      assertThat(answer.statusCode())
          .as("GET %s on node %d: %s", path, node + 1, answer.body())
          .isEqualTo(404);
    }
  }

  static JsonNode json(HttpResponse<String> answer) {
    return parse(answer.body());
  }

  static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + body, e);
    }
  }

  static String padded(String base64url) {
    return base64url + "=".repeat((4 - base64url.length() % 4) % 4);
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> exchange(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(request.method() + " " + request.uri(), e);
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
