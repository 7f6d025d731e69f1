package org.takatuf.ledger;

import java.util.Currency;
import java.util.Objects;
import java.util.UUID;

/** An account of a campaign (run by an organisation) in one currency, named by a stable code. */
public record Account(String code, AccountKind kind, UUID campaignId, UUID organisationId, Currency currency) {

    public Account {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(currency, "currency");
    }

    public static Account ofCampaign(AccountKind kind, UUID campaignId, UUID organisationId, Currency currency) {
        return new Account("campaign/" + campaignId + "/" + kind.name().toLowerCase(java.util.Locale.ROOT) + "/"
                + currency.getCurrencyCode(), kind, campaignId, organisationId, currency);
    }
}
