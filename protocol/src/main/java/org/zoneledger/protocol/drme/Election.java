package org.zoneledger.protocol.drme;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.zoneledger.protocol.crypto.Hashes;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.message.RequestId;

/**
 * The DRME election (architecture §2 step 3), a pure function:
 *
 * <pre>
 * coordinator = members[ uint64(SHA-256(B || requestId || r)) mod |members| ]
 * </pre>
 *
 * <ul>
 *   <li>{@code B} is the 32 bytes of the partition's {@link Beacon} at the request's offset;
 *   <li>{@code requestId} is encoded as its length in UTF-8 bytes (4 bytes, big-endian) followed by
 *       its UTF-8 bytes, so that no two (requestId, round) pairs share an input;
 *   <li>{@code r}, the round (0 for the first election), is 4 bytes big-endian;
 *   <li>{@code uint64(h)} is the first 8 bytes of the digest read as an unsigned big-endian
 *       integer, and {@code mod} is the unsigned remainder ({@link Long#remainderUnsigned}); the
 *       bias of 2^64 mod n is below 2^-60 and ignored;
 *   <li>{@code members} is the zone's node list in the order of the zone descriptor: every node
 *       must pass the same order.
 * </ul>
 *
 * The function must stay deterministic across JVMs and versions: {@code ElectionTest} pins values.
 */
public final class Election {
  private Election() {}

  /** The coordinator of {@code requestId} in round {@code round}. */
  public static NodeId coordinator(
      Beacon beacon, RequestId requestId, int round, List<NodeId> members) {
    return members.get(index(beacon, requestId, round, members.size()));
  }

  /** The index into a member list of {@code memberCount} nodes. */
  public static int index(Beacon beacon, RequestId requestId, int round, int memberCount) {
    if (memberCount <= 0) {
      throw new IllegalArgumentException("a zone has at least one member");
    }
    if (round < 0) {
      throw new IllegalArgumentException("round must not be negative");
    }
    byte[] digest = Hashes.sha256(input(beacon, requestId, round));
    long draw = ByteBuffer.wrap(digest, 0, 8).getLong();
    return (int) Long.remainderUnsigned(draw, memberCount);
  }

  /** The bytes hashed: {@code B || len(requestId) || requestId || r} as described above. */
  static byte[] input(Beacon beacon, RequestId requestId, int round) {
    byte[] id = requestId.value().getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(32 + 4 + id.length + 4)
        .put(beacon.value().toArray())
        .putInt(id.length)
        .put(id)
        .putInt(round)
        .array();
  }
}
