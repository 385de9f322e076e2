package org.zoneledger.protocol.message;

import static org.zoneledger.protocol.message.MessageDecodingException.Reason.INVALID_FIELD;
import static org.zoneledger.protocol.message.MessageDecodingException.Reason.TRAILING_BYTES;
import static org.zoneledger.protocol.message.MessageDecodingException.Reason.TRUNCATED;
import static org.zoneledger.protocol.message.MessageDecodingException.Reason.UNKNOWN_TYPE;
import static org.zoneledger.protocol.message.MessageDecodingException.Reason.UNKNOWN_VERSION;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads what {@link CanonicalWriter} wrote, failing with a {@link MessageDecodingException} at the
 * first byte that does not fit. Strings must be well-formed UTF-8; presence bytes must be 0 or 1.
 */
public final class CanonicalReader {
  private final byte[] in;
  private int position;

  private CanonicalReader(byte[] in) {
    this.in = in;
  }

  /** Checks the version byte and that the type tag is {@code expected}. */
  public static CanonicalReader open(byte[] encoded, MessageType expected) {
    CanonicalReader reader = new CanonicalReader(encoded);
    int version = reader.u8();
    if (version != Encoding.VERSION) {
      throw new MessageDecodingException(
          UNKNOWN_VERSION, "version " + version + ", this node reads " + Encoding.VERSION);
    }
    MessageType type = MessageType.fromTag(reader.u8());
    if (type != expected) {
      throw new MessageDecodingException(UNKNOWN_TYPE, "expected " + expected + ", got " + type);
    }
    return reader;
  }

  public int u8() {
    need(1);
    return in[position++] & 0xff;
  }

  public int u32() {
    need(4);
    int value = 0;
    for (int i = 0; i < 4; i++) {
      value = (value << 8) | (in[position++] & 0xff);
    }
    return value;
  }

  public long u64() {
    need(8);
    long value = 0;
    for (int i = 0; i < 8; i++) {
      value = (value << 8) | (in[position++] & 0xff);
    }
    return value;
  }

  public Bytes fixed(int length) {
    need(length);
    Bytes value = Bytes.of(java.util.Arrays.copyOfRange(in, position, position + length));
    position += length;
    return value;
  }

  public Bytes bytes() {
    int length = u32();
    if (length < 0 || length > Encoding.MAX_FIELD_LENGTH) {
      throw new MessageDecodingException(
          INVALID_FIELD, "field length " + Integer.toUnsignedString(length));
    }
    return fixed(length);
  }

  public String string() {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes().toArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new MessageDecodingException(INVALID_FIELD, "string is not UTF-8", e);
    }
  }

  public <T> Optional<T> optional(Function<CanonicalReader, T> element) {
    int present = u8();
    return switch (present) {
      case 0 -> Optional.empty();
      case 1 -> Optional.of(element.apply(this));
      default -> throw new MessageDecodingException(INVALID_FIELD, "presence byte " + present);
    };
  }

  public <T> List<T> list(Function<CanonicalReader, T> element) {
    int size = u32();
    if (size < 0 || size > Encoding.MAX_LIST_SIZE) {
      throw new MessageDecodingException(
          INVALID_FIELD, "list size " + Integer.toUnsignedString(size));
    }
    List<T> values = new ArrayList<>(Math.min(size, 64));
    for (int i = 0; i < size; i++) {
      values.add(element.apply(this));
    }
    return List.copyOf(values);
  }

  /** Reads an enum by its ordinal as one byte. */
  public <E extends Enum<E>> E enumByte(Class<E> type) {
    int ordinal = u8();
    E[] constants = type.getEnumConstants();
    if (ordinal >= constants.length) {
      throw new MessageDecodingException(INVALID_FIELD, type.getSimpleName() + " tag " + ordinal);
    }
    return constants[ordinal];
  }

  /**
   * Builds a value from decoded fields, turning the constructor's {@link IllegalArgumentException}
   * (an id breaking the id rule, a digest of the wrong length…) into an {@code INVALID_FIELD}
   * error.
   */
  public static <T> T field(String what, java.util.function.Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new MessageDecodingException(INVALID_FIELD, what + ": " + e.getMessage(), e);
    }
  }

  /** Fails unless every byte was consumed. */
  public void end() {
    if (position != in.length) {
      throw new MessageDecodingException(
          TRAILING_BYTES, (in.length - position) + " bytes after the last field");
    }
  }

  public int position() {
    return position;
  }

  private void need(int count) {
    if (count < 0 || in.length - position < count) {
      throw new MessageDecodingException(
          TRUNCATED,
          "need " + count + " bytes at offset " + position + ", have " + (in.length - position));
    }
  }
}
