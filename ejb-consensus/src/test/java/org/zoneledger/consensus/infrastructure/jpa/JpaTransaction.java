package org.zoneledger.consensus.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * One RESOURCE_LOCAL transaction on a fresh entity manager: what a JTA batch is in the container.
 */
public final class JpaTransaction {
  private final EntityManager em;

  public JpaTransaction(EntityManagerFactory emf) {
    this.em = emf.createEntityManager();
    em.getTransaction().begin();
  }

  public EntityManager em() {
    return em;
  }

  public void commit() {
    try {
      em.getTransaction().commit();
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }
}
