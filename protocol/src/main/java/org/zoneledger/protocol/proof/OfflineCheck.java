package org.zoneledger.protocol.proof;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.Proof;

/**
 * The result of {@link OfflineProofCheck}: the proof (absent when the store does not hold it), its
 * own verification, and the history of each entity it names, walked to the entity's creation (only
 * when the proof itself is valid).
 */
public record OfflineCheck(
    Optional<Proof> proof,
    ProofVerification proofVerification,
    Map<EntityKey, EntityHistory> histories) {
  public OfflineCheck {
    histories = Collections.unmodifiableMap(new LinkedHashMap<>(histories));
  }

  public boolean valid() {
    return problems().isEmpty();
  }

  /** Every problem: the proof's, then each history's prefixed with its entity. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>(proofVerification.problems());
    histories.forEach(
        (entity, history) ->
            history
                .verification()
                .problems()
                .forEach(problem -> problems.add("history of " + entity + ": " + problem)));
    return List.copyOf(problems);
  }
}
