package org.zoneledger.consensus.diagnostics;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.zoneledger.persistence.diagnostics.EchoAttempt;
import org.zoneledger.persistence.diagnostics.RecordRef;

/** Records attempts at poison records in their own transaction, so they outlive the rollback. */
@Stateless
public class EchoAttempts {

  @PersistenceContext(unitName = "zoneledger")
  private EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(RecordRef record) {
    em.persist(new EchoAttempt(record));
  }
}
