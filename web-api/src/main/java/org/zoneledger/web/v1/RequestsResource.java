package org.zoneledger.web.v1;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Duration;
import java.util.Optional;
import org.zoneledger.consensus.application.NodeContext;
import org.zoneledger.consensus.application.command.Admission;
import org.zoneledger.consensus.application.command.CommandResult;
import org.zoneledger.consensus.application.command.CommandService;
import org.zoneledger.consensus.config.Settings;
import org.zoneledger.protocol.auth.Iov42Headers;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.message.Bytes;

/**
 * {@code PUT /api/v1/requests/{requestId}} (spec §4): admitted to the {@code requests} log, then
 * answered when this node has applied its outcome — or, past {@value #WAIT_SETTING} (ms, default
 * {@value #DEFAULT_PUT_WAIT_MS}), with a 303 to the status below. A PUT first takes a place in
 * consensus at the {@link CommandDoor}, waiting at most {@value #DOOR_WAIT_SETTING} (ms, default
 * {@value #DEFAULT_DOOR_WAIT_MS}); the time it waited there counts against the PUT's wait, and one
 * that gets no place is answered 503 with nothing recorded. {@code GET
 * /api/v1/requests/{requestId}} (spec §5): the result, 404 if unknown here, else a 303 to itself
 * after holding the connection up to {@value #POLL_HOLD_MS} ms.
 */
@Path("v1/requests")
public class RequestsResource {

  static final String WAIT_SETTING = "zoneledger.api.put-wait-ms";

  /**
   * The PUT's default wait: most requests are answered in one exchange. A client following 303s
   * gets few hops (the JDK HttpClient gives up after 5) within its budget (Java SDK: 40 s).
   */
  static final long DEFAULT_PUT_WAIT_MS = 30_000;

  static final String DOOR_WAIT_SETTING = "zoneledger.api.door-wait-ms";

  /**
   * The longest a PUT waits at the {@link CommandDoor} for a place in consensus: short enough that
   * one admitted at its end still finishes within a client's budget (Java SDK 40 s, the bench 30 s)
   * when the zone is past capacity, long enough for a burst on one hot account to drain.
   */
  static final long DEFAULT_DOOR_WAIT_MS = 20_000;

  /** How long a status GET holds a pending request before the 303 to itself (5 hops: 25 s). */
  static final long POLL_HOLD_MS = 5_000;

  /** The longest a request answered with a 303 keeps its place at the {@link CommandDoor}. */
  static final Duration HOLD_CAP = Duration.ofSeconds(60);

  /** How long a refusal for an unknown signer waits for this node to catch up with the zone. */
  static final long SIGNER_CATCH_UP_MS = 2000;

  @EJB private NodeContext node;
  @EJB private CommandService commands;
  @EJB private OutcomeWaiters waiters;
  @EJB private CommandDoor door;

  @PUT
  @Path("{requestId}")
  public void put(
      @PathParam("requestId") String requestId,
      byte[] body,
      @Context HttpHeaders headers,
      @Suspended AsyncResponse response) {
    if (!node.enabled()) {
      response.resume(off(requestId));
      return;
    }
    byte[] bytes = body == null ? new byte[0] : body;
    Iov42Headers iov42 = iov42(headers);
    long budget = millisSetting(WAIT_SETTING, DEFAULT_PUT_WAIT_MS).toNanos();
    long doorBudget =
        Math.min(budget, millisSetting(DOOR_WAIT_SETTING, DEFAULT_DOOR_WAIT_MS).toNanos());
    door.gate()
        .enter(
            doorBudget,
            permit -> {
              try {
                admitAndAwait(
                    requestId, bytes, iov42, budget - permit.waitedNanos(), permit, response);
              } catch (RuntimeException e) {
                permit.release();
                response.resume(e);
              }
            },
            () -> response.resume(overloaded(requestId)));
  }

  /**
   * Admits the PUT holding {@code permit} and answers once this node has applied its outcome, or
   * with a 303 when {@code waitNanos} run out; the permit goes back with the answer.
   */
  private void admitAndAwait(
      String requestId,
      byte[] body,
      Iov42Headers headers,
      long waitNanos,
      AdmissionGate.Permit permit,
      AsyncResponse response) {
    Admission admission = admit(requestId, body, headers);
    if (admission instanceof Admission.Refused refused) {
      permit.release();
      response.resume(ApiResponses.of(refused.failure()));
      return;
    }
    Admission.Accepted accepted = (Admission.Accepted) admission;
    if (!accepted.appended()) {
      // a status poll (the same body again) takes no place in consensus
      permit.release();
    }
    waiters.await(
        requestId,
        Optional.of(accepted.bodyDigest()),
        false,
        Duration.ofNanos(Math.max(0, waitNanos)),
        result -> {
          permit.release();
          response.resume(ApiResponses.of(result));
        },
        pending -> {
          response.resume(ApiResponses.seeOther(requestId));
          holdUntilDecided(requestId, accepted.bodyDigest(), permit);
        });
  }

  /**
   * A request still in consensus after the PUT's wait keeps its place until this node has its
   * outcome (at most {@link #HOLD_CAP}): releasing it with the 303 would let the door admit more
   * work than the zone finishes, exactly when it is behind.
   */
  private void holdUntilDecided(String requestId, Bytes digest, AdmissionGate.Permit permit) {
    waiters.await(
        requestId,
        Optional.of(digest),
        false,
        HOLD_CAP,
        r -> permit.release(),
        p -> permit.release());
  }

  /** A wait configured in milliseconds under {@code key}. */
  private static Duration millisSetting(String key, long defaultMillis) {
    return Duration.ofMillis(Long.parseLong(Settings.get(key, Long.toString(defaultMillis))));
  }

  @GET
  @Path("{requestId}")
  public void status(@PathParam("requestId") String requestId, @Suspended AsyncResponse response) {
    if (!node.enabled()) {
      response.resume(off(requestId));
      return;
    }
    // A result already final is answered here, on the request thread: resuming from a checker
    // thread at once, while this method may not have returned yet, once lost the response's status
    // (a 404's body went out with a 200).
    Optional<CommandResult> now = waiters.finalNow(requestId, Optional.empty(), true);
    if (now.isPresent()) {
      response.resume(ApiResponses.of(now.get()));
      return;
    }
    waiters.await(
        requestId,
        Optional.empty(),
        true,
        Duration.ofMillis(POLL_HOLD_MS),
        result -> response.resume(ApiResponses.of(result)),
        pending -> response.resume(ApiResponses.seeOther(requestId)));
  }

  /** Admits the PUT; a refusal for a signer this node has not applied yet is retried a while. */
  private Admission admit(String requestId, byte[] body, Iov42Headers headers) {
    long deadline = System.nanoTime() + Duration.ofMillis(SIGNER_CATCH_UP_MS).toNanos();
    while (true) {
      Admission admission = commands.admit(requestId, body, headers);
      if (!(admission instanceof Admission.Refused refused)
          || !refused.signerUnknownHere()
          || System.nanoTime() - deadline >= 0) {
        return admission;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return admission;
      }
    }
  }

  private static Iov42Headers iov42(HttpHeaders headers) {
    return new Iov42Headers(
        headers.getHeaderString(Iov42Headers.AUTHORISATIONS),
        headers.getHeaderString(Iov42Headers.AUTHENTICATION),
        headers.getHeaderString(Iov42Headers.CLAIMS));
  }

  private static jakarta.ws.rs.core.Response overloaded(String requestId) {
    return ApiResponses.error(
        503,
        requestId,
        ErrorCode.UNAVAILABLE,
        "This node has too many requests in consensus to take request "
            + requestId
            + " within its wait; nothing was recorded, send it again later",
        true);
  }

  private static jakarta.ws.rs.core.Response off(String requestId) {
    return ApiResponses.error(
        503, requestId, ErrorCode.UNAVAILABLE, "This node does not run consensus", true);
  }
}
