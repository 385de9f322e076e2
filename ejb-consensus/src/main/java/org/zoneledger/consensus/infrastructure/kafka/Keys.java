package org.zoneledger.consensus.infrastructure.kafka;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Arrays;

/** The key check every decoder makes: a record is only valid under the key its content names. */
final class Keys {
  private Keys() {}

  static void require(byte[] key, byte[] expected) {
    if (key == null) {
      throw new RecordFormatException(
          RecordFormatException.Reason.KEY_MISMATCH,
          "the record has no key, expected '" + new String(expected, UTF_8) + "'");
    }
    if (!Arrays.equals(key, expected)) {
      throw new RecordFormatException(
          RecordFormatException.Reason.KEY_MISMATCH,
          "the key '"
              + new String(key, UTF_8)
              + "' does not name the content, expected '"
              + new String(expected, UTF_8)
              + "'");
    }
  }
}
