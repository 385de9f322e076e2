package org.zoneledger.protocol.zone;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The zone-wide protocol parameters, each key next to its default.
 *
 * @param decideTimeout T of architecture §2 step 9: a request without DECIDE after {@code T·(r+1)}
 *     moves to round r+1
 * @param entropyBeat how often each node publishes DRME entropy to every partition
 * @param queueBound most PREPAREs waiting for one locked entity; more give a {@code Contention}
 *     ROLLBACK vote
 * @param queueMaxAge longest a PREPARE may wait in an entity's queue before a {@code Contention}
 *     ROLLBACK vote
 */
public record ProtocolParameters(
    Duration decideTimeout, Duration entropyBeat, int queueBound, Duration queueMaxAge) {
  public static final Duration DEFAULT_DECIDE_TIMEOUT = Duration.ofSeconds(3);
  public static final Duration DEFAULT_ENTROPY_BEAT = Duration.ofSeconds(1);
  public static final int DEFAULT_QUEUE_BOUND = 1000;
  public static final Duration DEFAULT_QUEUE_MAX_AGE = Duration.ofSeconds(30);

  public static final ProtocolParameters DEFAULTS =
      new ProtocolParameters(
          DEFAULT_DECIDE_TIMEOUT, DEFAULT_ENTROPY_BEAT, DEFAULT_QUEUE_BOUND, DEFAULT_QUEUE_MAX_AGE);

  /** What is wrong with these parameters; empty when they are usable. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    requirePositive("decideTimeout", decideTimeout, problems);
    requirePositive("entropyBeat", entropyBeat, problems);
    requirePositive("queueMaxAge", queueMaxAge, problems);
    if (queueBound < 1) {
      problems.add("parameters.queueBound must be at least 1, is " + queueBound);
    }
    return problems;
  }

  private static void requirePositive(String name, Duration value, List<String> problems) {
    if (value == null || value.isNegative() || value.isZero()) {
      problems.add("parameters." + name + " must be a positive duration, is " + value);
    }
  }
}
