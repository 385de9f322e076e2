package org.zoneledger.web.v1;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.zoneledger.consensus.application.query.LedgerQueries;

/**
 * {@code GET /api/v1/proofs/{requestId}} (spec §7, signed): the iov42 view of the proof that
 * decided the request at this node. The native proof is at {@code /api/admin/zone/proofs/{id}}.
 */
@Path("v1/proofs/{requestId}")
@SignedRead
public class ProofsResource {
  @EJB private LedgerQueries queries;

  @GET
  public Response proof(
      @PathParam("requestId") String requestId, @QueryParam("requestId") String readId) {
    return ReadResponses.answer(readId, () -> queries.proof(requestId));
  }
}
