package org.zoneledger.protocol.message;

import java.util.Arrays;
import java.util.HexFormat;
import org.zoneledger.protocol.crypto.Base64Url;

/**
 * An immutable byte string with value equality, so records holding signatures and digests compare
 * by content. The array given to {@link #of} is copied, and {@link #toArray} returns a copy.
 */
public final class Bytes {
  private static final HexFormat HEX = HexFormat.of();
  private final byte[] value;

  private Bytes(byte[] value) {
    this.value = value;
  }

  public static Bytes of(byte[] value) {
    return new Bytes(value.clone());
  }

  /** Parses lower- or upper-case hexadecimal text. */
  public static Bytes fromHex(String hex) {
    return new Bytes(HEX.parseHex(hex));
  }

  public byte[] toArray() {
    return value.clone();
  }

  public int length() {
    return value.length;
  }

  public byte get(int index) {
    return value[index];
  }

  public String toHex() {
    return HEX.formatHex(value);
  }

  public String toBase64Url() {
    return Base64Url.encode(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Bytes bytes && Arrays.equals(value, bytes.value);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(value);
  }

  @Override
  public String toString() {
    return value.length <= 16 ? toHex() : toHex().substring(0, 32) + "…(" + value.length + " B)";
  }
}
