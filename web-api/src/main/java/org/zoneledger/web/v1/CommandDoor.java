package org.zoneledger.web.v1;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.zoneledger.consensus.config.Settings;

/**
 * This instance's {@link AdmissionGate} for fresh PUTs: at most {@value #LIMIT_SETTING} (default
 * {@value #DEFAULT_LIMIT}) of its commands in consensus at once. A waiter that gets its permit from
 * another PUT's release is admitted on the application's managed executor; waiters past their
 * budget are refused every {@value #EXPIRY_MS} ms.
 *
 * <p>The gate is handed out, not wrapped: the resource calls it directly, so an admission never
 * runs inside a business method (and a transaction) of this bean.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CommandDoor {

  static final String LIMIT_SETTING = "zoneledger.api.max-in-flight";
  static final int DEFAULT_LIMIT = 32;
  static final long EXPIRY_MS = 100;

  private static final Logger LOG = Logger.getLogger(CommandDoor.class.getName());

  @Resource private ManagedExecutorService executor;
  @Resource private ManagedScheduledExecutorService scheduler;

  private AdmissionGate gate;
  private ScheduledFuture<?> expiry;

  @PostConstruct
  void open() {
    int limit = Integer.parseInt(Settings.get(LIMIT_SETTING, Integer.toString(DEFAULT_LIMIT)));
    gate = new AdmissionGate(limit, executor, System::nanoTime);
    expiry =
        scheduler.scheduleWithFixedDelay(gate::expire, EXPIRY_MS, EXPIRY_MS, TimeUnit.MILLISECONDS);
    LOG.info(() -> "at most " + limit + " commands of this instance in consensus at once");
  }

  @PreDestroy
  void close() {
    if (expiry != null) {
      expiry.cancel(false);
    }
  }

  public AdmissionGate gate() {
    return gate;
  }
}
