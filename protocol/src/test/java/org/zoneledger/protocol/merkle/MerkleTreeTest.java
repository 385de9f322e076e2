package org.zoneledger.protocol.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zoneledger.protocol.crypto.Hashes;

class MerkleTreeTest {
  @Test
  void everyItemsPathLeadsToTheRootForTreesOfOneToSeventeenItems() {
    for (int size = 1; size <= 17; size++) {
      List<byte[]> items = items(size);
      MerkleTree tree = MerkleTree.of(items);
      for (int i = 0; i < size; i++) {
        assertThat(tree.path(i).rootFor(items.get(i)))
            .as("item %d of %d", i, size)
            .isEqualTo(tree.root());
      }
    }
  }

  @Test
  void aPathDoesNotProveAnotherItem() {
    List<byte[]> items = items(5);
    MerkleTree tree = MerkleTree.of(items);
    assertThat(tree.path(2).rootFor(items.get(3))).isNotEqualTo(tree.root());
    assertThat(tree.path(2).rootFor("forged".getBytes())).isNotEqualTo(tree.root());
  }

  @Test
  void aSingleItemTreeHasAnEmptyPathAndTheLeafHashAsRoot() {
    MerkleTree tree = MerkleTree.of(List.of(new byte[] {42}));
    assertThat(tree.path(0).steps()).isEmpty();
    assertThat(tree.root()).isEqualTo(Hashes.sha256(new byte[] {0}, new byte[] {42}));
  }

  @Test
  void twoItemsHashAsAnInnerNodeWithDomainSeparation() {
    byte[] a = {1};
    byte[] b = {2};
    byte[] expected =
        Hashes.sha256(
            new byte[] {1}, Hashes.sha256(new byte[] {0}, a), Hashes.sha256(new byte[] {0}, b));
    assertThat(MerkleTree.of(List.of(a, b)).root()).isEqualTo(expected);
  }

  @Test
  void anOddLastNodeIsPromotedNotDuplicated() {
    List<byte[]> three = items(3);
    List<byte[]> four = new ArrayList<>(three);
    four.add(three.get(2));
    assertThat(MerkleTree.of(three).root()).isNotEqualTo(MerkleTree.of(four).root());
  }

  @Test
  void anEmptyTreeAndAnIndexOutsideAreRejected() {
    assertThatThrownBy(() -> MerkleTree.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MerkleTree.of(items(2)).path(2))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  private static List<byte[]> items(int count) {
    List<byte[]> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      items.add(("item-" + i).getBytes());
    }
    return items;
  }
}
