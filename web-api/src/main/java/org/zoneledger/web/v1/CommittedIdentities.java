package org.zoneledger.web.v1;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.zoneledger.consensus.application.NodeContext;
import org.zoneledger.consensus.domain.ledger.LedgerIdentityDirectory;
import org.zoneledger.consensus.schema.SchemaStartup;
import org.zoneledger.protocol.auth.IdentityDirectory;
import org.zoneledger.protocol.request.PublicCredentials;

/**
 * The identities this node has committed, as the read verifier asks for them: keys and delegates
 * from the {@code identity:<id>} states of the node's entity store ({@link
 * LedgerIdentityDirectory}), the same states the command service checks a PUT's signers against.
 * Called from {@link ReadAuthentication}'s transaction, so one read's lookups share one.
 */
@Stateless
public class CommittedIdentities {

  @PersistenceContext(unitName = "zoneledger")
  private EntityManager em;

  @EJB private SchemaStartup schema;
  @EJB private NodeContext node;

  public List<PublicCredentials> credentials(String identityId) {
    return directory().credentials(identityId);
  }

  public boolean isDelegate(String delegatorId, String delegateId) {
    return directory().isDelegate(delegatorId, delegateId);
  }

  private IdentityDirectory directory() {
    schema.awaitMigrated();
    var entities = node.stores(em, node.consumer("reader")).entities();
    return new LedgerIdentityDirectory(key -> entities.slot(key).state());
  }
}
