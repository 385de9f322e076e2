/** JPA entities and repositories of a node's database, plus its versioned schema migrations. */
package org.zoneledger.persistence;
