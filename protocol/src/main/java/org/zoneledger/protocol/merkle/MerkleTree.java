package org.zoneledger.protocol.merkle;

import java.util.ArrayList;
import java.util.List;
import org.zoneledger.protocol.crypto.Hashes;

/**
 * A Merkle tree over a non-empty list of items. Hashing follows RFC 6962 domain separation: a leaf
 * is {@code SHA-256(0x00 || item)}, an inner node {@code SHA-256(0x01 || left || right)}, so a leaf
 * can never be passed off as an inner node. A level with an odd number of nodes promotes its last
 * node unchanged to the next level (no duplication, which would let two different lists share a
 * root).
 */
public final class MerkleTree {
  private static final byte[] LEAF = {0};
  private static final byte[] INNER = {1};

  private final List<byte[][]> levels;

  private MerkleTree(List<byte[][]> levels) {
    this.levels = levels;
  }

  /** Builds the tree over {@code items} (each item is the bytes to authenticate, e.g. a vote). */
  public static MerkleTree of(List<byte[]> items) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("a Merkle tree needs at least one item");
    }
    List<byte[][]> levels = new ArrayList<>();
    byte[][] level = items.stream().map(MerkleTree::leafHash).toArray(byte[][]::new);
    levels.add(level);
    while (level.length > 1) {
      byte[][] next = new byte[(level.length + 1) / 2][];
      for (int i = 0; i < next.length; i++) {
        int left = 2 * i;
        next[i] = left + 1 < level.length ? innerHash(level[left], level[left + 1]) : level[left];
      }
      levels.add(next);
      level = next;
    }
    return new MerkleTree(levels);
  }

  public int size() {
    return levels.get(0).length;
  }

  public byte[] root() {
    return levels.get(levels.size() - 1)[0].clone();
  }

  /** The inclusion path of item {@code index}, from the leaf's sibling up to the root's child. */
  public MerklePath path(int index) {
    if (index < 0 || index >= size()) {
      throw new IndexOutOfBoundsException("item " + index + " of " + size());
    }
    List<MerklePath.Step> steps = new ArrayList<>();
    int position = index;
    for (int depth = 0; depth < levels.size() - 1; depth++) {
      byte[][] level = levels.get(depth);
      int sibling = position ^ 1;
      if (sibling < level.length) {
        boolean siblingOnLeft = sibling < position;
        steps.add(new MerklePath.Step(siblingOnLeft, level[sibling]));
      }
      position /= 2;
    }
    return new MerklePath(steps);
  }

  static byte[] leafHash(byte[] item) {
    return Hashes.sha256(LEAF, item);
  }

  static byte[] innerHash(byte[] left, byte[] right) {
    return Hashes.sha256(INNER, left, right);
  }
}
