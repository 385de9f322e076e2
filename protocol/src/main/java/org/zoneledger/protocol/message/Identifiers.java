package org.zoneledger.protocol.message;

import java.util.Objects;
import org.zoneledger.protocol.request.Ids;

/**
 * The id check of {@link RequestId}, {@link NodeId} and {@link EntityKey}: the rule of spec §1.4 as
 * {@link Ids} implements it, failing with an {@link IllegalArgumentException} (which decoding turns
 * into an {@code INVALID_FIELD} error).
 */
final class Identifiers {
  private Identifiers() {}

  static String check(String what, String value, String extra) {
    return check(what, value, extra, Ids.MAX_LENGTH);
  }

  /** {@code extra}: characters allowed besides the unreserved ones (entity keys join with ':'). */
  static String check(String what, String value, String extra, int maxLength) {
    Objects.requireNonNull(value, what);
    Ids.problem(value, extra, maxLength)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException(what + " " + problem);
            });
    return value;
  }
}
