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
import org.zoneledger.consensus.application.command.CommandService;
import org.zoneledger.consensus.config.Settings;
import org.zoneledger.protocol.auth.Iov42Headers;
import org.zoneledger.protocol.error.ErrorCode;

/**
 * {@code PUT /api/v1/requests/{requestId}} (spec §4): admitted to the {@code requests} log, then
 * answered when this node has applied its outcome — or, past {@value #WAIT_SETTING} (ms, default
 * {@value #DEFAULT_PUT_WAIT_MS}), with a 303 to the status below. {@code GET
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

  /** How long a status GET holds a pending request before the 303 to itself (5 hops: 25 s). */
  static final long POLL_HOLD_MS = 5_000;

  /** How long a refusal for an unknown signer waits for this node to catch up with the zone. */
  static final long SIGNER_CATCH_UP_MS = 2000;

  @EJB private NodeContext node;
  @EJB private CommandService commands;
  @EJB private OutcomeWaiters waiters;

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
    Admission admission = admit(requestId, body == null ? new byte[0] : body, iov42(headers));
    if (admission instanceof Admission.Refused refused) {
      response.resume(ApiResponses.of(refused.failure()));
      return;
    }
    Admission.Accepted accepted = (Admission.Accepted) admission;
    waiters.await(
        requestId,
        Optional.of(accepted.bodyDigest()),
        false,
        Duration.ofMillis(
            Long.parseLong(Settings.get(WAIT_SETTING, Long.toString(DEFAULT_PUT_WAIT_MS)))),
        result -> response.resume(ApiResponses.of(result)),
        pending -> response.resume(ApiResponses.seeOther(requestId)));
  }

  @GET
  @Path("{requestId}")
  public void status(@PathParam("requestId") String requestId, @Suspended AsyncResponse response) {
    if (!node.enabled()) {
      response.resume(off(requestId));
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

  private static jakarta.ws.rs.core.Response off(String requestId) {
    return ApiResponses.error(
        503, requestId, ErrorCode.UNAVAILABLE, "This node does not run consensus", true);
  }
}
