/**
 * The public ledger: an append-only double-entry journal of what each campaign received, paid in
 * fees, refunded and spent, with statements per campaign and organisation and integrity checks.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"core"})
package org.takatuf.ledger;
