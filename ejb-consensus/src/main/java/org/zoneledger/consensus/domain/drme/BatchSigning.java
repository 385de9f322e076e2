package org.zoneledger.consensus.domain.drme;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.zoneledger.protocol.message.NodeSignature;

/**
 * Signs the messages one handler call produced: in {@link DrmeNode.SigningMode#BATCH} with one
 * signature over the Merkle root of all of them (each message then carries its path), otherwise one
 * signature each. A single message is always signed directly.
 */
final class BatchSigning {
  private BatchSigning() {}

  static <T> List<T> sign(
      DrmeNode node,
      List<T> unsigned,
      Function<T, byte[]> signingBytes,
      BiFunction<T, NodeSignature, T> withSignature) {
    if (unsigned.isEmpty()) {
      return List.of();
    }
    List<byte[]> items = unsigned.stream().map(signingBytes).toList();
    List<NodeSignature> signatures =
        node.signing() == DrmeNode.SigningMode.BATCH && items.size() > 1
            ? node.crypto().signBatch(items)
            : items.stream().map(node.crypto()::sign).toList();
    List<T> signed = new ArrayList<>(unsigned.size());
    for (int i = 0; i < unsigned.size(); i++) {
      signed.add(withSignature.apply(unsigned.get(i), signatures.get(i)));
    }
    return signed;
  }
}
