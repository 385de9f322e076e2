package org.zoneledger.web.v1;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.zoneledger.consensus.application.query.LedgerQueries;
import org.zoneledger.protocol.request.EntityRef;

/** The identity reads of spec §6.2 rows 1–6 (signed GETs). */
@Path("v1/identities/{identityId}")
@SignedRead
public class IdentitiesResource {
  @EJB private LedgerQueries queries;
  @Context private HttpServletRequest servlet;

  @PathParam("identityId")
  private String identityId;

  @QueryParam("requestId")
  private String readId;

  @GET
  public Response identity() {
    return ReadResponses.answer(readId, () -> queries.identity(reader(), identityId));
  }

  @GET
  @Path("public-key")
  public Response publicKey() {
    return ReadResponses.answer(readId, () -> queries.publicKey(reader(), identityId));
  }

  @GET
  @Path("delegates")
  public Response delegates() {
    return ReadResponses.answer(readId, () -> queries.delegates(reader(), identityId));
  }

  @GET
  @Path("{claims: claims/?}")
  public Response claims(@QueryParam("limit") String limit, @QueryParam("next") String next) {
    return ReadResponses.answer(
        readId,
        () ->
            queries.claims(
                reader(),
                EntityRef.identity(identityId),
                ReadResponses.limit(limit),
                ReadResponses.next(next)));
  }

  @GET
  @Path("claims/{hash}")
  public Response claim(@PathParam("hash") String hash) {
    return ReadResponses.answer(
        readId, () -> queries.claim(reader(), EntityRef.identity(identityId), hash));
  }

  @GET
  @Path("claims/{hash}/endorsements/{endorserId}")
  public Response endorsement(
      @PathParam("hash") String hash, @PathParam("endorserId") String endorserId) {
    return ReadResponses.answer(
        readId,
        () -> queries.endorsement(reader(), EntityRef.identity(identityId), hash, endorserId));
  }

  private String reader() {
    return Readers.of(servlet);
  }
}
