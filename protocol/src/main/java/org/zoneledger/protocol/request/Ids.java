package org.zoneledger.protocol.request;

import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;

/**
 * The id rule of spec §1.4: ids are 1 to {@value #MAX_LENGTH} RFC 3986 unreserved characters
 * ({@code A-Z a-z 0-9 - . _ ~}), so they survive raw in URL paths and never contain the {@code ;}
 * separator of signed strings.
 */
public final class Ids {
  public static final int MAX_LENGTH = 256;

  private Ids() {}

  /** Whether {@code id} satisfies the rule. */
  public static boolean isValid(String id) {
    if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      if (!isUnreserved(id.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns {@code id} when valid.
   *
   * @param field the JSON field or parameter the id came from, named in the error message
   * @throws ProtocolException with {@link ErrorCode#INVALID_ID} otherwise
   */
  public static String require(String field, String id) {
    if (!isValid(id)) {
      throw new ProtocolException(
          ErrorCode.INVALID_ID,
          "'"
              + field
              + "' must be 1 to "
              + MAX_LENGTH
              + " characters of A-Z a-z 0-9 - . _ ~ but was "
              + (id == null ? "missing" : "'" + id + "'"));
    }
    return id;
  }

  private static boolean isUnreserved(char c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }
}
