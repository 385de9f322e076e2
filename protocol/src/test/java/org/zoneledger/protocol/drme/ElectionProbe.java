package org.zoneledger.protocol.drme;

import java.util.ArrayList;
import java.util.List;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.message.RequestId;

/**
 * Run in a fresh JVM by {@link ElectionTest}: prints the coordinators for a fixed beacon, 50
 * requestIds, rounds 0–2 and 5 members, one line.
 */
public final class ElectionProbe {
  private ElectionProbe() {}

  public static void main(String[] args) {
    System.out.println(probe(Beacon.GENESIS.next(Bytes.fromHex(args[0]))));
  }

  static String probe(Beacon beacon) {
    List<NodeId> members = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      members.add(new NodeId("node" + i));
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      for (int round = 0; round < 3; round++) {
        out.append(Election.index(beacon, new RequestId("req-" + i), round, members.size()));
      }
    }
    return out.toString();
  }
}
