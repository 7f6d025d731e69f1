package org.takatuf.ledger;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import org.takatuf.core.Money;

/**
 * A public statement of a campaign or an organisation in one currency: what came in, what was
 * refunded, paid in fees and spent, what is left, and the groups that moved the funds, newest first: all of them,
 * or the newest ones with {@code olderEntries} funds entries left out. The totals come from the accounts' roll-ups,
 * the lines from the entries themselves ({@link #reconciles()}).
 */
public record Statement(Currency currency, Money moneyIn, Money refunded, Money fees, Money spent, Money balance,
                        List<Line> lines, long olderEntries) {

    /** One group as the public sees it: {@code amount} is its effect on the funds (in positive, out negative). */
    public record Line(UUID groupId, String reference, GroupKind kind, String description, String receipt,
                       Instant postedAt, Money amount, UUID campaignId) {
    }

    /**
     * In minus refunds, fees and spending equals the balance, and, when the statement holds every line, the lines add
     * up to the balance. A statement of the newest lines only is checked against its entries by the ledger's
     * integrity check, on a schedule and in the tests.
     */
    public boolean reconciles() {
        long fromTotals = moneyIn.minorUnits() - refunded.minorUnits() - fees.minorUnits() - spent.minorUnits();
        long fromLines = lines.stream().mapToLong(l -> l.amount().minorUnits()).sum();
        return fromTotals == balance.minorUnits() && (!complete() || fromLines == balance.minorUnits());
    }

    /** Whether the lines hold every funds entry. */
    public boolean complete() {
        return olderEntries == 0;
    }
}
