package org.zoneledger.web.v1;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/v1/healthchecks} (spec §8.2), unauthenticated: always 200 with the flags of
 * {@link HealthChecks} — a {@code false} flag, not the status, is how a client sees an unhealthy
 * node (the Java SDK treats any status ≥ 400 as an error, the TypeScript one any but 200).
 */
@Path("v1/healthchecks")
public class HealthchecksResource {

  @EJB private HealthChecks checks;

  @GET
  public Response get() {
    return Response.ok(checks.report().json(), MediaType.APPLICATION_JSON_TYPE).build();
  }
}
