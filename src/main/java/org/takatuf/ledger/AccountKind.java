package org.takatuf.ledger;

/** What an account holds. Debits are positive amounts, credits negative. */
public enum AccountKind {
    /** Money held for a campaign (an asset: its balance is what is left to spend). */
    FUNDS,
    /** Donations received (income: credited when a pledge is confirmed, debited by a refund). */
    DONATIONS,
    /** What the campaign paid for goods and services (expense). */
    SPENDING,
    /** Payment-gateway and bank fees (expense). */
    FEES
}
