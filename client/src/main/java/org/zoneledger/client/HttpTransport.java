package org.zoneledger.client;

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
import org.zoneledger.client.model.ErrorResponse;
import org.zoneledger.protocol.auth.Iov42Headers;
import org.zoneledger.protocol.auth.SignedPut;

/**
 * The HTTP exchanges of the client: base URL handling (one trailing {@code /} stripped, paths
 * appended raw), PUT with the iov42 headers, GET with or without authentication, JSON reading and
 * the error body of HTTP ≥ 400.
 */
final class HttpTransport {
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(40);
  static final JsonMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final String base;
  private final HttpClient http;

  HttpTransport(URI baseUrl, HttpClient http) {
    String text = baseUrl.toString();
    this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    this.http = http;
  }

  HttpResponse<byte[]> put(String pathOrUrl, SignedPut put) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(pathOrUrl))
            .timeout(REQUEST_TIMEOUT)
            .header("Content-Type", "application/json")
            .header(Iov42Headers.AUTHORISATIONS, put.headers().authorisations())
            .header(Iov42Headers.AUTHENTICATION, put.headers().authentication())
            .PUT(HttpRequest.BodyPublishers.ofByteArray(put.body()));
    if (put.headers().claims() != null) {
      request.header(Iov42Headers.CLAIMS, put.headers().claims());
    }
    return exchange(request.build());
  }

  /** GET of a target ({@code /api/v1/…?…}); {@code authentication} null for open endpoints. */
  HttpResponse<byte[]> get(String target, String authentication) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(target))
            .timeout(REQUEST_TIMEOUT)
            .header("Accept", "application/json")
            .GET();
    if (authentication != null) {
      request.header(Iov42Headers.AUTHENTICATION, authentication);
    }
    return exchange(request.build());
  }

  /** The body as {@code type}; HTTP ≥ 400 becomes a {@link PlatformErrorException}. */
  <T> T read(HttpResponse<byte[]> response, Class<T> type) {
    if (response.statusCode() >= 400) {
      throw new PlatformErrorException(response.statusCode(), errorBody(response));
    }
    try {
      return JSON.readValue(response.body(), type);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Unreadable " + type.getSimpleName() + " from " + response.uri(), e);
    }
  }

  ErrorResponse errorBody(HttpResponse<byte[]> response) {
    try {
      return JSON.readValue(response.body(), ErrorResponse.class);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "HTTP " + response.statusCode() + " without a JSON error body from " + response.uri(), e);
    }
  }

  /** Whether an HTTP ≥ 400 answer carries the error {@code code} (false for non-JSON bodies). */
  boolean isError(HttpResponse<byte[]> response, int code) {
    try {
      return JSON.readValue(response.body(), ErrorResponse.class).hasCode(code);
    } catch (IOException e) {
      return false;
    }
  }

  private URI uri(String pathOrUrl) {
    return URI.create(pathOrUrl.startsWith("/") ? base + pathOrUrl : pathOrUrl);
  }

  private HttpResponse<byte[]> exchange(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new InterruptedIOException("Interrupted: " + request.uri()));
    } catch (IOException e) {
      throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
    }
  }
}
