package org.zoneledger.consensus.domain.drme;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.zoneledger.protocol.crypto.Hashes;
import org.zoneledger.protocol.message.Bytes;

/**
 * SHA-256 over every entity's key, committed state and head, in key order: two nodes that applied
 * the same proofs have equal digests. Reservations and queues are not part of it.
 */
public final class StateDigest {
  private StateDigest() {}

  public static Bytes of(EntityStore entities) {
    List<EntitySlot> slots =
        entities.all().stream()
            .filter(slot -> slot.state().isPresent())
            .sorted(Comparator.comparing(slot -> slot.key().value()))
            .toList();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      for (EntitySlot slot : slots) {
        write(out, slot.key().value().getBytes(StandardCharsets.UTF_8));
        write(out, slot.state().orElseThrow().canonicalBytes());
        write(out, slot.head().map(Bytes::toArray).orElse(new byte[0]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Bytes.of(Hashes.sha256(bytes.toByteArray()));
  }

  private static void write(DataOutputStream out, byte[] field) throws IOException {
    out.writeInt(field.length);
    out.write(field);
  }
}
