package org.takatuf.ledger;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import org.takatuf.core.Money;

/**
 * A public statement of a campaign or an organisation in one currency: what came in, what was
 * refunded, paid in fees and spent, what is left, and every group that moved the funds, newest first.
 * The totals are sums of the same entries the lines show ({@link #reconciles()}).
 */
public record Statement(Currency currency, Money moneyIn, Money refunded, Money fees, Money spent, Money balance,
                        List<Line> lines) {

    /** One group as the public sees it: {@code amount} is its effect on the funds (in positive, out negative). */
    public record Line(UUID groupId, String reference, GroupKind kind, String description, String receipt,
                       Instant postedAt, Money amount, UUID campaignId) {
    }

    /** In minus refunds, fees and spending equals the balance, and the lines add up to the balance. */
    public boolean reconciles() {
        long fromTotals = moneyIn.minorUnits() - refunded.minorUnits() - fees.minorUnits() - spent.minorUnits();
        long fromLines = lines.stream().mapToLong(l -> l.amount().minorUnits()).sum();
        return fromTotals == balance.minorUnits() && fromLines == balance.minorUnits();
    }
}
