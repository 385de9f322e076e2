package org.zoneledger.consensus.domain.drme;

import java.util.Objects;
import org.zoneledger.protocol.message.Decide;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.Prepare;

/** A record of the {@code entity-log} topic, keyed by {@link #entity()}: a PREPARE or a DECIDE. */
public sealed interface EntityLogRecord {

  EntityKey entity();

  /** Phase 4: the coordinator asks validators to check and reserve one entity. */
  record OfPrepare(Prepare prepare) implements EntityLogRecord {
    public OfPrepare {
      Objects.requireNonNull(prepare, "prepare");
    }

    @Override
    public EntityKey entity() {
      return prepare.entity();
    }
  }

  /** Phase 6: the coordinator's proof for one entity. */
  record OfDecide(Decide decide) implements EntityLogRecord {
    public OfDecide {
      Objects.requireNonNull(decide, "decide");
    }

    @Override
    public EntityKey entity() {
      return decide.entity();
    }
  }
}
