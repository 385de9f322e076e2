package org.zoneledger.web.admin;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.zoneledger.consensus.application.ZoneQueries;

/**
 * {@code GET /api/admin/zone/requests/{requestId}} (status, round, coordinator, proof hash; 404 if
 * this node has not sequenced it), {@code GET /api/admin/zone/digest} (the node's state digest) and
 * {@code GET /api/admin/zone/assets/{assetTypeId}/{assetId}} (owner and balance in minor units of
 * the committed asset; 404 if this node holds none), {@code GET /api/admin/zone/proofs/{requestId}}
 * (the native proof bytes) and {@code GET /api/admin/zone/elections?limit=N}. 503 when consensus is
 * off on this node.
 */
@Path("admin/zone")
@Produces(MediaType.APPLICATION_JSON)
public class ZoneResource {

  @EJB private ZoneQueries zone;

  @GET
  @Path("requests/{requestId}")
  public Response request(@PathParam("requestId") String requestId) {
    if (!zone.enabled()) {
      return off();
    }
    return zone.request(requestId)
        .map(view -> Response.ok(view).build())
        .orElseGet(() -> Response.status(404).entity(Map.of("requestId", requestId)).build());
  }

  @GET
  @Path("digest")
  public Response digest() {
    if (!zone.enabled()) {
      return off();
    }
    return Response.ok(Map.of("digest", zone.digest())).build();
  }

  @GET
  @Path("assets/{assetTypeId}/{assetId}")
  public Response asset(
      @PathParam("assetTypeId") String assetTypeId, @PathParam("assetId") String assetId) {
    if (!zone.enabled()) {
      return off();
    }
    return zone.asset(assetTypeId, assetId)
        .map(view -> Response.ok(view).build())
        .orElseGet(
            () ->
                Response.status(404)
                    .entity(Map.of("assetTypeId", assetTypeId, "assetId", assetId))
                    .build());
  }

  /** The native proof that decided the request here ({@code application/octet-stream}). */
  @GET
  @Path("proofs/{requestId}")
  @Produces(MediaType.APPLICATION_OCTET_STREAM)
  public Response proof(@PathParam("requestId") String requestId) {
    if (!zone.enabled()) {
      return off();
    }
    return zone.proof(requestId)
        .map(bytes -> Response.ok(bytes, MediaType.APPLICATION_OCTET_STREAM_TYPE).build())
        .orElseGet(
            () ->
                Response.status(404)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("requestId", requestId))
                    .build());
  }

  /** The latest requests this node sequenced, newest first: where, which round, whom elected. */
  @GET
  @Path("elections")
  public Response elections(@QueryParam("limit") @DefaultValue("10") int limit) {
    if (!zone.enabled()) {
      return off();
    }
    return Response.ok(zone.elections(limit)).build();
  }

  private static Response off() {
    return Response.status(503).entity(Map.of("error", "consensus is off on this node")).build();
  }
}
