package org.zoneledger.consensus.infrastructure.kafka;

import java.util.function.Function;
import java.util.function.Supplier;
import org.zoneledger.protocol.message.MessageDecodingException;

/** Turns the protocol's decoding and constructor errors into {@link RecordFormatException}s. */
final class Wrapped {
  private Wrapped() {}

  /** Decodes the rest of the value as a protocol message with its own canonical encoding. */
  static <T> T decode(String what, RecordReader in, Function<byte[], T> decoder) {
    byte[] message = in.rest();
    try {
      return decoder.apply(message);
    } catch (MessageDecodingException e) {
      throw new RecordFormatException(
          RecordFormatException.Reason.MALFORMED, what + ": " + e.getMessage(), e);
    }
  }

  /** Builds a value, turning a constructor's rejection of a field into a typed error. */
  static <T> T field(String what, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new RecordFormatException(
          RecordFormatException.Reason.MALFORMED, what + ": " + e.getMessage(), e);
    }
  }
}
