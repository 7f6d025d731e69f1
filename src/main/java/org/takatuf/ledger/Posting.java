package org.takatuf.ledger;

import java.util.Objects;

import org.takatuf.core.Money;

/** One line of a group: a signed amount on an account (debit positive, credit negative). */
public record Posting(Account account, Money amount) {

    public Posting {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(amount, "amount");
        if (amount.minorUnits() == 0) {
            throw new IllegalArgumentException("a posting of zero");
        }
        if (!amount.currency().equals(account.currency())) {
            throw new IllegalArgumentException("posting in " + amount.currency() + " on an account in " + account.currency());
        }
    }

    public static Posting debit(Account account, Money amount) {
        return new Posting(account, amount);
    }

    public static Posting credit(Account account, Money amount) {
        return new Posting(account, amount.negate());
    }
}
