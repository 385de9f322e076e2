package org.zoneledger.web.v1;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import java.util.List;
import org.zoneledger.consensus.application.NodeContext;
import org.zoneledger.protocol.auth.IdentityDirectory;
import org.zoneledger.protocol.auth.ReadVerifier;
import org.zoneledger.protocol.auth.VerificationMode;
import org.zoneledger.protocol.auth.VerifiedRead;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;
import org.zoneledger.protocol.request.PublicCredentials;

/**
 * The node's one {@link ReadVerifier} (its signature cache shared by every read), over this node's
 * id and its committed identities ({@link CommittedIdentities}). Each verification runs in one
 * transaction, which the identity look-ups join.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReadAuthentication {

  @EJB private NodeContext node;
  @EJB private CommittedIdentities identities;

  private volatile ReadVerifier verifier;

  /**
   * A verified read, or why it was refused. Returned, not thrown: a runtime exception leaving an
   * EJB would reach the caller wrapped as a system exception.
   */
  public record Outcome(VerifiedRead read, ProtocolException refusal) {
    /** The verified read; throws the refusal. */
    public VerifiedRead orElseThrow() {
      if (refusal != null) {
        throw refusal;
      }
      return read;
    }
  }

  /**
   * Verifies one signed GET, see {@link ReadVerifier#verify}. Refused with {@link
   * ErrorCode#UNAVAILABLE} when this instance runs no consensus (it has neither a node id nor a
   * ledger).
   */
  public Outcome verify(String rawTarget, String authentication) {
    if (!node.enabled()) {
      return new Outcome(
          null, new ProtocolException(ErrorCode.UNAVAILABLE, "This node does not run consensus"));
    }
    try {
      return new Outcome(verifier().verify(rawTarget, authentication), null);
    } catch (ProtocolException e) {
      return new Outcome(null, e);
    }
  }

  private ReadVerifier verifier() {
    ReadVerifier current = verifier;
    if (current == null) {
      IdentityDirectory directory =
          new IdentityDirectory() {
            @Override
            public List<PublicCredentials> credentials(String identityId) {
              return identities.credentials(identityId);
            }

            @Override
            public boolean isDelegate(String delegatorId, String delegateId) {
              return identities.isDelegate(delegatorId, delegateId);
            }
          };
      // a race builds two, one is kept: harmless
      current = new ReadVerifier(directory, VerificationMode.IOV42, node.setup().self().value());
      verifier = current;
    }
    return current;
  }
}
