package org.zoneledger.protocol.proof;

import java.util.List;

/** The result of verifying a proof or a history: valid when there is no problem. */
public record ProofVerification(List<String> problems) {
  public ProofVerification {
    problems = List.copyOf(problems);
  }

  public boolean valid() {
    return problems.isEmpty();
  }
}
