package org.zoneledger.protocol.zone;

import java.util.List;

/** A zone descriptor that cannot be used; {@link #problems()} lists every reason. */
public final class InvalidZoneDescriptorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public InvalidZoneDescriptorException(List<String> problems) {
    super("invalid zone descriptor: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
