package org.zoneledger.web.admin;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code GET /api/admin/health} and {@code GET /api/admin/echo/{topic}}. */
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

  @EJB private NodeHealth health;

  @GET
  @Path("health")
  public Response health() {
    NodeHealth.Report report = health.check();
    return Response.status(report.healthy() ? 200 : 503).entity(report).build();
  }

  @GET
  @Path("echo/{topic}")
  public NodeHealth.EchoStats echo(@PathParam("topic") String topic) {
    return health.echoStats(topic);
  }
}
