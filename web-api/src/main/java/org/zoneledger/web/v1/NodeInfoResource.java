package org.zoneledger.web.v1;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.zoneledger.consensus.application.NodeContext;
import org.zoneledger.consensus.infrastructure.node.NodeSetup;
import org.zoneledger.protocol.error.ErrorCode;

/**
 * {@code GET /api/v1/node-info} (spec §8.1), unauthenticated: which node this is and the key its
 * votes are sealed with, the one the zone descriptor lists for it (checked against the private key
 * when the node loaded). 503 when this instance runs no consensus: it is then no node.
 */
@Path("v1/node-info")
public class NodeInfoResource {

  @EJB private NodeContext node;

  @GET
  public Response get() {
    if (!node.enabled()) {
      return ApiResponses.error(
          503, null, ErrorCode.UNAVAILABLE, "This node does not run consensus", true);
    }
    NodeSetup setup = node.setup();
    NodeInfo info =
        new NodeInfo(
            setup.self(),
            setup
                .membership()
                .keyOf(setup.self())
                .orElseThrow(() -> new IllegalStateException("a loaded node is a zone member")));
    return Response.ok(info.json(), MediaType.APPLICATION_JSON_TYPE).build();
  }
}
