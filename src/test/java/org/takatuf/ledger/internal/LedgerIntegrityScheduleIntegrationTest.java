package org.takatuf.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.takatuf.core.Money;
import org.takatuf.ledger.Account;
import org.takatuf.ledger.AccountKind;
import org.takatuf.ledger.GroupKind;
import org.takatuf.ledger.JournalGroup;
import org.takatuf.ledger.Ledger;
import org.takatuf.ledger.Posting;
import org.takatuf.support.IntegrationTest;

/** The scheduled check runs the same invariants over the whole journal and finds nothing wrong. */
@IntegrationTest
class LedgerIntegrityScheduleIntegrationTest {

    @Autowired
    LedgerIntegritySchedule schedule;
    @Autowired
    Ledger ledger;

    @Test
    void theScheduledCheckFindsTheJournalConsistent() {
        UUID campaign = UUID.randomUUID();
        Money amount = Money.of("5", "JOD");
        ledger.post(new JournalGroup("test/" + UUID.randomUUID(), GroupKind.DONATION, "", null, List.of(
                Posting.debit(Account.ofCampaign(AccountKind.FUNDS, campaign, null, amount.currency()), amount),
                Posting.credit(Account.ofCampaign(AccountKind.DONATIONS, campaign, null, amount.currency()), amount))));
        schedule.check();
        assertThat(schedule.lastResult()).isEmpty();
    }
}
