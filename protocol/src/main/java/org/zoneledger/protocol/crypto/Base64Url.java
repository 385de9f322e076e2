package org.zoneledger.protocol.crypto;

import java.util.Base64;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;

/** base64url (RFC 4648 §5): written without padding, read with or without it (spec §1.3). */
public final class Base64Url {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private Base64Url() {}

  public static String encode(byte[] data) {
    return ENCODER.encodeToString(data);
  }

  /**
   * Decodes base64url text, padded or not.
   *
   * @throws ProtocolException with {@link ErrorCode#BAD_ENCODING} when the text is not base64url
   *     (wrong alphabet, whitespace, impossible length, misplaced padding)
   */
  public static byte[] decode(String text) {
    if (text == null) {
      throw new ProtocolException(ErrorCode.BAD_ENCODING, "Missing base64url value");
    }
    try {
      return DECODER.decode(text);
    } catch (IllegalArgumentException e) {
      throw new ProtocolException(
          ErrorCode.BAD_ENCODING, "Not valid base64url: " + abbreviate(text), e);
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? "'" + text + "'" : "'" + text.substring(0, 40) + "…'";
  }
}
