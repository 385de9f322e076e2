package org.zoneledger.protocol.request;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.zoneledger.protocol.auth.Iov42Headers;
import org.zoneledger.protocol.auth.SignatureEntry;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;

/**
 * The size limits of a PUT, the same on every node (a node sequencing the log applies them too, so
 * a request over a limit is refused everywhere): body bytes, each {@code X-IOV42-*} header's
 * length, transfer items, claims or endorsements, authorisations and claim plaintexts. Ids have
 * their own rule ({@link Ids}).
 */
public final class RequestLimits {
  public static final int MAX_BODY_BYTES = 256 * 1024;
  public static final int MAX_HEADER_CHARS = 64 * 1024;
  public static final int MAX_TRANSFER_ITEMS = 100;
  public static final int MAX_CLAIMS = 100;
  public static final int MAX_AUTHORISATIONS = 16;
  public static final int MAX_CLAIM_PLAINTEXT_BYTES = 16 * 1024;

  private RequestLimits() {}

  /** The limits that need no parsing: checked before anything is decoded. */
  public static void checkSizes(byte[] body, Iov42Headers headers) {
    if (body.length > MAX_BODY_BYTES) {
      throw new ProtocolException(
          ErrorCode.BODY_TOO_LARGE,
          "The request body has " + body.length + " bytes, at most " + MAX_BODY_BYTES + " allowed");
    }
    header(Iov42Headers.AUTHORISATIONS, headers.authorisations());
    header(Iov42Headers.AUTHENTICATION, headers.authentication());
    header(Iov42Headers.CLAIMS, headers.claims());
  }

  /** The limits on what the parsed request and its headers hold. */
  public static void checkCounts(
      LedgerRequest request, List<SignatureEntry> authorisations, Map<String, String> claims) {
    count("authorisations", authorisations.size(), MAX_AUTHORISATIONS);
    if (request instanceof Transfers transfers) {
      count("transfer items", transfers.transfers().size(), MAX_TRANSFER_ITEMS);
    } else if (request instanceof CreateClaims create) {
      count("claims", create.claims().size(), MAX_CLAIMS);
    } else if (request instanceof CreateEndorsements endorse) {
      count("endorsements", endorse.endorsements().size(), MAX_CLAIMS);
    }
    count("claim plaintexts", claims.size(), MAX_CLAIMS);
    for (String plaintext : claims.values()) {
      int bytes = plaintext.getBytes(StandardCharsets.UTF_8).length;
      if (bytes > MAX_CLAIM_PLAINTEXT_BYTES) {
        throw new ProtocolException(
            ErrorCode.LIMIT_EXCEEDED,
            "A claim plaintext has " + bytes + " bytes, at most " + MAX_CLAIM_PLAINTEXT_BYTES);
      }
    }
  }

  private static void header(String name, String value) {
    if (value != null && value.length() > MAX_HEADER_CHARS) {
      throw new ProtocolException(
          ErrorCode.LIMIT_EXCEEDED,
          "The header "
              + name
              + " has "
              + value.length()
              + " characters, at most "
              + MAX_HEADER_CHARS
              + " allowed");
    }
  }

  private static void count(String what, int count, int max) {
    if (count > max) {
      throw new ProtocolException(
          ErrorCode.LIMIT_EXCEEDED,
          "The request has " + count + " " + what + ", at most " + max + " allowed");
    }
  }
}
