package org.zoneledger.protocol.message;

import java.util.Objects;

/** The id rule shared by {@link RequestId}, {@link NodeId} and {@link EntityKey}. */
final class Identifiers {
  /** Longest id accepted (spec §1.4 recommends a cap of 256). */
  static final int MAX_LENGTH = 256;

  private Identifiers() {}

  /**
   * Checks {@code value} against spec §1.4: 1 to {@link #MAX_LENGTH} characters out of {@code A–Z
   * a–z 0–9 - . _ ~}, plus any of {@code extra} (entity keys use {@code :} to join kind and id).
   */
  static String check(String what, String value, String extra) {
    return check(what, value, extra, MAX_LENGTH);
  }

  static String check(String what, String value, String extra, int maxLength) {
    Objects.requireNonNull(value, what);
    if (value.isEmpty() || value.length() > maxLength) {
      throw new IllegalArgumentException(
          what + " must have 1 to " + maxLength + " characters, got " + value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean unreserved =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '.'
              || c == '_'
              || c == '~';
      if (!unreserved && extra.indexOf(c) < 0) {
        throw new IllegalArgumentException(
            what
                + " '"
                + value
                + "' contains '"
                + c
                + "' (allowed: A-Z a-z 0-9 - . _ ~"
                + extra
                + ")");
      }
    }
    return value;
  }
}
