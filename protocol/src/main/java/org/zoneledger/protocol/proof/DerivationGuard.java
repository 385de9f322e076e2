package org.zoneledger.protocol.proof;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs recursive derivations (a key needs the creator's key, a delegation needs both parties' keys,
 * …) with memoisation, a refusal instead of a loop when a derivation needs itself, and a bound on
 * the nesting so that a hostile mesh cannot exhaust the stack.
 *
 * <p>Every derivation depends on <em>all</em> of its inputs (a proof verifies only if every
 * signature does) and has one candidate proof, so a goal found on a cycle can never be derived and
 * its refusal may be remembered. A refusal for depth depends on where the walk started, so it
 * unwinds to the outermost derivation, which alone is refused and remembered.
 */
final class DerivationGuard {
  private final int maxDepth;
  private final List<String> inProgress = new ArrayList<>();

  DerivationGuard(int maxDepth) {
    if (maxDepth < 1) {
      throw new IllegalArgumentException("maxDepth must be at least 1");
    }
    this.maxDepth = maxDepth;
  }

  /**
   * The remembered result for {@code key}, or the result of {@code derivation}, remembered.
   *
   * @param goal what is derived, in words, unique per key ("the key of alice")
   */
  <K, T> T derive(
      String goal, Map<K, T> memo, K key, Supplier<T> derivation, Function<String, T> refusal) {
    T known = memo.get(key);
    if (known != null) {
      return known;
    }
    int at = inProgress.indexOf(goal);
    if (at >= 0) {
      List<String> cycle = new ArrayList<>(inProgress.subList(at, inProgress.size()));
      cycle.add(goal);
      return refusal.apply("it depends on itself: " + String.join(" needs ", cycle));
    }
    if (inProgress.size() >= maxDepth) {
      throw new TooDeep();
    }
    boolean outermost = inProgress.isEmpty();
    inProgress.add(goal);
    T result;
    try {
      result = derivation.get();
    } catch (TooDeep e) {
      if (!outermost) {
        throw e;
      }
      result =
          refusal.apply(
              "it needs identity creations and delegations nested more than "
                  + maxDepth
                  + " levels deep");
    } finally {
      inProgress.remove(inProgress.size() - 1);
    }
    memo.put(key, result);
    return result;
  }

  private static final class TooDeep extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooDeep() {
      super(null, null, false, false);
    }
  }
}
