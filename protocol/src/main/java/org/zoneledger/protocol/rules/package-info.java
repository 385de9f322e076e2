/**
 * Who must authorise what (spec §3.8), as data: {@link org.zoneledger.protocol.rules.SignerRules}
 * turns a request into {@link org.zoneledger.protocol.rules.Requirement}s, each decided against the
 * verified principals and an {@link org.zoneledger.protocol.rules.OwnershipView} of the ledger into
 * an {@link org.zoneledger.protocol.rules.AuthorisationDecision}. No exceptions for control flow.
 */
package org.zoneledger.protocol.rules;
