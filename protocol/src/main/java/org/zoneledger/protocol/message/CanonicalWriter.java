package org.zoneledger.protocol.message;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Writes the canonical encoding: integers big-endian, variable-length fields as a {@code u32}
 * length then the bytes, strings as UTF-8, optionals as a presence byte (0 or 1) then the value,
 * lists as a {@code u32} count then the elements.
 */
public final class CanonicalWriter {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);

  /** Starts a message: version byte then type tag. */
  public static CanonicalWriter start(MessageType type) {
    CanonicalWriter writer = new CanonicalWriter();
    writer.u8(Encoding.VERSION);
    writer.u8(type.tag());
    return writer;
  }

  public CanonicalWriter u8(int value) {
    out.write(value);
    return this;
  }

  public CanonicalWriter u32(int value) {
    for (int shift = 24; shift >= 0; shift -= 8) {
      out.write(value >>> shift);
    }
    return this;
  }

  public CanonicalWriter u64(long value) {
    for (int shift = 56; shift >= 0; shift -= 8) {
      out.write((int) (value >>> shift));
    }
    return this;
  }

  /** Writes bytes whose length the reader knows (a 32-byte digest). */
  public CanonicalWriter fixed(Bytes value) {
    out.writeBytes(value.toArray());
    return this;
  }

  public CanonicalWriter bytes(Bytes value) {
    return bytes(value.toArray());
  }

  public CanonicalWriter bytes(byte[] value) {
    u32(value.length);
    out.writeBytes(value);
    return this;
  }

  public CanonicalWriter string(String value) {
    return bytes(value.getBytes(StandardCharsets.UTF_8));
  }

  public <T> CanonicalWriter optional(Optional<T> value, BiConsumer<CanonicalWriter, T> element) {
    u8(value.isPresent() ? 1 : 0);
    value.ifPresent(v -> element.accept(this, v));
    return this;
  }

  public <T> CanonicalWriter list(List<T> values, BiConsumer<CanonicalWriter, T> element) {
    u32(values.size());
    values.forEach(v -> element.accept(this, v));
    return this;
  }

  /** Writes an enum as its ordinal in one byte: enum constants of messages are never reordered. */
  public CanonicalWriter enumByte(Enum<?> value) {
    return u8(value.ordinal());
  }

  public byte[] toByteArray() {
    return out.toByteArray();
  }
}
