package org.takatuf.giving.internal;

import java.util.Locale;

/** pledged → received → confirmed (→ refunded); a pledge that never came expires after a reminder. */
public enum PledgeStatus {
    PLEDGED, RECEIVED, CONFIRMED, REFUNDED, EXPIRED;

    public String messageKey() {
        return "giving.status." + name().toLowerCase(Locale.ROOT);
    }
}
