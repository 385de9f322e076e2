package org.zoneledger.protocol.merkle;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The siblings on the way from one leaf to the root. {@link #rootFor} recomputes the root an item
 * implies; the item is authentic when that root is the one that was signed.
 */
public record MerklePath(List<Step> steps) {
  /** Longest path accepted: a tree of 2^32 items is deeper than any batch. */
  public static final int MAX_DEPTH = 32;

  public MerklePath {
    steps = List.copyOf(steps);
    if (steps.size() > MAX_DEPTH) {
      throw new IllegalArgumentException("Merkle path deeper than " + MAX_DEPTH);
    }
  }

  /** The root of the tree that holds {@code item} at the position this path describes. */
  public byte[] rootFor(byte[] item) {
    byte[] hash = MerkleTree.leafHash(item);
    for (Step step : steps) {
      hash =
          step.siblingOnLeft()
              ? MerkleTree.innerHash(step.sibling, hash)
              : MerkleTree.innerHash(hash, step.sibling);
    }
    return hash;
  }

  /** One sibling hash (32 bytes) and on which side of the running hash it goes. */
  public record Step(boolean siblingOnLeft, byte[] sibling) {
    public Step {
      if (sibling.length != 32) {
        throw new IllegalArgumentException("a sibling is a 32-byte hash, got " + sibling.length);
      }
      sibling = sibling.clone();
    }

    @Override
    public byte[] sibling() {
      return sibling.clone();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Step step
          && siblingOnLeft == step.siblingOnLeft
          && Arrays.equals(sibling, step.sibling);
    }

    @Override
    public int hashCode() {
      return 31 * Boolean.hashCode(siblingOnLeft) + Arrays.hashCode(sibling);
    }

    @Override
    public String toString() {
      return (siblingOnLeft ? "L:" : "R:") + HexFormat.of().formatHex(sibling, 0, 8);
    }
  }
}
