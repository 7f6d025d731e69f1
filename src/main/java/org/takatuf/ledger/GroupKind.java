package org.takatuf.ledger;

/** Why a group of entries was posted. */
public enum GroupKind {
    /** A confirmed pledge: funds up, donations up. */
    DONATION,
    /** A fee charged on a donation: fees up, funds down. */
    FEE,
    /** Money given back to a donor: donations down, funds down. */
    REFUND,
    /** Money spent for the campaign, with a receipt and a second approver: spending up, funds down. */
    DISBURSEMENT,
    /** The exact reversal of an earlier group; the original stays. */
    CORRECTION
}
