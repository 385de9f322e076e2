package org.zoneledger.client.loadgen;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.zoneledger.protocol.auth.Iov42Headers;

/**
 * One transfer PUT over asynchronous HTTP, following the pending-request protocol of spec §4.4 as
 * the Java SDK's layer does: on a 3xx, wait {@code Retry-After} seconds (without holding a thread)
 * and PUT the same body and headers again to base URL + {@code Location}, until a non-3xx answer or
 * the deadline. The HTTP client must not follow redirects itself.
 */
final class PutExchange {
  static final long MIN_PAUSE_MILLIS = 50;

  private final HttpClient http;

  PutExchange(HttpClient http) {
    this.http = http;
  }

  /** Sends {@code put} to {@code node}; the outcome completes by {@code deadline} (nanoTime). */
  CompletableFuture<Outcome> send(URI node, PreparedPut put, long deadline) {
    return attempt(node, put.path(), put, deadline, 0);
  }

  private CompletableFuture<Outcome> attempt(
      URI node, String target, PreparedPut put, long deadline, int redirects) {
    long remaining = deadline - System.nanoTime();
    if (remaining <= 0) {
      return CompletableFuture.completedFuture(
          redirects > 0 ? Outcome.pending(redirects) : Outcome.failed(timeout(), redirects));
    }
    HttpRequest request =
        HttpRequest.newBuilder(resolve(node, target))
            .timeout(Duration.ofNanos(remaining))
            .header("Content-Type", "application/json")
            .header(Iov42Headers.AUTHORISATIONS, put.authorisations())
            .header(Iov42Headers.AUTHENTICATION, put.authentication())
            .PUT(HttpRequest.BodyPublishers.ofByteArray(put.body()))
            .build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
        .handle((response, error) -> answer(node, put, deadline, redirects, response, error))
        .thenCompose(next -> next);
  }

  private CompletableFuture<Outcome> answer(
      URI node,
      PreparedPut put,
      long deadline,
      int redirects,
      HttpResponse<byte[]> response,
      Throwable error) {
    if (error != null) {
      return CompletableFuture.completedFuture(Outcome.failed(error, redirects));
    }
    int status = response.statusCode();
    if (status < 300) {
      return CompletableFuture.completedFuture(Outcome.committed(redirects));
    }
    if (status >= 400) {
      return CompletableFuture.completedFuture(
          Outcome.rejected(status, response.body(), redirects));
    }
    String location = response.headers().firstValue("Location").orElse(put.path());
    long waitMillis = retryAfterMillis(response.headers().firstValue("Retry-After").orElse(""));
    if (System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis) - deadline >= 0) {
      return CompletableFuture.completedFuture(Outcome.pending(redirects + 1));
    }
    return CompletableFuture.supplyAsync(
            () -> attempt(node, location, put, deadline, redirects + 1),
            CompletableFuture.delayedExecutor(waitMillis, TimeUnit.MILLISECONDS))
        .thenCompose(next -> next);
  }

  /** Base URL + a host-relative {@code Location}; an absolute one as it is. */
  static URI resolve(URI node, String target) {
    return URI.create(target.startsWith("/") ? node.toString() + target : target);
  }

  /**
   * The pause before the next PUT: {@code Retry-After} as integer seconds (spec §4.4), at least
   * {@value #MIN_PAUSE_MILLIS} ms so that a pending answer without it does not become a busy loop.
   */
  static long retryAfterMillis(String value) {
    long seconds;
    try {
      seconds = Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      seconds = 0;
    }
    return Math.max(MIN_PAUSE_MILLIS, seconds * 1000);
  }

  private static java.net.http.HttpTimeoutException timeout() {
    return new java.net.http.HttpTimeoutException("transfer budget spent");
  }
}
