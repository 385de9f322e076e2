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

/**
 * The asset-type and asset reads of spec §6.2 rows 7–15 (signed GETs), including the claims list
 * with a trailing slash that the Java SDK signs (row 8).
 */
@Path("v1/asset-types/{assetTypeId}")
@SignedRead
public class AssetTypesResource {
  @EJB private LedgerQueries queries;
  @Context private HttpServletRequest servlet;

  @PathParam("assetTypeId")
  private String assetTypeId;

  @QueryParam("requestId")
  private String readId;

  @GET
  public Response assetType() {
    return ReadResponses.answer(readId, () -> queries.assetType(reader(), assetTypeId));
  }

  @GET
  @Path("{claims: claims/?}")
  public Response typeClaims(@QueryParam("limit") String limit, @QueryParam("next") String next) {
    return claims(EntityRef.assetType(assetTypeId), limit, next);
  }

  @GET
  @Path("claims/{hash}")
  public Response typeClaim(@PathParam("hash") String hash) {
    return ReadResponses.answer(
        readId, () -> queries.claim(reader(), EntityRef.assetType(assetTypeId), hash));
  }

  @GET
  @Path("claims/{hash}/endorsements/{endorserId}")
  public Response typeEndorsement(
      @PathParam("hash") String hash, @PathParam("endorserId") String endorserId) {
    return ReadResponses.answer(
        readId,
        () -> queries.endorsement(reader(), EntityRef.assetType(assetTypeId), hash, endorserId));
  }

  @GET
  @Path("assets/{assetId}")
  public Response asset(@PathParam("assetId") String assetId) {
    return ReadResponses.answer(readId, () -> queries.asset(reader(), assetTypeId, assetId));
  }

  @GET
  @Path("assets/{assetId}/{claims: claims/?}")
  public Response assetClaims(
      @PathParam("assetId") String assetId,
      @QueryParam("limit") String limit,
      @QueryParam("next") String next) {
    return claims(EntityRef.asset(assetTypeId, assetId), limit, next);
  }

  @GET
  @Path("assets/{assetId}/claims/{hash}")
  public Response assetClaim(@PathParam("assetId") String assetId, @PathParam("hash") String hash) {
    return ReadResponses.answer(
        readId, () -> queries.claim(reader(), EntityRef.asset(assetTypeId, assetId), hash));
  }

  @GET
  @Path("assets/{assetId}/claims/{hash}/endorsements/{endorserId}")
  public Response assetEndorsement(
      @PathParam("assetId") String assetId,
      @PathParam("hash") String hash,
      @PathParam("endorserId") String endorserId) {
    return ReadResponses.answer(
        readId,
        () ->
            queries.endorsement(reader(), EntityRef.asset(assetTypeId, assetId), hash, endorserId));
  }

  @GET
  @Path("assets/{assetId}/transactions")
  public Response transactions(
      @PathParam("assetId") String assetId,
      @QueryParam("limit") String limit,
      @QueryParam("next") String next) {
    return ReadResponses.answer(
        readId,
        () ->
            queries.transactions(
                reader(),
                assetTypeId,
                assetId,
                ReadResponses.limit(limit),
                ReadResponses.next(next)));
  }

  private Response claims(EntityRef subject, String limit, String next) {
    return ReadResponses.answer(
        readId,
        () ->
            queries.claims(
                reader(), subject, ReadResponses.limit(limit), ReadResponses.next(next)));
  }

  private String reader() {
    return Readers.of(servlet);
  }
}
