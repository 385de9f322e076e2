package org.zoneledger.protocol.drme;

import java.util.Objects;
import org.zoneledger.protocol.crypto.Hashes;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.Entropy;

/**
 * The DRME beacon of one {@code requests} partition at one offset: {@code B = SHA-256(B_prev ||
 * entropy)}, folded over the partition's entropy messages in log order, starting from {@link
 * #GENESIS} (32 zero bytes) at the beginning of the partition.
 *
 * <p>{@code entropy} is the message's 32 random bytes only, not its signature: the caller folds
 * only entropy messages whose signature it verified against the key of a zone member, so a
 * non-member cannot steer the beacon, and every node folds exactly the same bytes. A request at
 * offset {@code o} uses the beacon after every entropy message at offsets below {@code o}.
 */
public record Beacon(Bytes value) {
  public static final Beacon GENESIS = new Beacon(Bytes.of(new byte[32]));

  public Beacon {
    Objects.requireNonNull(value, "value");
    if (value.length() != 32) {
      throw new IllegalArgumentException("a beacon is 32 bytes, got " + value.length());
    }
  }

  /** The beacon after one more entropy message. */
  public Beacon next(Entropy entropy) {
    return next(entropy.random());
  }

  /** The beacon after folding in 32 random bytes. */
  public Beacon next(Bytes random) {
    if (random.length() != Entropy.RANDOM_LENGTH) {
      throw new IllegalArgumentException("entropy must be 32 bytes, got " + random.length());
    }
    return new Beacon(Bytes.of(Hashes.sha256(value.toArray(), random.toArray())));
  }

  /** Folds {@code entropies} (in log order) into this beacon. */
  public Beacon fold(Iterable<Entropy> entropies) {
    Beacon beacon = this;
    for (Entropy entropy : entropies) {
      beacon = beacon.next(entropy);
    }
    return beacon;
  }
}
