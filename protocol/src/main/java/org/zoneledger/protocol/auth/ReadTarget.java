package org.zoneledger.protocol.auth;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;
import org.zoneledger.protocol.request.Ids;

/**
 * A GET request target as sent ({@code /api/v1/…?query}), matched to its endpoint. {@code raw} is
 * what the client signed; ids and query values are kept raw (no percent-decoding) and must satisfy
 * the id rule.
 */
public record ReadTarget(
    String raw, ReadEndpoint endpoint, Map<String, String> ids, Map<String, String> query) {

  /**
   * Parses a raw target.
   *
   * @throws ProtocolException {@link ErrorCode#INVALID_FIELD} for an unknown path, {@link
   *     ErrorCode#INVALID_ID} for a bad id
   */
  public static ReadTarget parse(String raw) {
    int q = raw.indexOf('?');
    String path = q < 0 ? raw : raw.substring(0, q);
    Map<String, String> query = query(q < 0 ? "" : raw.substring(q + 1));
    if (!path.startsWith(ReadEndpoint.PREFIX)) {
      throw unknown(path);
    }
    String rest = path.substring(ReadEndpoint.PREFIX.length());
    boolean trailingSlash = rest.endsWith("/");
    String[] segments =
        (trailingSlash ? rest.substring(0, rest.length() - 1) : rest).split("/", -1);
    for (ReadEndpoint endpoint : ReadEndpoint.values()) {
      Optional<Map<String, String>> ids = endpoint.match(segments);
      if (ids.isPresent() && (!trailingSlash || endpoint.isList())) {
        ids.get().forEach(Ids::require);
        return new ReadTarget(raw, endpoint, Collections.unmodifiableMap(ids.get()), query);
      }
    }
    throw unknown(path);
  }

  public String id(String name) {
    return ids.get(name);
  }

  public Optional<String> queryParameter(String name) {
    return Optional.ofNullable(query.get(name));
  }

  private static Map<String, String> query(String text) {
    Map<String, String> query = new LinkedHashMap<>();
    if (text.isEmpty()) {
      return Collections.unmodifiableMap(query);
    }
    for (String pair : text.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      if (query.putIfAbsent(name, value) != null) {
        throw new ProtocolException(
            ErrorCode.INVALID_FIELD, "Query parameter '" + name + "' is given twice");
      }
    }
    return Collections.unmodifiableMap(query);
  }

  private static ProtocolException unknown(String path) {
    return new ProtocolException(ErrorCode.INVALID_FIELD, "No endpoint has the path " + path);
  }
}
