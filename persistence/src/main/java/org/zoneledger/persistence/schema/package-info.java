/** Versioned schema migrations, applied once per database before any other access. */
package org.zoneledger.persistence.schema;
