package org.takatuf.giving.internal;

import java.util.Locale;

/** How a pledge is paid. */
public enum PledgeMethod {
    /** The donor transfers to the organisation's account with the pledge's reference. */
    BANK_TRANSFER,
    /** Cash or hand delivery: a collector or the office confirms with the pledge's signed QR receipt. */
    CASH,
    /** Card through the payment gateway. */
    CARD,
    /** Items from the campaign's in-kind list. */
    GOODS;

    public String messageKey() {
        return "giving.method." + name().toLowerCase(Locale.ROOT);
    }

    /** Bank and cash pledges wait for the money and expire (after a reminder) when it does not come. */
    public boolean expires() {
        return this == BANK_TRANSFER || this == CASH || this == GOODS;
    }
}
