package org.takatuf.campaigns;

import java.util.Map;
import java.util.UUID;

import org.takatuf.core.Money;

/**
 * A campaign's progress: money pledged (not expired or refunded) and confirmed (in the ledger),
 * distinct donors, and per item how many were pledged and delivered.
 */
public record Progress(Money pledged, Money raised, long donors, long pledges, Map<UUID, Long> itemsPledged,
                       Map<UUID, Long> itemsDelivered) {

    public static Progress none(java.util.Currency currency) {
        return new Progress(new Money(0, currency), new Money(0, currency), 0, 0, Map.of(), Map.of());
    }

    /** Percent of the goal pledged, 0 to 100. */
    public int percentOf(Money goal) {
        if (goal == null || goal.minorUnits() <= 0) {
            return 0;
        }
        return (int) Math.min(100, pledged.minorUnits() * 100 / goal.minorUnits());
    }
}
