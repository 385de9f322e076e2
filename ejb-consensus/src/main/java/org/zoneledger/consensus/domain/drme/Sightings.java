package org.zoneledger.consensus.domain.drme;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.zoneledger.protocol.message.RequestId;

/**
 * When this node's round timer first saw each undecided request (its node clock, epoch ms), kept in
 * memory by the instance that runs the timer. A round's deadline counts from the later of the
 * request's log time and this sighting: a node that reads a request late — it was down and catches
 * up, or its consumers work off a backlog — gives the request's coordinator a whole round from
 * then, instead of taking every old request as overdue at once and re-electing coordinators whose
 * DECIDEs it simply has not read yet. Nothing depends on two nodes agreeing on a round's end: a
 * validator answers the PREPAREs of whichever round reaches it, and a DECIDE ends the request
 * everywhere. After a restart (or when another instance becomes the timer's) every open request is
 * first seen again, which delays a real re-election by at most one round.
 */
public final class Sightings {
  private final Map<RequestId, Long> firstSeen = new ConcurrentHashMap<>();
  private final boolean kept;

  private Sightings(boolean kept) {
    this.kept = kept;
  }

  /** Sightings that the timer keeps from tick to tick. */
  public static Sightings kept() {
    return new Sightings(true);
  }

  /** No sightings: deadlines count from the log time alone (tests, simulations). */
  public static Sightings logTimeOnly() {
    return new Sightings(false);
  }

  /**
   * Records {@code now} for the requests not seen before and forgets those no longer open; returns
   * the instant each open request's rounds count from.
   */
  public Map<RequestId, Long> starts(Collection<OpenRequest> open, long now) {
    if (kept) {
      Set<RequestId> ids = open.stream().map(OpenRequest::id).collect(Collectors.toSet());
      firstSeen.keySet().retainAll(ids);
      ids.forEach(id -> firstSeen.putIfAbsent(id, now));
    }
    return open.stream().collect(Collectors.toMap(OpenRequest::id, this::start, Math::max));
  }

  /** The instant the request's rounds count from, as far as it has been seen; nothing recorded. */
  public long start(OpenRequest request) {
    return Math.max(request.logTime(), firstSeen.getOrDefault(request.id(), request.logTime()));
  }
}
