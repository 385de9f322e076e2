package org.zoneledger.consensus.domain.ledger;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/** Immutable sorted sets for state records. */
final class Sets {
  private Sets() {}

  static SortedSet<String> sorted(Collection<String> values) {
    return Collections.unmodifiableSortedSet(new TreeSet<>(values));
  }

  static SortedSet<String> with(Collection<String> values, Collection<String> added) {
    TreeSet<String> copy = new TreeSet<>(values);
    copy.addAll(added);
    return Collections.unmodifiableSortedSet(copy);
  }
}
