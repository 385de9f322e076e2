package org.zoneledger.consensus.infrastructure.jpa;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zoneledger.protocol.auth.SignatureEntry;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.request.RequestParser;

/**
 * The small binary encodings of row columns that are not protocol messages: entity lists, per-node
 * entropy sequences and a request without its claim plaintexts. Each starts with a format byte.
 */
final class RowCodec {
  private static final int FORMAT = 1;

  private RowCodec() {}

  static byte[] entities(List<EntityKey> keys) {
    return write(out -> strings(out, keys.stream().map(EntityKey::value).toList()));
  }

  static List<EntityKey> entities(byte[] encoded) {
    return read(encoded, in -> strings(in).stream().map(EntityKey::new).toList());
  }

  static byte[] sequences(Map<NodeId, Long> lastSequence) {
    return write(
        out -> {
          TreeMap<String, Long> sorted = new TreeMap<>();
          lastSequence.forEach((node, seq) -> sorted.put(node.value(), seq));
          out.writeInt(sorted.size());
          for (Map.Entry<String, Long> entry : sorted.entrySet()) {
            out.writeUTF(entry.getKey());
            out.writeLong(entry.getValue());
          }
        });
  }

  static Map<NodeId, Long> sequences(byte[] encoded) {
    return read(
        encoded,
        in -> {
          Map<NodeId, Long> map = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
          for (int i = in.readInt(); i > 0; i--) {
            map.put(new NodeId(in.readUTF()), in.readLong());
          }
          return map;
        });
  }

  /** The raw body, the signature headers and the claim hashes; never a claim plaintext. */
  static byte[] request(VerifiedRequest request) {
    return write(
        out -> {
          byte[] body = request.parsed().body();
          out.writeInt(body.length);
          out.write(body);
          out.writeInt(request.authorisations().size());
          for (SignatureEntry entry : request.authorisations()) {
            signature(out, entry);
          }
          signature(out, request.authentication());
          strings(out, List.copyOf(new java.util.TreeSet<>(request.claimPlaintexts().keySet())));
        });
  }

  /** The stored request; its claim plaintexts are {@code plaintexts} (the caller's to find). */
  static VerifiedRequest request(byte[] encoded, Map<String, String> plaintexts) {
    return read(
        encoded,
        in -> {
          byte[] body = new byte[in.readInt()];
          in.readFully(body);
          List<SignatureEntry> authorisations = new ArrayList<>();
          for (int i = in.readInt(); i > 0; i--) {
            authorisations.add(signature(in));
          }
          SignatureEntry authentication = signature(in);
          return new VerifiedRequest(
              RequestParser.parse(body), authorisations, authentication, plaintexts);
        });
  }

  private static void signature(DataOutputStream out, SignatureEntry entry) throws IOException {
    out.writeUTF(entry.identityId());
    out.writeUTF(entry.protocolId());
    out.writeUTF(entry.signature());
    out.writeBoolean(entry.delegateIdentityId() != null);
    if (entry.delegateIdentityId() != null) {
      out.writeUTF(entry.delegateIdentityId());
    }
  }

  private static SignatureEntry signature(DataInputStream in) throws IOException {
    String identity = in.readUTF();
    String protocol = in.readUTF();
    String signature = in.readUTF();
    String delegate = in.readBoolean() ? in.readUTF() : null;
    return new SignatureEntry(identity, protocol, signature, delegate);
  }

  private static void strings(DataOutputStream out, List<String> values) throws IOException {
    out.writeInt(values.size());
    for (String value : values) {
      out.writeUTF(value);
    }
  }

  private static List<String> strings(DataInputStream in) throws IOException {
    List<String> values = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      values.add(in.readUTF());
    }
    return values;
  }

  private interface Writer {
    void write(DataOutputStream out) throws IOException;
  }

  private interface Reader<T> {
    T read(DataInputStream in) throws IOException;
  }

  private static byte[] write(Writer writer) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(FORMAT);
      writer.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static <T> T read(byte[] encoded, Reader<T> reader) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
      int format = in.readUnsignedByte();
      if (format != FORMAT) {
        throw new IllegalStateException("unknown row encoding format " + format);
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
