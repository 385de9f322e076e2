package org.zoneledger.web.v1;

import java.net.URI;
import java.util.Optional;

/**
 * The request target a client signed for an authenticated GET (spec §3.4): {@code /api/v1/…}, then
 * {@code ?} and the query, both exactly as they came in — raw, never re-assembled from decoded
 * parameters, so either SDK's parameter order and Java's trailing {@code /} verify. Whatever sits
 * before the JAX-RS root (a context root, a proxy's prefix) is not part of it.
 */
final class SignedTarget {
  private static final String ROOT = "/api/";

  private SignedTarget() {}

  /**
   * The signed target of a request.
   *
   * @param requestUri the request URI as the container received it ({@code
   *     UriInfo.getRequestUri()})
   * @param baseUri the application's base URI, ending in {@code /api/} ({@code
   *     UriInfo.getBaseUri()})
   */
  static String of(URI requestUri, URI baseUri) {
    String path = requestUri.getRawPath();
    String base = baseUri.getRawPath();
    String fromRoot;
    if (base != null && base.endsWith(ROOT) && path.startsWith(base)) {
      fromRoot = ROOT + path.substring(base.length());
    } else {
      int at = path.indexOf(ROOT + "v1/");
      fromRoot = at < 0 ? path : path.substring(at);
    }
    String query = requestUri.getRawQuery();
    return query == null ? fromRoot : fromRoot + "?" + query;
  }

  /** The read's {@code requestId} query value as sent, for the error body; empty if none. */
  static Optional<String> readRequestId(String target) {
    int q = target.indexOf('?');
    if (q < 0) {
      return Optional.empty();
    }
    for (String pair : target.substring(q + 1).split("&")) {
      if (pair.startsWith("requestId=") && pair.length() > "requestId=".length()) {
        return Optional.of(pair.substring("requestId=".length()));
      }
    }
    return Optional.empty();
  }
}
