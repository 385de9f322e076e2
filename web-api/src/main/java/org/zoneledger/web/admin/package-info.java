/** Operator endpoints of a node: health of its parts and the diagnostics echo path. */
package org.zoneledger.web.admin;
