package org.zoneledger.consensus.domain.ledger;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.zoneledger.protocol.message.CanonicalWriter;

/**
 * The canonical encoding of ledger states, on {@link CanonicalWriter}: a version byte, a state tag,
 * then the fields in declaration order; sets sorted, absent values as an empty optional.
 */
final class StateEncoding {
  /** Bumped whenever any state's layout changes. */
  static final int VERSION = 1;

  static final int IDENTITY = 1;
  static final int ASSET_TYPE = 2;
  static final int ASSET = 3;
  static final int CLAIM = 4;

  private StateEncoding() {}

  static CanonicalWriter start(int tag) {
    return new CanonicalWriter().u8(VERSION).u8(tag);
  }

  static void sortedSet(CanonicalWriter out, Set<String> values) {
    out.list(List.copyOf(new TreeSet<>(values)), CanonicalWriter::string);
  }

  static void nullable(CanonicalWriter out, String value) {
    out.optional(Optional.ofNullable(value), CanonicalWriter::string);
  }
}
