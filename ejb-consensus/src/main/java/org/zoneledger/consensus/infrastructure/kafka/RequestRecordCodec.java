package org.zoneledger.consensus.infrastructure.kafka;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Arrays;
import java.util.Optional;
import org.zoneledger.consensus.domain.drme.Topic;
import org.zoneledger.protocol.auth.Iov42Headers;
import org.zoneledger.protocol.auth.VerificationMode;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.CanonicalWriter;
import org.zoneledger.protocol.message.Entropy;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.message.RequestId;

/**
 * Records of {@code zone.<z>.requests}. Layout of the value (integers big-endian, {@code bytes} and
 * {@code string} as a {@code u32} length then the bytes, strings UTF-8):
 *
 * <pre>
 * client request, key = requestId (UTF-8):
 *   u8 1 | u8 1 | string requestId | bytes body | string authorisations | string authentication
 *        | u8 claimsPresent (0/1) [string claims] | u8 mode (1 IOV42, 2 NATIVE)
 *        | string receivedBy | u64 receivedAt
 * entropy, key = "entropy/" + nodeId (UTF-8; '/' never occurs in a requestId), sent to the
 * partition the entropy names:
 *   u8 1 | u8 2 | Entropy.encode()
 * </pre>
 */
public final class RequestRecordCodec {
  static final String ENTROPY_KEY_PREFIX = "entropy/";
  private static final int MODE_IOV42 = 1;
  private static final int MODE_NATIVE = 2;

  private RequestRecordCodec() {}

  /** What a {@code requests} record holds. */
  public sealed interface Value {}

  /** A client request, not yet verified by this node. */
  public record Client(ClientEnvelope envelope) implements Value {}

  /** A node's DRME entropy. */
  public record Drme(Entropy entropy) implements Value {}

  public static byte[] key(RequestId id) {
    return id.value().getBytes(UTF_8);
  }

  public static byte[] entropyKey(NodeId node) {
    return (ENTROPY_KEY_PREFIX + node.value()).getBytes(UTF_8);
  }

  public static byte[] encode(ClientEnvelope envelope) {
    Iov42Headers headers = envelope.headers();
    return new CanonicalWriter()
        .u8(RecordType.FORMAT_VERSION)
        .u8(RecordType.CLIENT_REQUEST.tag())
        .string(envelope.requestId().value())
        .bytes(envelope.body())
        .string(headers.authorisations())
        .string(headers.authentication())
        .optional(Optional.ofNullable(headers.claims()), CanonicalWriter::string)
        .u8(envelope.mode() == VerificationMode.IOV42 ? MODE_IOV42 : MODE_NATIVE)
        .string(envelope.receivedBy().value())
        .u64(envelope.receivedAt())
        .toByteArray();
  }

  public static byte[] encode(Entropy entropy) {
    return new CanonicalWriter()
        .u8(RecordType.FORMAT_VERSION)
        .u8(RecordType.ENTROPY.tag())
        .fixed(Bytes.of(entropy.encode()))
        .toByteArray();
  }

  /**
   * Decodes a record and checks that its key names what it holds.
   *
   * @throws RecordFormatException when the key or value is not a {@code requests} record
   */
  public static Value decode(byte[] key, byte[] value) {
    RecordReader in = RecordReader.open(value, Topic.REQUESTS);
    Value decoded =
        in.type() == RecordType.ENTROPY
            ? new Drme(Wrapped.decode("entropy", in, Entropy::decode))
            : new Client(envelope(in));
    byte[] expected =
        decoded instanceof Client client
            ? key(client.envelope().requestId())
            : entropyKey(((Drme) decoded).entropy().node());
    Keys.require(key, expected);
    return decoded;
  }

  private static ClientEnvelope envelope(RecordReader in) {
    String requestId = in.string();
    byte[] body = in.bytes();
    String authorisations = in.string();
    String authentication = in.string();
    String claims = in.optionalString().orElse(null);
    int mode = in.u8();
    String receivedBy = in.string();
    long receivedAt = in.u64();
    in.end();
    if (mode != MODE_IOV42 && mode != MODE_NATIVE) {
      throw new RecordFormatException(
          RecordFormatException.Reason.MALFORMED, "verification mode tag " + mode);
    }
    return Wrapped.field(
        "client request",
        () ->
            new ClientEnvelope(
                new RequestId(requestId),
                Bytes.of(body),
                new Iov42Headers(authorisations, authentication, claims),
                mode == MODE_IOV42 ? VerificationMode.IOV42 : VerificationMode.NATIVE,
                new NodeId(receivedBy),
                receivedAt));
  }

  /** The requestId a record key names, if it is one (entropy keys are not). */
  static Optional<RequestId> requestIdOf(byte[] key) {
    if (key == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(new RequestId(new String(key, UTF_8)))
          .filter(id -> Arrays.equals(key(id), key));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
