package org.zoneledger.web.admin;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.zoneledger.consensus.diagnostics.BenchCounter;

/**
 * {@code GET /api/admin/bench}: what the benchmark consumers of this instance received, for {@code
 * scripts/bench-adapter}; {@code DELETE /api/admin/bench} starts both counts afresh. Two in-memory
 * counters; no database, no Kafka.
 */
@Path("admin/bench")
@Produces(MediaType.APPLICATION_JSON)
public class BenchResource {

  /** The counters of the non-transacted and the transacted bench consumer. */
  public record BenchReport(
      String instance, BenchCounter.Snapshot notTransacted, BenchCounter.Snapshot transacted) {}

  @GET
  public BenchReport counters() {
    return new BenchReport(
        System.getProperty("zoneledger.instance", "instance"),
        BenchCounter.notTransacted().snapshot(),
        BenchCounter.transacted().snapshot());
  }

  @DELETE
  public void reset() {
    BenchCounter.notTransacted().reset();
    BenchCounter.transacted().reset();
  }
}
