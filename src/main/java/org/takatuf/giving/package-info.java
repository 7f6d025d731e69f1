/**
 * Giving: pledges of money (bank transfer, cash or hand delivery, card) and goods, their confirmation
 * (in bulk and by bank-statement import), expiry with a reminder, refunds, disbursements with a
 * receipt and a second approver, idempotency of every money endpoint, and the live campaign counters.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"core", "identity", "campaigns", "ledger"})
package org.takatuf.giving;
