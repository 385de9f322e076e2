package org.zoneledger.consensus.application.command;

import java.util.Objects;
import org.zoneledger.protocol.message.Bytes;

/** What became of a PUT at the door (architecture §2 phase 1). */
public sealed interface Admission {

  /**
   * Refused before anything was written. {@code signerUnknownHere}: the only problem is a signer or
   * delegation this node has not applied (yet) — it may be lagging the zone, so the caller may ask
   * again shortly before answering.
   */
  record Refused(CommandResult.Failed failure, boolean signerUnknownHere) implements Admission {
    public Refused {
      Objects.requireNonNull(failure, "failure");
    }
  }

  /**
   * On the {@code requests} log: appended now, or ({@code appended} false) already sequenced here
   * with the same body, which makes this PUT a status poll (spec §4.4 item 4).
   */
  record Accepted(String requestId, Bytes bodyDigest, boolean appended) implements Admission {
    public Accepted {
      Objects.requireNonNull(requestId, "requestId");
      Objects.requireNonNull(bodyDigest, "bodyDigest");
    }
  }
}
