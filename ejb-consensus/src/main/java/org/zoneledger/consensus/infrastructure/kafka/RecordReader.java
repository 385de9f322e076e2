package org.zoneledger.consensus.infrastructure.kafka;

import static org.zoneledger.consensus.infrastructure.kafka.RecordFormatException.Reason.MALFORMED;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.zoneledger.consensus.domain.drme.Topic;
import org.zoneledger.protocol.message.Encoding;

/**
 * Reads a record value field by field in the layout {@link
 * org.zoneledger.protocol.message.CanonicalWriter} writes (big-endian integers, {@code u32}-length
 * prefixed bytes, strict UTF-8 strings, presence byte 0/1 for optionals), failing with a {@link
 * RecordFormatException} at the first byte that does not fit.
 */
final class RecordReader {
  private final byte[] in;
  private final RecordType type;
  private int position;

  private RecordReader(byte[] in, RecordType type, int position) {
    this.in = in;
    this.type = type;
    this.position = position;
  }

  /** Checks the format version and reads the type tag, which must belong to {@code topic}. */
  static RecordReader open(byte[] value, Topic topic) {
    if (value == null || value.length < 2) {
      throw new RecordFormatException(
          RecordFormatException.Reason.UNKNOWN_VERSION, "a record value needs at least 2 bytes");
    }
    int version = value[0] & 0xff;
    if (version != RecordType.FORMAT_VERSION) {
      throw new RecordFormatException(
          RecordFormatException.Reason.UNKNOWN_VERSION,
          "record format version " + version + ", this node reads " + RecordType.FORMAT_VERSION);
    }
    return new RecordReader(value, RecordType.of(value[1] & 0xff, topic), 2);
  }

  RecordType type() {
    return type;
  }

  int u8() {
    need(1);
    return in[position++] & 0xff;
  }

  long u64() {
    need(8);
    long value = 0;
    for (int i = 0; i < 8; i++) {
      value = (value << 8) | (in[position++] & 0xff);
    }
    return value;
  }

  byte[] bytes() {
    need(4);
    int length = 0;
    for (int i = 0; i < 4; i++) {
      length = (length << 8) | (in[position++] & 0xff);
    }
    if (length < 0 || length > Encoding.MAX_FIELD_LENGTH) {
      throw new RecordFormatException(
          MALFORMED, "field length " + Integer.toUnsignedString(length) + " is too long");
    }
    need(length);
    byte[] value = Arrays.copyOfRange(in, position, position + length);
    position += length;
    return value;
  }

  String string() {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new RecordFormatException(MALFORMED, "a string field is not UTF-8", e);
    }
  }

  Optional<String> optionalString() {
    int present = u8();
    return switch (present) {
      case 0 -> Optional.empty();
      case 1 -> Optional.of(string());
      default -> throw new RecordFormatException(MALFORMED, "presence byte " + present);
    };
  }

  /** Every byte not read yet: a wrapped message's own encoding. */
  byte[] rest() {
    byte[] rest = Arrays.copyOfRange(in, position, in.length);
    position = in.length;
    return rest;
  }

  /** Fails unless every byte was read. */
  void end() {
    if (position != in.length) {
      throw new RecordFormatException(
          MALFORMED, (in.length - position) + " bytes after the last field");
    }
  }

  private void need(int count) {
    if (in.length - position < count) {
      throw new RecordFormatException(
          MALFORMED,
          "truncated: need "
              + count
              + " bytes at "
              + position
              + ", have "
              + (in.length - position));
    }
  }
}
