package org.takatuf.giving.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.takatuf.campaigns.Campaign;
import org.takatuf.core.Money;
import org.takatuf.ledger.Account;
import org.takatuf.ledger.AccountKind;
import org.takatuf.ledger.GroupKind;
import org.takatuf.ledger.JournalGroup;
import org.takatuf.ledger.Ledger;
import org.takatuf.ledger.Posting;

/** The ledger postings of giving: a confirmed pledge, a fee, a refund, a disbursement. */
@Component
public class Donations {

    private final Ledger ledger;

    Donations(Ledger ledger) {
        this.ledger = ledger;
    }

    static Account account(Campaign campaign, AccountKind kind) {
        return Account.ofCampaign(kind, campaign.id().value(), campaign.organisationId().value(), campaign.currency());
    }

    public static String confirmedReference(UUID pledgeId) {
        return "pledge/" + pledgeId + "/confirmed";
    }

    void confirmed(Campaign campaign, Pledge pledge, Money amount) {
        ledger.post(new JournalGroup(confirmedReference(pledge.id()), GroupKind.DONATION, pledge.reference(), null, List.of(
                Posting.debit(account(campaign, AccountKind.FUNDS), amount),
                Posting.credit(account(campaign, AccountKind.DONATIONS), amount))));
    }

    void fee(Campaign campaign, Pledge pledge, Money fee, String description) {
        ledger.post(new JournalGroup("pledge/" + pledge.id() + "/fee", GroupKind.FEE, description, null, List.of(
                Posting.debit(account(campaign, AccountKind.FEES), fee),
                Posting.credit(account(campaign, AccountKind.FUNDS), fee))));
    }

    void refunded(Campaign campaign, Pledge pledge, Money amount) {
        ledger.post(new JournalGroup("pledge/" + pledge.id() + "/refunded", GroupKind.REFUND, pledge.reference(), null, List.of(
                Posting.debit(account(campaign, AccountKind.DONATIONS), amount),
                Posting.credit(account(campaign, AccountKind.FUNDS), amount))));
    }

    void disbursed(Campaign campaign, UUID disbursementId, Money amount, String description, String receipt) {
        ledger.post(new JournalGroup("disbursement/" + disbursementId, GroupKind.DISBURSEMENT, description, receipt, List.of(
                Posting.debit(account(campaign, AccountKind.SPENDING), amount),
                Posting.credit(account(campaign, AccountKind.FUNDS), amount))));
    }

    Money raised(Campaign campaign) {
        return ledger.balance(account(campaign, AccountKind.DONATIONS)).negate();
    }
}
