package org.zoneledger.protocol.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.zoneledger.protocol.request.AddDelegate;
import org.zoneledger.protocol.request.AddQuantity;
import org.zoneledger.protocol.request.CreateClaims;
import org.zoneledger.protocol.request.CreateEndorsements;
import org.zoneledger.protocol.request.EntityKind;
import org.zoneledger.protocol.request.IssueIdentity;
import org.zoneledger.protocol.request.LedgerRequest;
import org.zoneledger.protocol.request.Transfer;
import org.zoneledger.protocol.request.Transfers;
import org.zoneledger.protocol.rules.Requirement.SignedBy;
import org.zoneledger.protocol.rules.Requirement.SignedByARegisteredIdentity;
import org.zoneledger.protocol.rules.Requirement.SignedByOwnerIfClaimsMissing;
import org.zoneledger.protocol.rules.Requirement.SignedByOwnerOf;

/**
 * The minimum signer sets of spec §3.8 per request type. Receivers never sign; the new identity of
 * a {@code CreateIdentityRequest} does not sign. Permissions (§9.9) are a separate check.
 */
public final class SignerRules {
  private SignerRules() {}

  /** Every authorisation {@code request} needs, in a stable order. */
  public static List<Requirement> requirements(LedgerRequest request) {
    if (request instanceof IssueIdentity r) {
      return List.of(new SignedBy(r.identityId(), "the new identity"));
    }
    if (request instanceof AddQuantity r) {
      return List.of(new SignedByOwnerOf(r.asset(), "Adding quantity to " + r.asset()));
    }
    if (request instanceof CreateClaims r) {
      return List.of(claimCreator(r));
    }
    if (request instanceof CreateEndorsements r) {
      return List.of(
          new SignedBy(r.endorserId(), "the endorser"),
          new SignedByOwnerIfClaimsMissing(r.subject(), List.copyOf(r.endorsements().keySet())));
    }
    if (request instanceof AddDelegate r) {
      return List.of(
          new SignedBy(r.delegatorIdentityId(), "the delegator"),
          new SignedBy(r.delegateIdentityId(), "the delegate"));
    }
    if (request instanceof Transfers r) {
      return transfers(r);
    }
    return List.of(new SignedByARegisteredIdentity("Creating " + request.resources().get(0)));
  }

  /** The first requirement not met, or {@link AuthorisationDecision#ok()}. */
  public static AuthorisationDecision check(
      LedgerRequest request, Set<String> principals, OwnershipView view) {
    for (Requirement requirement : requirements(request)) {
      AuthorisationDecision decision = requirement.check(principals, view);
      if (!decision.authorised()) {
        return decision;
      }
    }
    return AuthorisationDecision.ok();
  }

  private static Requirement claimCreator(CreateClaims r) {
    if (r.subject().kind() == EntityKind.IDENTITY) {
      return new SignedBy(r.subject().id(), "the identity the claims are about");
    }
    return new SignedByOwnerOf(r.subject(), "Creating claims on " + r.subject());
  }

  private static List<Requirement> transfers(Transfers r) {
    List<Requirement> requirements = new ArrayList<>();
    for (Transfer transfer : r.transfers()) {
      if (transfer instanceof Transfer.Ownership o) {
        requirements.add(new SignedBy(o.fromIdentityId(), "the sender of " + o.asset() + ","));
      } else {
        Transfer.Quantity q = (Transfer.Quantity) transfer;
        requirements.add(new SignedByOwnerOf(q.from(), "Transferring quantity from " + q.from()));
      }
    }
    return List.copyOf(requirements);
  }
}
