package org.zoneledger.protocol.request;

import java.util.Optional;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;

/**
 * The id rule of spec §1.4, the one implementation of it: ids are 1 to {@value #MAX_LENGTH} RFC
 * 3986 unreserved characters ({@code A-Z a-z 0-9 - . _ ~}), so they survive raw in URL paths and
 * never contain the {@code ;} separator of signed strings. The wire model checks it with {@link
 * #require} (a typed API error); the value records of the core ({@code RequestId}, {@code NodeId},
 * {@code EntityKey}) check it with {@link #problem} (an {@link IllegalArgumentException}).
 */
public final class Ids {
  public static final int MAX_LENGTH = 256;

  private Ids() {}

  /** Whether {@code id} satisfies the rule. */
  public static boolean isValid(String id) {
    return id != null && problem(id, "", MAX_LENGTH).isEmpty();
  }

  /**
   * What is wrong with {@code id} under the rule widened by the characters of {@code extra} and the
   * length cap {@code maxLength}; empty when nothing is.
   */
  public static Optional<String> problem(String id, String extra, int maxLength) {
    if (id.isEmpty() || id.length() > maxLength) {
      return Optional.of("must have 1 to " + maxLength + " characters, got " + id.length());
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!isUnreserved(c) && extra.indexOf(c) < 0) {
        return Optional.of(
            "'" + id + "' contains '" + c + "' (allowed: A-Z a-z 0-9 - . _ ~" + extra + ")");
      }
    }
    return Optional.empty();
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
