package org.zoneledger.consensus.application.query;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.zoneledger.protocol.crypto.Base64Url;
import org.zoneledger.protocol.error.ErrorCode;

/**
 * The opaque {@code next} token of a paged list: the position of the page's first entry in the
 * list, base64url without padding (URL-safe, spec §6.1). Lists only grow at their end, so a token
 * stays valid, and it means the same on every node of the zone.
 */
final class PageToken {
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 1000;
  private static final String PREFIX = "p";

  private PageToken() {}

  static int start(Optional<String> next) {
    if (next.isEmpty() || next.get().isEmpty()) {
      return 0;
    }
    try {
      String text = new String(Base64Url.decode(next.get()), StandardCharsets.US_ASCII);
      if (text.startsWith(PREFIX)) {
        int position = Integer.parseInt(text.substring(PREFIX.length()));
        if (position >= 0) {
          return position;
        }
      }
    } catch (RuntimeException e) {
      // falls through to the refusal
    }
    throw new ReadRefusedException(ErrorCode.INVALID_FIELD, "'next' is not a page token of ours");
  }

  static int limit(Optional<Integer> limit) {
    int value = limit.orElse(DEFAULT_LIMIT);
    if (value < 1 || value > MAX_LIMIT) {
      throw new ReadRefusedException(
          ErrorCode.INVALID_FIELD, "'limit' must be between 1 and " + MAX_LIMIT + ", is " + value);
    }
    return value;
  }

  /** The token of the page starting at {@code position}, or null when the list ends before. */
  static String after(int position, int size) {
    return position >= size
        ? null
        : Base64Url.encode((PREFIX + position).getBytes(StandardCharsets.US_ASCII));
  }
}
