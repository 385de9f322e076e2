package org.zoneledger.consensus.domain.drme;

import java.time.Duration;

/**
 * Round time-outs (architecture §2 step 9): round {@code r} lasts {@code T·min(r+1, capFactor)}, so
 * back-off grows linearly and then stays at {@code T·capFactor}. Deadlines count from the request's
 * log timestamp, so they do not depend on when a node happened to read it.
 */
public record RoundSchedule(Duration decideTimeout, int capFactor) {
  public static final int DEFAULT_CAP_FACTOR = 4;

  public RoundSchedule {
    if (decideTimeout.isZero() || decideTimeout.isNegative() || capFactor < 1) {
      throw new IllegalArgumentException("a positive time-out and a cap of at least 1 are needed");
    }
  }

  public long length(int round) {
    return decideTimeout.toMillis() * Math.min(round + 1L, capFactor);
  }

  /** The instant (epoch ms) round {@code round} ends for a request sequenced at {@code start}. */
  public long deadline(long start, int round) {
    long end = start;
    for (int r = 0; r <= round; r++) {
      end += length(r);
    }
    return end;
  }

  /**
   * The round a request sequenced at {@code start} is in at {@code now}, never below {@code from}.
   */
  public int roundAt(long start, long now, int from) {
    int round = from;
    while (now >= deadline(start, round)) {
      round++;
    }
    return round;
  }
}
