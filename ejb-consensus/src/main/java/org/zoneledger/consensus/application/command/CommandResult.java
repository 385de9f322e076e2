package org.zoneledger.consensus.application.command;

import java.util.List;
import java.util.Objects;

/** Where a command stands at this node, as the API reports it (spec §4.3, §4.4, §4.6, §5). */
public sealed interface CommandResult {

  /** Applied here: 200 with the resources in the order of spec §4.2. */
  record Committed(String requestId, List<String> resources) implements CommandResult {
    public Committed {
      Objects.requireNonNull(requestId, "requestId");
      resources = List.copyOf(resources);
    }
  }

  /**
   * Failed: refused before it was recorded ({@code recorded} false: nothing was written, the
   * requestId may be used again), rejected or rolled back by the zone (recorded), or a conflict.
   */
  record Failed(String requestId, List<CommandError> errors, boolean recorded)
      implements CommandResult {
    public Failed {
      Objects.requireNonNull(requestId, "requestId");
      errors = List.copyOf(errors);
      if (errors.isEmpty()) {
        throw new IllegalArgumentException("a failure names at least one error");
      }
    }

    public static Failed refused(String requestId, CommandError error) {
      return new Failed(requestId, List.of(error), false);
    }

    /** The requestId was used with another body (spec §4.5: 409, 2701). */
    public static Failed conflict(String requestId) {
      return new Failed(
          requestId,
          List.of(
              CommandError.of(
                  org.zoneledger.protocol.error.ErrorCode.DUPLICATE_REQUEST_ID,
                  "Found duplicate request id: " + requestId + " was used with another body")),
          true);
    }

    /** The HTTP status: the first error's. */
    public int httpStatus() {
      return errors.get(0).httpStatus();
    }
  }

  /** Sequenced or on its way, not yet applied here. */
  record Pending(String requestId) implements CommandResult {}

  /** This node knows nothing of the request. */
  record Unknown(String requestId) implements CommandResult {}
}
