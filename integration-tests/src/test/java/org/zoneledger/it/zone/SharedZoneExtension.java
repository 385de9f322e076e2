package org.zoneledger.it.zone;

import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.zoneledger.it.support.KafkaBrokerExtension;

/**
 * One three-node zone for every zone IT of the run (this JVM) that asks for a {@link ZoneFixture}
 * parameter: started on first use on the run's broker, closed when the run ends, before the broker.
 * A zone boots in minutes; a zone per class made most of the suite's time.
 *
 * <p>Tests on the shared zone never close it and name every identity, asset type and asset they
 * create with {@link ZoneFixture#uniqueTag()}, so they meet in no order. Their digest checks still
 * hold: every node applies every test's requests. Before each hand-out, instances that died (or no
 * longer answer their health check) are restarted on their databases; if that fails, a fresh zone
 * replaces the broken one. A test that kills nodes on purpose keeps a zone of its own ({@code
 * ZoneFixture.start}).
 *
 * <pre>{@code
 * @ExtendWith(SharedZoneExtension.class)
 * class SomethingIT {
 *   @Test
 *   void commits(ZoneFixture zone) { ... }
 * }</pre>
 */
public final class SharedZoneExtension implements ParameterResolver {

  private static final Namespace NAMESPACE = Namespace.create(SharedZoneExtension.class);
  private static final Duration HEALTH = Duration.ofSeconds(30);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == ZoneFixture.class;
  }

  @Override
  public ZoneFixture resolveParameter(ParameterContext parameter, ExtensionContext context) {
    // The broker enters the root store before the zone: JUnit closes root-store values in reverse
    // order of insertion, so the zone stops while its broker still runs.
    new KafkaBrokerExtension().beforeAll(context);
    String bootstrapServers = KafkaBrokerExtension.bootstrapServers();
    SharedZone shared =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(
                SharedZone.class, key -> new SharedZone(bootstrapServers), SharedZone.class);
    try {
      return shared.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while preparing the shared zone", e);
    } catch (Exception e) {
      throw new IllegalStateException("no shared zone: " + e.getMessage(), e);
    }
  }

  /** The run's zone in the root store; JUnit closes it when the run ends. */
  @SuppressWarnings("deprecation") // CloseableResource: see SharedKafkaBroker.close()
  private static final class SharedZone
      implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    private final String bootstrapServers;
    private ZoneFixture zone;
    private boolean closed;

    SharedZone(String bootstrapServers) {
      this.bootstrapServers = bootstrapServers;
    }

    /** The zone, every instance healthy and the nodes' digests settled if they settle. */
    synchronized ZoneFixture acquire() throws Exception {
      if (closed) {
        throw new IllegalStateException("the run's zone is closed");
      }
      if (zone != null) {
        try {
          zone.restartUnhealthyInstances(HEALTH);
          settle(zone);
          return zone;
        } catch (IOException | IllegalStateException broken) {
          System.out.printf("[zone-it] shared zone broken (%s); starting a fresh one%n", broken);
          ZoneFixture old = zone;
          zone = null;
          old.close();
        }
      }
      long begin = System.nanoTime();
      zone = ZoneFixture.start(bootstrapServers);
      System.out.printf(
          "[zone-it] shared zone %s started in %.1f s%n",
          zone.descriptor().getParent().getFileName(), (System.nanoTime() - begin) / 1e9);
      return zone;
    }

    /**
     * Waits (at most {@link ZoneFixture#CONVERGENCE}) for what the last user left in flight to
     * apply on every node, so one class's leftovers do not eat into the next one's time limits.
     * Checks nothing: each test asserts the digests it needs.
     */
    private static void settle(ZoneFixture zone) throws Exception {
      List<String> digests = zone.convergedDigests();
      if (digests.contains(null) || new HashSet<>(digests).size() != 1) {
        System.out.printf("[zone-it] shared zone handed on with digests %s%n", digests);
      }
    }

    /** Stops the zone once (JUnit 5.13 may close a value as both resource kinds). */
    @Override
    public synchronized void close() throws Exception {
      if (!closed) {
        closed = true;
        if (zone != null) {
          zone.close();
        }
      }
    }
  }
}
