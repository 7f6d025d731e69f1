package org.takatuf.campaigns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.takatuf.core.Money;
import org.takatuf.identity.OrganisationId;

/**
 * A campaign as read by pages and other modules. {@code goal} is empty for an in-kind campaign;
 * {@code caseId} names a case of the cases module when the campaign is for one.
 */
public record Campaign(CampaignId id, OrganisationId organisationId, String organisationName, String organisationSlug,
                       CampaignKind kind, String title, String story, Money goal, Currency currency, LocalDate deadline,
                       UUID caseId, boolean open, BankInstructions bank, List<Item> items, Instant createdAt) {

    /** A needed item and how many. */
    public record Item(UUID id, String name, int quantity) {
    }

    /** Where a donor sends a bank transfer; the pledge's reference goes in the transfer's description. */
    public record BankInstructions(String bankName, String iban, String holder) {
        public boolean present() {
            return iban != null && !iban.isBlank();
        }
    }

    public Optional<Money> goalAmount() {
        return Optional.ofNullable(goal);
    }

    public Optional<Item> item(UUID itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }
}
